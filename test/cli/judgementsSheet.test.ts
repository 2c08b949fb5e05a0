/**
 * The runner's --judgements-sheet: the AHP judgements sheet (权重判断矩阵) written once, cell for cell the plan the
 * add-in renders (buildJudgementSheet), then kept with the user's judgements on every later run.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ahpWeights, buildJudgementSheet, createDefaultModel, isFormulaCell, JUDGEMENT_SHEET_MARKER } from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { recalculateXlsx } from '../support/libreoffice';
import { runCli } from './runCli';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');
const SHEET = '权重判断矩阵';

/** The sheet's cells as [address, value or formula] pairs, ExcelJS's way (formulas without their "="). */
async function cellsOf(file: string, name: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  const cells = new Map<string, unknown>();
  ws?.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as unknown;
    cells.set(cell.address, typeof v === 'object' && v !== null && 'formula' in v ? `=${String((v as { formula: string }).formula)}` : v);
  }));
  return cells;
}

describe('tierbook --judgements-sheet', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-judgements-'); });
  afterAll(() => removeTempDir(dir));

  it('writes the plan\'s judgements sheet once; a re-run (with or without the flag) keeps the typed judgements', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    expect((await runCli([SAMPLE, '-o', plain])).code).toBe(0);
    expect((await cellsOf(plain, SHEET)).size).toBe(0);

    const first = path.join(dir, 'first.xlsx');
    const r = await runCli([SAMPLE, '-o', first, '--judgements-sheet']);
    expect(r.code).toBe(0);
    const written = await cellsOf(first, SHEET);
    const plan = buildJudgementSheet(createDefaultModel().factors, 'zh-CN');
    plan.rows.forEach((row, i) => row.forEach((cell, j) => {
      if (cell === null) return;
      const address = `${String.fromCharCode(65 + j)}${i + 1}`;
      expect([address, written.get(address)]).toEqual([address, isFormulaCell(cell) ? `=${cell.formula}` : cell]);
    }));
    expect(written.get('A2')).toBe(JUDGEMENT_SHEET_MARKER);
    expect(written.get('B7')).toBe('=1/C6');

    // The user types the upper triangle: assets 3× frequency, 5× needs; the rest stay 1.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell('C6').value = 3;
    ws.getCell('D6').value = 5;
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const typed = await cellsOf(edited, SHEET);

    for (const flags of [['--judgements-sheet'], []]) {
      const again = path.join(dir, `again${flags.length}.xlsx`);
      expect((await runCli([edited, '-o', again, ...flags])).code).toBe(0);
      expect(await cellsOf(again, SHEET)).toEqual(typed);
      const weights = await runCli(['weights', again, '--method', 'ahp', '--json'], { confirmDataChecks: false });
      expect(weights.code).toBe(0);
      const keys = createDefaultModel().factors.map((f) => f.key);
      const matrix = keys.map((_, i) => keys.map((__, j) => {
        const typedAt = (a: number, b: number): number => (a === 0 && b === 1 ? 3 : a === 0 && b === 2 ? 5 : 1);
        return i === j ? 1 : i < j ? typedAt(i, j) : 1 / typedAt(j, i);
      }));
      const expected = ahpWeights(keys, matrix);
      const json = JSON.parse(weights.stdout) as { weights: Record<string, number>; cr: number };
      keys.forEach((k, j) => expect(json.weights[k]).toBeCloseTo(expected.weights[j], 6));
      expect(json.cr).toBeCloseTo(expected.cr, 9);
    }
  });

  it('opens in LibreOffice, whose recalculation fills the lower triangle with the reciprocals of what was typed', async () => {
    const first = path.join(dir, 'lo-first.xlsx');
    expect((await runCli([SAMPLE, '-o', first, '--judgements-sheet'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet(SHEET)!.getCell('C6').value = 3;
    wb.getWorksheet(SHEET)!.getCell('F8').value = 7;
    const edited = path.join(dir, 'lo-edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = path.join(dir, 'lo-out.xlsx');
    expect((await runCli([edited, '-o', out])).code).toBe(0);
    const sheet = (await recalculateXlsx(out, { recalc: 'always' })).sheet(SHEET);
    expect(sheet.value('A2')).toBe(JUDGEMENT_SHEET_MARKER);
    expect(sheet.formula('B7')).toMatch(/^1\/C6$/iu);
    expect(sheet.value('B7')).toBeCloseTo(1 / 3, 12);
    expect(sheet.value('D10')).toBeCloseTo(1 / 7, 12);
    expect(sheet.value('C8')).toBe(1);
  }, 240_000);
});
