/*
 * The CLI (src/cli) opens only the files it is given and writes only the output: it imports no network or
 * process module, and every filesystem call in it is a reviewed one (CLI_FILE_ACCESS in
 * scripts/security-check.js). cliSandbox.test.ts checks the same at run time.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SRC_DIR, securityCheck } from './securityCheck';

const CLI_DIR = path.join(SRC_DIR, 'cli');

describe('src/cli imports and file access', () => {
  it('imports only relative modules, the allowed Node modules and exceljs', () => {
    const files = securityCheck.sourceFiles(CLI_DIR);
    expect(files.length).toBeGreaterThan(10);
    expect(securityCheck.cliImportProblems(files)).toEqual([]);
  });

  it('makes only the reviewed filesystem calls, each still present', () => {
    expect(securityCheck.cliFileAccessProblems(securityCheck.sourceFiles(CLI_DIR))).toEqual([]);
  });

  it('forbids the network and process modules outright', () => {
    for (const name of ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'inspector', 'vm']) {
      expect(Object.keys(securityCheck.CLI_NODE_MODULES)).not.toContain(name);
    }
  });

  it('allows child_process in one file only, the LibreOffice conversion of legacy workbooks, and v8 only for the heap-growth flag', () => {
    expect(Object.keys(securityCheck.CLI_FILE_MODULES)).toEqual(['src/cli/input/convertLegacy.ts', 'src/cli/heapGrowth.ts']);
    expect(Object.keys(securityCheck.CLI_FILE_MODULES['src/cli/input/convertLegacy.ts'])).toEqual(['child_process']);
    expect(Object.keys(securityCheck.CLI_FILE_MODULES['src/cli/heapGrowth.ts'])).toEqual(['v8']);
  });
});

describe('the CLI rules catch what they are for', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-cli-scan-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, code: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, code);
    return file;
  }

  it('rejects network and process imports in every import form', () => {
    const file = write(
      'upload.ts',
      [
        "import * as https from 'https';",
        "import { spawn } from 'node:child_process';",
        "export { connect } from 'net';",
        "const dns = require('dns');",
        "export const later = () => import('http2');",
      ].join('\n'),
    );
    expect(securityCheck.cliImportProblems([file], dir).map((problem) => /imports "([^"]+)"/.exec(problem)?.[1])).toEqual(['https', 'node:child_process', 'net', 'dns', 'http2']);
  });

  it('rejects an unreviewed file access, a hidden fs import and run-time code loading', () => {
    const file = write(
      'cache.ts',
      ["import * as fs from 'fs';", "import { writeFileSync } from 'fs';", "fs.writeFileSync('/tmp/clients.json', data);", "const plugin = require(name);"].join('\n'),
    );
    expect(securityCheck.cliFileAccessProblems([file], dir, [], [])).toEqual([
      'cache.ts imports "fs" as "{ writeFileSync }": import it as `* as fs` so that every call is reviewed',
      'cache.ts:3 calls fs.writeFileSync, which is not a reviewed file access of the CLI',
      'cache.ts:4 loads code at run time (require(…)',
    ]);
  });

  it('reports a reviewed access that no longer exists', () => {
    const file = write('loadModel.ts', "import * as fs from 'fs';\nexport const read = (p: string) => fs.readFileSync(p, 'utf8');\n");
    const reviewed = [
      { file: 'loadModel.ts', call: 'fs.readFileSync', reason: 'the model' },
      { file: 'loadModel.ts', call: 'fs.statSync', reason: 'gone' },
    ];
    expect(securityCheck.cliFileAccessProblems([file], dir, reviewed, [])).toEqual(['the reviewed access loadModel.ts: fs.statSync is no longer there: remove it from CLI_FILE_ACCESS']);
  });

  it('allows only a reviewed literal relative import() and reports one that is gone', () => {
    const file = write('prepareInput.ts', [
      "export const convert = async () => (await import('./csvToWorkbook')).csvToWorkbook;",
      "export const other = () => import('./plugin');",
      'export const computed = (name: string) => import(name);',
    ].join('\n'));
    const lazy = [
      { file: 'prepareInput.ts', module: './csvToWorkbook', reason: 'the text conversion' },
      { file: 'prepareInput.ts', module: './gone', reason: 'no longer imported' },
    ];
    expect(securityCheck.cliFileAccessProblems([file], dir, [], lazy)).toEqual([
      'prepareInput.ts:2 loads code at run time (import(…)',
      'prepareInput.ts:3 loads code at run time (import(…)',
      'the reviewed lazy import prepareInput.ts: ./gone is no longer there: remove it from CLI_LAZY_IMPORTS',
    ]);
  });
});
