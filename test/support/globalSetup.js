'use strict';
// Builds the production add-in once per test run, for the tests that check what ships: the built manifest,
// the bundles' network and eval scan, and the browser end-to-end test. Skipped when TIERBOOK_SKIP_BUILD=1 (a
// developer's quick loop); CI never sets it.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.TIERBOOK_SKIP_BUILD === '1') return;
  const root = path.join(__dirname, '..', '..');
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TIERBOOK_BASE_URL: process.env.TIERBOOK_BASE_URL || 'https://tierbook.example.com/' },
  });
  process.stderr.write(`\n[globalSetup] production build in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};
