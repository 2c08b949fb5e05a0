#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build:cli` (run automatically by `npm ci` through `prepare`).
require('../dist-cli/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`tierbook: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
