#!/usr/bin/env node
/*
 * `npm run preview`: the task pane in a plain browser, on a fake Excel holding samples/clients.xlsx, next to a
 * read-only view of that workbook (see preview/webpack.preview.js). Builds into out/preview/, then serves it on
 * http://127.0.0.1:<port>/ (loopback only) until Ctrl+C.
 *
 *   npm run preview                       production build without Terser (fast), port 3001
 *   npm run preview -- --port 0           any free port
 *   npm run preview -- --minify           minified, as the add-in ships
 *   npm run preview -- --dev              development build (React's development mode, source maps)
 *   npm run preview -- --no-build         serve the last build as it is
 *
 * The page takes ?lang=en-US (Office's display language, zh-CN by default), ?theme=dark and ?width=320 (the pane's width).
 * window.__tierbookFake is the fake workbook, for inspection from the browser's console (preview build only).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { buildPreview } = require('../preview/buildPreview');
const { servePreview } = require('../preview/previewServer');
const { DEFAULT_OUT_DIR, PAGE_FILE } = require('../preview/webpack.preview');

const DEFAULT_PORT = 3001;

function parseArgs(argv) {
  const options = { port: DEFAULT_PORT, mode: 'production', minimize: false, build: true, outDir: DEFAULT_OUT_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--minify') options.minimize = true;
    else if (arg === '--dev') options.mode = 'development';
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.outDir = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${arg} (use --port N, --minify, --dev, --no-build, --out DIR)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port takes a port number (0 = any free port)');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    process.stdout.write(`building the preview (${options.mode}${options.minimize ? ', minified' : ''}) into ${options.outDir} …\n`);
    const built = await buildPreview({ mode: options.mode, outDir: options.outDir, minimize: options.minimize });
    process.stdout.write(`built in ${(built.ms / 1000).toFixed(1)} s\n`);
  } else if (!fs.existsSync(path.join(options.outDir, PAGE_FILE))) {
    throw new Error(`${options.outDir} has no ${PAGE_FILE}: run without --no-build first`);
  }
  let server;
  try {
    server = await servePreview(options.outDir, { port: options.port });
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') throw new Error(`port ${options.port} is in use: pass --port <another> or --port 0`);
    throw error;
  }
  process.stdout.write(`\nTierBook preview: ${server.url}\n  English: ${server.url}?lang=en-US   dark theme: ${server.url}?theme=dark\nCtrl+C stops it.\n`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`preview: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
