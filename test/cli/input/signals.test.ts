/**
 * SIGINT / SIGTERM during a run: the real binary, stopped while it writes a streamed output or converts a CSV,
 * removes its temporary files and exits 130 / 143 as shells report it. Before, the default handler killed node
 * and left `.out.xlsx.<pid>.tmp` beside the output. TMPDIR is the test's own folder, so any converted file left
 * behind would show up there.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../../fixtures/writeGridXlsx';

const REPO = path.resolve(__dirname, '..', '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const HEADER = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
const CLIENTS = 60_000;

function clientRow(i: number): (string | number)[] {
  return [String(310000000000 + i), `客户${i}`, (i * 7919) % 3_000_000 + 0.5, i % 400, i % 5 === 0 ? '专业投资' : '基础理财', `C${1 + (i % 5)}`, (i % 250) / 10];
}

async function writeBigXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('客户清单');
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= CLIENTS; i++) sheet.addRow(clientRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}

/** Polls until `found()` holds, or the child has ended (then the test fails on what it sees). */
async function when(found: () => boolean, exited: () => boolean): Promise<boolean> {
  while (!exited()) {
    if (found()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

interface Stopped {
  readonly sawIt: boolean;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Runs the binary, sends `signal` as soon as `ready()` holds, and waits for it to end. */
async function stopWhen(args: string[], cwd: string, tmp: string, signal: NodeJS.Signals, ready: () => boolean): Promise<Stopped> {
  const child = spawn(process.execPath, [path.join(REPO, 'bin', 'tierbook.js'), ...args], { cwd, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  let exited = false;
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, sig) => { exited = true; resolve([code, sig]); }));
  const sawIt = await when(ready, () => exited);
  if (sawIt) child.kill(signal);
  const [code, sig] = await ended;
  return { sawIt, code, signal: sig, stderr };
}

describe('tierbook stopped by a signal', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    execFileSync(NPM, ['run', 'build:cli'], { cwd: REPO, stdio: 'pipe' });
    dir = makeTempDir('tierbook-signals-');
    input = path.join(dir, 'big.xlsx');
    await writeBigXlsx(input);
  });
  afterAll(() => removeTempDir(dir));

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s while the streamed output is written: exit %d, no .tmp left, no output', async (signal, exitCode) => {
    const work = fs.mkdtempSync(path.join(dir, 'run-'));
    const tmp = fs.mkdtempSync(path.join(dir, 'tmpdir-'));
    const stopped = await stopWhen([input, '--stream', '-o', path.join(work, 'out.xlsx')], work, tmp, signal,
      () => fs.readdirSync(work).some((f) => f.endsWith('.tmp')));
    expect(stopped).toMatchObject({ sawIt: true, code: exitCode, signal: null });
    expect(fs.readdirSync(work)).toEqual([]);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('SIGTERM while a CSV is being converted: exit 143, the private temp folder removed', async () => {
    const csv = path.join(dir, 'big.csv');
    const lines = [HEADER.join(',')];
    for (let i = 1; i <= CLIENTS; i++) lines.push(clientRow(i).join(','));
    fs.writeFileSync(csv, `${lines.join('\n')}\n`);
    const work = fs.mkdtempSync(path.join(dir, 'run-'));
    const tmp = fs.mkdtempSync(path.join(dir, 'tmpdir-'));
    const stopped = await stopWhen([csv, '-o', path.join(work, 'out.xlsx')], work, tmp, 'SIGTERM',
      () => fs.readdirSync(tmp).some((f) => f.startsWith('tierbook-csv-')));
    expect(stopped).toMatchObject({ sawIt: true, code: 143, signal: null });
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(work)).toEqual([]);
  });
});
