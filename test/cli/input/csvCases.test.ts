/**
 * Text exports as back-office systems write them: delimiters, RFC 4180 quoting (delimiters, quotes and line breaks
 * inside fields), leading zeros, and the row rule: every row TierBook reports is the line of the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli } from '../runCli';
import { encodeGb18030, writeBytes } from './textExports';

const HEADER = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '备注'];

describe('tierbook on CSV text exports', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-csv-cases-'); });
  afterAll(() => removeTempDir(dir));

  const out = (name: string): string => path.join(dir, `${name}-out.xlsx`);

  it('rows are line numbers: a quoted field spanning lines puts the next records further down, blank lines count too', async () => {
    const lines = [
      HEADER.join(','),                                                           // 1
      '000123,"张, 伟",152340.5,12,基础理财,C3,8.5,"第一行',                     // 2 (record continues)
      '第二行 ""引号"""',                                                         // 3
      '',                                                                          // 4 blank
      '000124,李娜,待补充,8,基础理财,C3,6,',                                       // 5 invalid number
      '000125,王磊,"1,234,567.8",120,专业投资,C4,11.2,',                           // 6
    ];
    const file = writeBytes(path.join(dir, 'lines.csv'), `${lines.join('\n')}\n`);
    const run = await runCli([file, '--json', '-o', out('lines'), '--lang', 'en-US']);
    expect(run.code).toBe(0);
    const json = parseJsonOutput(run.stdout);
    expect(json.clients.map((c) => [c.row, c.id])).toEqual([[2, '000123'], [5, '000124'], [6, '000125']]);
    expect(json.issues.filter((i) => i.code === 'invalid_number')).toEqual([expect.objectContaining({ row: 5, column: '总资产', value: '待补充' })]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('lines'));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('lines');
    expect(sheet.getCell('A2').value).toBe('000123');
    expect(sheet.getCell('B2').value).toBe('张, 伟');
    expect(sheet.getCell('H2').value).toBe('第一行\n第二行 "引号"');
    expect(sheet.getCell('C6').value).toBe(1234567.8);
    expect(sheet.getCell('A3').value).toBeNull();
  });

  it.each([
    ['tab', '\t', 'tab'],
    ['semicolon', ';', 'semicolon'],
    ['pipe', '|', 'pipe'],
  ])('detects a %s delimiter and says so; --delimiter overrides it', async (_name, delimiter, word) => {
    const rows = [HEADER, ['310000000001', '张伟', '152340.5', '12', '基础理财', 'C3', '8.5', 'a,b'], ['310000000002', '李娜', '88000', '66', '基础理财', 'C2', '8', '']];
    const file = writeBytes(path.join(dir, `d-${word}.txt`), rows.map((r) => r.join(delimiter)).join('\r\n'));
    const detected = await runCli([file, '--json', '-o', out(word), '--lang', 'en-US']);
    expect(detected.code).toBe(0);
    expect(detected.stderr).toContain(`${word}-separated`);
    expect(parseJsonOutput(detected.stdout).clients.map((c) => c.id)).toEqual(['310000000001', '310000000002']);
    const forced = await runCli([file, '--json', '-o', out(`${word}2`), '--delimiter', word, '--lang', 'en-US']);
    expect(forced.code).toBe(0);
    expect(parseJsonOutput(forced.stdout).clients).toHaveLength(2);
    // Forced to the wrong one, the file is a single column and no client table is found: exit 2, one line.
    const wrong = await runCli([file, '-o', out(`${word}3`), '--delimiter', delimiter === ',' ? 'tab' : 'comma']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('GBK text read as UTF-8 by a wrong --encoding: exit 2 with the line and the fix', async () => {
    const csv = `${HEADER.join(',')}\n310000000001,张伟,1,1,基础理财,C3,1,\n`;
    const file = writeBytes(path.join(dir, 'gbk.csv'), encodeGb18030(csv));
    const run = await runCli([file, '--encoding', 'utf-8', '--lang', 'en-US', '-o', out('gbk')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`tierbook: ${file} is not UTF-8 text (invalid bytes near line 1): check --encoding, or leave it out to let TierBook detect the encoding\n`);
    const gbk = await runCli([file, '--encoding', 'GBK', '--json', '-o', out('gbk2')]);
    expect(gbk.code).toBe(0);
    expect(parseJsonOutput(gbk.stdout).clients).toHaveLength(1);
    expect(fs.existsSync(out('gbk'))).toBe(false);
  });

  it('an unknown --encoding, or --encoding on an .xlsx, is a usage error (exit 2)', async () => {
    const file = writeBytes(path.join(dir, 'plain.csv'), `${HEADER.join(',')}\n1,a,1,1,基础理财,C3,1,\n`);
    const unknown = await runCli([file, '--encoding', 'latin-9', '--lang', 'en-US']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown encoding latin-9: --encoding can be utf-8, gb18030 (GBK/GB2312 too), utf-16le or utf-16be');
    const sample = path.resolve(__dirname, '..', '..', '..', 'samples', 'clients.xlsx');
    const onXlsx = await runCli([sample, '--encoding', 'gbk', '--lang', 'en-US', '-o', out('x')]);
    expect(onXlsx.code).toBe(2);
    expect(onXlsx.stderr).toBe('tierbook: --encoding and --delimiter apply only to CSV/TSV/TXT text files\n');
  });

  it('bytes that are neither UTF-8 nor GB18030: exit 2 asking for --encoding', async () => {
    const file = writeBytes(path.join(dir, 'binary.csv'), Buffer.from([0x41, 0x2c, 0x42, 0x0a, 0xff, 0xff, 0x80, 0x0a]));
    const run = await runCli([file, '--lang', 'en-US', '-o', out('bin')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot tell the encoding');
    expect(run.stderr).toContain('--encoding gb18030');
  });

  it('a quoted field never closed: exit 2 naming the line it starts on', async () => {
    const file = writeBytes(path.join(dir, 'open.csv'), `${HEADER.join(',')}\n1,"张伟,1,1,基础理财,C3,1,\n2,李娜,1,1,基础理财,C3,1,\n`);
    const run = await runCli([file, '--lang', 'en-US', '-o', out('open')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tierbook: ${file}: the quoted field starting at line 2 is never closed (a closing " is missing)\n`);
  });

  it('cells that need the engine (万, ¥, full-width digits) stay text, scored as the same text cells in an .xlsx; a formula-like text stays text', async () => {
    const grid = [HEADER, ['310000000001', '=HYPERLINK("x")', '120万', '12', '基础理财', 'C3', '8', ''], ['310000000002', '李娜', '¥88,000', '６６', '基础理财', 'C2', '8', '']];
    const file = writeBytes(path.join(dir, 'engine.csv'), grid.map((r) => r.map((f) => (/[",]/u.test(f) ? `"${f.replace(/"/gu, '""')}"` : f)).join(',')).join('\n'));
    const run = await runCli([file, '--json', '-o', out('engine')]);
    expect(run.code).toBe(0);
    // The same cells as an .xlsx holds them when a user types them: ids, counts and years as numbers, the rest as text.
    const typed = grid.map((r, i) => r.map((f, c) => (i > 0 && [0, 6].includes(c) ? Number(f) : f === '' ? null : f)));
    const xlsx = await writeGridXlsx(typed, 'engine', path.join(dir, 'engine.xlsx'));
    const reference = await runCli([xlsx, '--json', '-o', out('engine-xlsx')]);
    expect(reference.code).toBe(0);
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toEqual(parseJsonOutput(reference.stdout).clients);
    expect(json.clients.every((c) => c.score !== null)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('engine'));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('B2').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('C2').value).toBe('120万');
    expect(sheet.getCell('C3').value).toBe('¥88,000');
    expect(sheet.getCell('D3').value).toBe('６６');
  });
});
