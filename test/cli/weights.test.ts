/**
 * `tierbook weights`: the pinned interface of issue 12 (docs/cli.md, docs/weights.md), its readable tables, its error
 * lines and exit codes. Runs in-process through main, without --confirm-data-checks (weights read; they write nothing).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildJudgementSheet, createDefaultModel, isFormulaCell } from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { type CliRun, runCli } from './runCli';

const run = (argv: readonly string[]): Promise<CliRun> => runCli(argv, { confirmDataChecks: false });

/** The note a text export gets on stderr (as in a run): how it was read. */
const TEXT_NOTE = /^tierbook: (read as text|读取文本文件)/u;

/** Exit 2, nothing on stdout, one error line on stderr (after the text export's note, if any). */
function oneLineFailure(r: CliRun): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n').filter((l) => !TEXT_NOTE.test(l));
  expect(lines).toHaveLength(1);
  return lines[0];
}

/** stdout is one JSON object on one line. */
function jsonOf(r: CliRun): Record<string, unknown> {
  expect(r.code).toBe(0);
  expect(r.stderr.trimEnd().split('\n').filter((l) => l !== '' && !TEXT_NOTE.test(l))).toEqual([]);
  expect(r.stdout.trimEnd().includes('\n')).toBe(false);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Two min–max factors, so the scores are easy to work by hand. */
const MODEL = {
  idColumn: '客户号',
  factors: [
    { key: 'a', column: '甲', weight: 50, scale: 'minmax' },
    { key: 'b', column: '乙', weight: 50, scale: 'minmax' },
  ],
  tiers: [{ name: 'A', minScore: 50 }, { name: 'B', minScore: 0 }],
};

// 甲 = 0, 10, 20, 40, 5 → min–max over all five: 0, 25, 50, 100, 12.5. 乙 = 10, 30, 20, 40, (blank) → 0, 66.67, 33.33, 100.
// C5 lacks 乙, so m = 4 and S = [0, 25, 50, 100] × [0, 66.67, 33.33, 100].
// Entropy: a: T = 175, p = 0, 1/7, 2/7, 4/7, Σ p ln p = −0.95570, e = 0.95570 / ln 4 = 0.68939, d = 0.31061;
//          b: T = 200, p = 0, 1/3, 1/6, 1/2, Σ p ln p = −1.01140, e = 0.72957, d = 0.27043;
//          w = 100 · 0.31061 / 0.58104 = 53.458 and 46.542.
// CRITIC:  σ_a = 36.9755, σ_b = 37.2678, r = 0.831522; C = σ · (1 − r): w = 49.803 and 50.197.
const CSV = ['客户号,甲,乙', 'C1,0,10', 'C2,10,30', 'C3,20,20', 'C4,40,40', 'C5,5,', ''].join('\n');

describe('tierbook weights', () => {
  let dir: string;
  let csv: string;
  let model: string;
  beforeAll(() => {
    dir = makeTempDir('tierbook-weights-');
    csv = path.join(dir, 'clients.csv');
    fs.writeFileSync(csv, CSV);
    model = path.join(dir, 'model.json');
    fs.writeFileSync(model, JSON.stringify(MODEL));
  });
  afterAll(() => removeTempDir(dir));

  const matrixFile = (name: string, content: unknown): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  it('--method entropy --json prints the pinned object, over the clients with every factor', async () => {
    const json = jsonOf(await run(['weights', csv, '--method', 'entropy', '--model', model, '--json']));
    expect(Object.keys(json)).toEqual(['method', 'clients', 'weights']);
    expect(json.method).toBe('entropy');
    expect(json.clients).toBe(4);
    const w = json.weights as Record<string, number>;
    expect(Object.keys(w)).toEqual(['a', 'b']);
    expect(w.a).toBeCloseTo(53.4578, 3);
    expect(w.b).toBeCloseTo(46.5422, 3);
  });

  it('--method critic --json', async () => {
    const json = jsonOf(await run(['weights', csv, '--method', 'critic', '--model', model, '--json']));
    expect(json).toMatchObject({ method: 'critic', clients: 4 });
    const w = json.weights as Record<string, number>;
    expect(w.a).toBeCloseTo(49.8031, 3);
    expect(w.b).toBeCloseTo(50.1969, 3);
  });

  it('reads the bundled .xlsx sample with the default model: five weights summing to 100', async () => {
    const sample = path.join(__dirname, '..', '..', 'samples', 'clients.xlsx');
    const json = jsonOf(await run(['weights', sample, '--method', 'entropy', '--json']));
    const w = json.weights as Record<string, number>;
    expect(Object.keys(w)).toEqual(['assets', 'frequency', 'needs', 'risk', 'loyalty']);
    expect(Object.values(w).reduce((s, x) => s + x, 0)).toBeCloseTo(100, 8);
    expect(json.clients).toBeGreaterThan(1000);
  });

  it('without --json prints a readable table in the chosen language', async () => {
    const zh = await run(['weights', csv, '--method', 'entropy', '--model', model]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('熵权法权重（基于 4 位各因子齐全的客户）');
    expect(zh.stdout).toMatch(/a\s+53\.46\n/);
    const en = await run(['weights', csv, '--method', 'critic', '--model', model, '--lang', 'en-US']);
    expect(en.stdout).toContain('CRITIC weights (over 4 clients with every factor present)');
    expect(en.stdout).toMatch(/b\s+50\.20\n/);
  });

  it('--ahp --json prints the pinned object for the classic 3 × 3', async () => {
    const file = matrixFile('classic.json', { factors: ['assets', 'frequency', 'needs'], matrix: [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]] });
    const json = jsonOf(await run(['weights', '--ahp', file, '--json']));
    expect(Object.keys(json)).toEqual(['method', 'weights', 'lambdaMax', 'ci', 'ri', 'cr', 'consistent', 'suggestion']);
    const w = json.weights as Record<string, number>;
    expect(w.assets).toBeCloseTo(63.699, 2);
    expect(w.frequency).toBeCloseTo(25.828, 2);
    expect(w.needs).toBeCloseTo(10.473, 2);
    expect(json).toMatchObject({ method: 'ahp', ri: 0.58, consistent: true, suggestion: null });
    expect(json.cr as number).toBeCloseTo(0.0332, 4);
    expect(json.lambdaMax as number).toBeCloseTo(3.0385, 4);
  });

  it('--ahp names the judgement to revisit when CR ≥ 0.1, in JSON and in the table', async () => {
    const w = [9, 5, 3, 2, 1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    matrix[0][4] = 1 / 9;
    matrix[4][0] = 9;
    const file = matrixFile('reversed.json', { factors: ['assets', 'frequency', 'needs', 'risk', 'loyalty'], matrix });
    const json = jsonOf(await run(['weights', '--ahp', file, '--json']));
    expect(json.consistent).toBe(false);
    expect(json.suggestion).toEqual({ row: 'assets', column: 'loyalty', value: expect.closeTo(9, 8) as unknown });
    const en = await run(['weights', '--ahp', file, '--lang', 'en-US']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('CR    0.7539 (≥ 0.1: not consistent)');
    expect(en.stdout).toContain('suggestion: change "assets over loyalty" (row 1, column 5) from 0.111 to 9.000');
    expect(en.stdout).toContain('Saaty (1980)');
    const zh = await run(['weights', '--ahp', file]);
    expect(zh.stdout).toContain('建议：把「assets 比 loyalty」');
  });

  it('errors are one line with exit 2: a non-reciprocal cell, a bad file, a missing input, bad arguments', async () => {
    const bad = matrixFile('bad.json', { factors: ['a', 'b', 'c'], matrix: [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 2, 1]] });
    expect(oneLineFailure(await run(['weights', '--ahp', bad, '--lang', 'en-US']))).toContain('row 3, column 2 (c over b)');
    const short = matrixFile('short.json', { factors: ['a', 'b', 'c'], matrix: [[1, 3], [1 / 3, 1]] });
    expect(oneLineFailure(await run(['weights', '--ahp', short, '--lang', 'en-US']))).toContain('wrong size');
    expect(oneLineFailure(await run(['weights', '--ahp', matrixFile('broken.json', '{ "factors": '), '--lang', 'en-US']))).toContain('not valid JSON');
    expect(oneLineFailure(await run(['weights', '--ahp', matrixFile('shape.json', { factors: 'a' }), '--lang', 'en-US']))).toContain('"factors"');
    expect(oneLineFailure(await run(['weights', '--ahp', path.join(dir, 'absent.json')]))).toContain('找不到判断矩阵文件');
    expect(oneLineFailure(await run(['weights', path.join(dir, 'absent.csv'), '--method', 'entropy']))).toContain('找不到输入文件');
    expect(oneLineFailure(await run(['weights', csv, '--lang', 'en-US']))).toContain('missing --method');
    expect(oneLineFailure(await run(['weights', csv, '--method', 'topsis', '--lang', 'en-US']))).toContain('--method must be entropy, critic or ahp');
    expect(oneLineFailure(await run(['weights', csv, '--ahp', bad, '--lang', 'en-US']))).toContain('--ahp reads only');
    expect(oneLineFailure(await run(['weights', '--colour', 'red']))).toContain('未知选项 --colour');
    expect(oneLineFailure(await run(['weights']))).toContain('缺少输入文件');
  });

  it('all-constant scores: exit 2 saying no factor varies', async () => {
    const flat = path.join(dir, 'flat.csv');
    fs.writeFileSync(flat, ['客户号,甲,乙', 'C1,5,7', 'C2,5,7', 'C3,5,7', ''].join('\n'));
    expect(oneLineFailure(await run(['weights', flat, '--method', 'critic', '--model', model, '--lang', 'en-US']))).toContain('no factor varies');
  });

  /** A workbook holding a clients sheet and the judgements sheet as TierBook writes it, with `typed` judgements in. */
  async function judgementsBook(name: string, typed: Record<string, number | string>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addRows([['客户号', '甲'], ['C1', 1]]);
    const sheet = buildJudgementSheet(createDefaultModel().factors.slice(0, 3), 'zh-CN');
    const ws = wb.addWorksheet(sheet.preferredName);
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => {
      if (cell === null) return;
      ws.getCell(r + 1, c + 1).value = isFormulaCell(cell) ? { formula: cell.formula, result: cell.result as number } : cell as string | number;
    }));
    for (const [address, value] of Object.entries(typed)) ws.getCell(address).value = value;
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('--method ahp reads the workbook\'s 权重判断矩阵 sheet (the upper triangle as typed; the formulas below are stale here)', async () => {
    // Header in row 5, assets in row 6: C6 = assets over frequency, D6 = assets over needs, D7 = frequency over needs.
    const book = await judgementsBook('judged.xlsx', { C6: 3, D6: 5, D7: 3 });
    const json = jsonOf(await run(['weights', book, '--method', 'ahp', '--json']));
    expect(json).toMatchObject({ method: 'ahp', ri: 0.58, consistent: true, suggestion: null });
    expect((json.weights as Record<string, number>).assets).toBeCloseTo(63.699, 2);
    const wrong = await judgementsBook('wrong.xlsx', { C6: 3, D6: 'much', D7: 3 });
    expect(oneLineFailure(await run(['weights', wrong, '--method', 'ahp', '--lang', 'en-US']))).toContain('权重判断矩阵!D6 must be a positive number');
    const sample = path.join(__dirname, '..', '..', 'samples', 'clients.xlsx');
    expect(oneLineFailure(await run(['weights', sample, '--method', 'ahp', '--lang', 'en-US']))).toContain('has no weight judgements sheet');
  });

  it('--help prints the subcommand usage and exits 0', async () => {
    const r = await run(['weights', '--help', '--lang', 'en-US']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('usage: tierbook weights');
  });
});
