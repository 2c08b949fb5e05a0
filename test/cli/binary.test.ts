import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeMessyExportXlsx } from '../fixtures/messyExport';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { parseJsonOutput } from './runCli';

const REPO = path.resolve(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// The one test that goes through the real binary: `npm run build:cli`, then `node bin/tierbook.js`.
describe('bin/tierbook.js', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    execFileSync(NPM, ['run', 'build:cli'], { cwd: REPO, stdio: 'pipe' });
    dir = makeTempDir('tierbook-cli-bin-');
    input = await writeMessyExportXlsx(dir);
  });
  afterAll(() => removeTempDir(dir));

  function tierbook(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'tierbook.js'), ...args], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('tiers a workbook end to end and prints one JSON object', () => {
    // The messy export has 2 of 30 unreadable amounts, a blocking data check (test/cli/dataChecks.test.ts): confirmed here.
    const run = tierbook('messy-export.xlsx', '--json', '--confirm-data-checks', '-o', 'out.xlsx');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toHaveLength(30);
    expect(json.tiers.reduce((a, t) => a + t.count, 0)).toBe(30);
    expect(fs.statSync(path.join(dir, 'out.xlsx')).size).toBeGreaterThan(0);
    expect(fs.existsSync(input)).toBe(true);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const run = tierbook('missing.xlsx', '--lang', 'en-US');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`tierbook: input file not found: ${path.join(dir, 'missing.xlsx')}\n`);
  });

  it('ends quietly with code 0 when the reader of --json closes the pipe early (tierbook --json | head)', () => {
    // The sample's JSON is far larger than a pipe's buffer, so the writer really meets the closed pipe.
    const sample = path.join(REPO, 'samples', 'clients.xlsx');
    const script = `"${process.execPath}" "${path.join(REPO, 'bin', 'tierbook.js')}" "${sample}" --json -o head.xlsx 2>stderr.txt | head -c 200 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const status = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' }).trim();
    expect(fs.readFileSync(path.join(dir, 'stderr.txt'), 'utf8')).toBe('');
    expect(status).toBe('0');
  });
});
