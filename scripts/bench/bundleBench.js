'use strict';
// Bundle sizes against their budgets, from a fresh production build. "Initial" is what each page loads before
// anything else: the scripts its HTML names (office.js aside, Microsoft's). The chunks the pane loads afterwards
// (other tabs, charts, the workbook gateway, the run's plan) count only in the total.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const PAGES = { 'taskpane.html': 169 * 1024, 'functions.html': 60 * 1024 };
/** The official React task-pane template's initial JS, for reference (169 KB gzip, 82 KB of it core-js). */
const TEMPLATE_REFERENCE = 169 * 1024;
const OFFICE_JS_DIR = 'office-js/';

const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The page's own <script src> files, relative to dist/. */
function pageScripts(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gu)].map((m) => m[1]).filter((src) => !src.startsWith(OFFICE_JS_DIR) && !/^[a-z]+:|^\/\//iu.test(src));
}

async function run({ root, section, write }) {
  section('Bundles (production build, gzip -9)');
  if (!process.env.TIERBOOK_BENCH_NO_BUILD) execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [root] }), '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  const dist = path.join(root, 'dist');
  for (const [page, budget] of Object.entries(PAGES)) {
    const scripts = pageScripts(dist, page);
    const bytes = scripts.reduce((sum, file) => sum + gzip(path.join(dist, file)), 0);
    write(`${page} initial JS (${scripts.join(' + ')}): ${kb(bytes)} gzip, budget ${kb(budget)} (ratio ${(bytes / budget).toFixed(2)})\n`);
    if (page === 'taskpane.html') write(`  vs the official React template's ${kb(TEMPLATE_REFERENCE)}: ratio ${(bytes / TEMPLATE_REFERENCE).toFixed(2)}\n`);
  }
  const all = fs.readdirSync(dist).filter((file) => file.endsWith('.js'));
  const sizes = all.map((file) => [file, gzip(path.join(dist, file))]).sort((a, b) => b[1] - a[1]);
  write(`total JS (every bundle and chunk, office.js aside): ${kb(sizes.reduce((sum, [, bytes]) => sum + bytes, 0))} gzip in ${all.length} files\n`);
  write(`  ${sizes.map(([file, bytes]) => `${file} ${kb(bytes)}`).join(', ')}\n`);
}

module.exports = { run };

if (require.main === module) {
  run({ root: path.join(__dirname, '..', '..'), section: (t) => process.stdout.write(`\n## ${t}\n`), write: (s) => process.stdout.write(s) })
    .catch((error) => { process.stderr.write(`${error.stack || error}\n`); process.exitCode = 1; });
}
