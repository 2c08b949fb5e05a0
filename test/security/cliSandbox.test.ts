/*
 * The CLI at run time, inside Node's permission model: allowed to read only its own code, the input workbook and
 * the model it is given, and to write only in the output's folder (no child processes, no workers). A run that
 * touched any other file would die with ERR_ACCESS_DENIED. The control run shows the sandbox really bites.
 * The CLI is transpiled from src/ into a temporary install (bin/, dist-cli/, package.json, node_modules link),
 * so the test checks today's source and never races `npm run build:cli` in other tests.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ts from 'typescript';
import { createDefaultModel } from '../../src/engine';
import { writeMessyExportXlsx } from '../fixtures/messyExport';
import { ROOT, SRC_DIR, securityCheck } from './securityCheck';

/** `--permission` from Node 22.13/23.5 on, `--experimental-permission` on Node 20. */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';

/** Transpiles src/cli and src/engine (all the CLI runs) to CommonJS, as tsconfig.cli.json lays them out. */
function installCli(appDir: string): void {
  for (const layer of ['cli', 'engine']) {
    for (const file of securityCheck.sourceFiles(path.join(SRC_DIR, layer))) {
      const relative = path.relative(SRC_DIR, file).replace(/\.ts$/, '.js');
      const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      });
      fs.mkdirSync(path.dirname(path.join(appDir, 'dist-cli', relative)), { recursive: true });
      fs.writeFileSync(path.join(appDir, 'dist-cli', relative), outputText);
    }
  }
  fs.mkdirSync(path.join(appDir, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'tierbook.js'), path.join(appDir, 'bin', 'tierbook.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(appDir, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
}

function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('the CLI inside a filesystem sandbox', () => {
  let sandbox: string;
  let appDir: string;
  let workDir: string;
  let outDir: string;
  let input: string;
  let model: string;

  beforeAll(async () => {
    sandbox = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-sandbox-')));
    appDir = path.join(sandbox, 'app');
    workDir = path.join(sandbox, 'work');
    outDir = path.join(workDir, 'out');
    fs.mkdirSync(outDir, { recursive: true });
    installCli(appDir);
    input = await writeMessyExportXlsx(workDir);
    model = path.join(workDir, 'model.json');
    fs.writeFileSync(model, JSON.stringify(createDefaultModel()));
    // A file the CLI is not given: the sandbox would refuse to let it be read.
    fs.copyFileSync(input, path.join(workDir, 'other-clients.xlsx'));
  });
  afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

  function runSandboxed(
    writableDir: string,
    output: string,
    readableFiles: readonly string[] = [input, model],
    extraArguments: readonly string[] = [],
  ): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(
      process.execPath,
      [
        PERMISSION_FLAG,
        `--allow-fs-read=${appDir}/`,
        // Both the path and where it resolves, when they differ: node_modules may itself be a link. (Node 20 aborts
        // on the same --allow-fs-read path given twice, so the list is de-duplicated.)
        ...[...new Set([path.join(ROOT, 'node_modules'), fs.realpathSync(path.join(ROOT, 'node_modules'))])].map((dir) => `--allow-fs-read=${dir}/`),
        ...readableFiles.map((file) => `--allow-fs-read=${file}`),
        `--allow-fs-read=${writableDir}/`,
        `--allow-fs-write=${writableDir}/`,
        path.join(appDir, 'bin', 'tierbook.js'),
        path.basename(input),
        '--model',
        path.basename(model),
        '-o',
        output,
        '--json',
        '--lang',
        'en-US',
        // The messy export has 2 of 30 unreadable amounts (a blocking data check): this test is about the sandbox.
        '--confirm-data-checks',
        ...extraArguments,
      ],
      { cwd: workDir, encoding: 'utf8', timeout: 90000 },
    );
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  // The CLI's one reader (the package reader); --stream is accepted and changes nothing.
  it.each([
    ['plain', [], 'tiered.xlsx'],
    ['--stream', ['--stream'], 'streamed.xlsx'],
  ])('tiers the workbook (%s) reading only the input and model, writing only the output', (_label, flags, output) => {
    const before = listing(workDir);
    const run = runSandboxed(outDir, path.join('out', output), [input, model], flags);
    expect(run.stderr).not.toContain('ERR_ACCESS_DENIED');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toHaveProperty('clients');
    expect(fs.readdirSync(outDir)).toContain(output);
    expect(listing(workDir)).toEqual([...before, path.join('out', output)].sort());
  });

  it('control: the same run with the output folder not writable is stopped by the sandbox', () => {
    const elsewhere = fs.mkdtempSync(path.join(sandbox, 'elsewhere-'));
    const run = runSandboxed(elsewhere, path.join('out', 'blocked.xlsx'));
    expect(run.status).not.toBe(0);
    // The package writer reports the refused write as an unwritable output, in the permission model's words.
    expect(run.stderr).toMatch(/ERR_ACCESS_DENIED|Access to this API has been restricted/u);
    expect(fs.existsSync(path.join(outDir, 'blocked.xlsx'))).toBe(false);
  });

  it('control: the same run without leave to read the model is stopped by the sandbox', () => {
    const run = runSandboxed(outDir, path.join('out', 'unread.xlsx'), [input]);
    expect(run.status).not.toBe(0);
    // The model exists; the CLI reports it unreadable because the sandbox refused the read.
    expect(fs.existsSync(model)).toBe(true);
    expect(run.stderr).toContain(`model file not found: ${model}`);
    expect(fs.existsSync(path.join(outDir, 'unread.xlsx'))).toBe(false);
  });
});
