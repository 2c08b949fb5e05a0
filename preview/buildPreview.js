/*
 * Builds the preview page (webpack.preview.js) with webpack's Node API.
 *
 *   node preview/buildPreview.js [--mode production|development] [--out DIR] [--no-minify]
 *
 * Exits 1 with webpack's errors when the build fails.
 */
'use strict';

const path = require('path');
const webpack = require('webpack');
const { previewConfig, DEFAULT_OUT_DIR } = require('./webpack.preview');

function runCompiler(compiler) {
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      // close() writes the filesystem cache; the build's result is only reported once it has.
      compiler.close((closeError) => {
        if (error || closeError) reject(error || closeError);
        else resolve(stats);
      });
    });
  });
}

/**
 * Builds into `outDir` (default out/preview/); resolves with the folder and how long it took.
 * @param {{ mode?: 'production' | 'development', outDir?: string, minimize?: boolean }} options
 */
async function buildPreview({ mode = 'production', outDir = DEFAULT_OUT_DIR, minimize } = {}) {
  const started = Date.now();
  const compiler = webpack(await previewConfig({ mode, outDir, minimize }));
  const stats = await runCompiler(compiler);
  if (stats.hasErrors()) {
    const errors = stats.toJson({ all: false, errors: true }).errors.map((e) => e.message).join('\n\n');
    throw new Error(`preview build failed:\n${errors}`);
  }
  return { outDir, mode, ms: Date.now() - started };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--mode') options.mode = argv[++i];
    else if (argv[i] === '--out') options.outDir = path.resolve(argv[++i]);
    else if (argv[i] === '--no-minify') options.minimize = false;
    else throw new Error(`unknown argument ${argv[i]} (use --mode production|development, --out DIR, --no-minify)`);
  }
  if (options.mode !== undefined && options.mode !== 'production' && options.mode !== 'development') {
    throw new Error(`--mode must be production or development, got ${options.mode}`);
  }
  return options;
}

if (require.main === module) {
  Promise.resolve()
    .then(() => buildPreview(parseArgs(process.argv.slice(2))))
    .then(({ outDir, mode, ms }) => process.stdout.write(`preview (${mode}) built into ${outDir} in ${(ms / 1000).toFixed(1)} s\n`))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
      process.exitCode = 1;
    });
}

module.exports = { buildPreview };
