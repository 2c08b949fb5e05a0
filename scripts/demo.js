#!/usr/bin/env node
'use strict';
// `npm run demo`: tiers samples/clients.xlsx with the built CLI into out/clients-tiered.xlsx and prints the summary.
// `npm ci` builds dist-cli through `prepare`; if it is missing (a fresh checkout without install scripts), build it first.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..');
const CLI_ENTRY = path.join(REPO, 'dist-cli', 'cli', 'main.js');
const INPUT = path.join(REPO, 'samples', 'clients.xlsx');
const OUTPUT = path.join(REPO, 'out', 'clients-tiered.xlsx');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

if (!fs.existsSync(CLI_ENTRY)) {
  process.stdout.write('dist-cli is missing: running npm run build:cli\n');
  const built = run('npm', ['run', 'build:cli']);
  if (built !== 0) process.exit(built);
}

fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
const extra = process.argv.slice(2); // e.g. `npm run demo -- --lang en-US`
process.exitCode = run(process.execPath, [path.join(REPO, 'bin', 'tierbook.js'), INPUT, '-o', OUTPUT, ...extra]);
