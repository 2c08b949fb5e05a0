'use strict';
// Bundle sizes against their budgets, from a fresh production build.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const BUDGETS = { 'taskpane.js': 250 * 1024, 'functions.js': 60 * 1024 };
/** The official React task-pane template's initial JS, for reference (169 KB gzip, 82 KB of it core-js). */
const TEMPLATE_REFERENCE = 169 * 1024;

async function run({ root, section, write }) {
  section('Bundles (production build, gzip -9)');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [root] }), '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const bytes = zlib.gzipSync(fs.readFileSync(path.join(root, 'dist', file)), { level: 9 }).length;
    write(`${file}: ${(bytes / 1024).toFixed(1)} KB gzip, budget ${(budget / 1024).toFixed(0)} KB (ratio ${(bytes / budget).toFixed(2)})\n`);
    if (file === 'taskpane.js') write(`taskpane.js vs the official React template's ${(TEMPLATE_REFERENCE / 1024).toFixed(0)} KB: ratio ${(bytes / TEMPLATE_REFERENCE).toFixed(2)}\n`);
  }
}

module.exports = { run };
