/**
 * Outputs that are not plain files: a FIFO and a symlink (made inside a temp folder; /dev is never touched) are
 * written through, never renamed over; a folder is refused. Before, the finished workbook was renamed onto the
 * path, so a FIFO or a symlink became an ordinary file (and, as root, -o /dev/null replaced the device).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../../fixtures/writeGridXlsx';
import { brokerWorkbook, CLIENT_SHEET } from '../brokerWorkbook';
import { parseJsonOutput, runCli } from '../runCli';

async function readAll(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of fs.createReadStream(file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function tierColumnOf(workbook: ExcelJS.Workbook): Promise<boolean> {
  const header = workbook.getWorksheet(CLIENT_SHEET)?.getRow(2).values as ExcelJS.CellValue[] | undefined;
  return header?.includes('客户等级') ?? false;
}

describe('tierbook -o to a FIFO, a symlink or a folder', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = makeTempDir('tierbook-output-targets-');
    input = path.join(dir, 'clients.xlsx');
    await brokerWorkbook().xlsx.writeFile(input);
  });
  afterAll(() => removeTempDir(dir));

  it.each([[[] as string[]], [['--stream']]])('a FIFO stays a FIFO and its reader gets the whole workbook (%j)', async (flags) => {
    const fifo = path.join(dir, `out-${flags.length}.fifo`);
    execFileSync('mkfifo', [fifo]);
    const [run, bytes] = await Promise.all([runCli([input, ...flags, '--json', '-o', fifo]), readAll(fifo)]);
    expect(run.code).toBe(0);
    expect(parseJsonOutput(run.stdout).clients.length).toBeGreaterThan(0);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(await tierColumnOf(workbook)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink to a file stays a symlink; the file it points to gets the workbook', async () => {
    const target = path.join(dir, 'real-output.xlsx');
    fs.writeFileSync(target, 'old contents');
    const link = path.join(dir, 'latest.xlsx');
    fs.symlinkSync(target, link);
    const run = await runCli([input, '-o', link]);
    expect(run.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(target);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(await tierColumnOf(workbook)).toBe(true);
  });

  it('a dangling symlink stays a symlink; its target is created', async () => {
    const target = path.join(dir, 'not-yet.xlsx');
    const link = path.join(dir, 'dangling.xlsx');
    fs.symlinkSync(target, link);
    const run = await runCli([input, '-o', link]);
    expect(run.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(await tierColumnOf(workbook)).toBe(true);
  });

  it('a folder is refused with one line and exit 2, and stays a folder', async () => {
    const folder = path.join(dir, 'a-folder');
    fs.mkdirSync(folder);
    const run = await runCli([input, '-o', folder, '--lang', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tierbook: cannot write the output file ${folder}: it is a folder; give a file name\n`);
    expect(fs.statSync(folder).isDirectory()).toBe(true);
  });

  it('a symlink to the input is still the input: refused before any work', async () => {
    const link = path.join(dir, 'input-link.xlsx');
    fs.symlinkSync(input, link);
    const run = await runCli([input, '-o', link, '--lang', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the output cannot be the input file itself');
  });
});

describe('tierbook -- ends the options', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-dashdash-'); });
  afterAll(() => removeTempDir(dir));

  it('a file named -x.xlsx is read after --, and refused before it with a hint', async () => {
    await brokerWorkbook().xlsx.writeFile(path.join(dir, '-x.xlsx'));
    const withDashes = await runCli(['--json', '-o', 'out.xlsx', '--', '-x.xlsx'], { cwd: dir });
    expect(withDashes.code).toBe(0);
    expect(parseJsonOutput(withDashes.stdout).clients.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(true);
    const without = await runCli(['-x.xlsx', '--lang', 'en-US'], { cwd: dir });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('unknown option -x.xlsx (for a file name starting with -, put it after --)');
  });
});
