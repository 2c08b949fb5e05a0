/* Checks on what TierBook wrote, for the cases about client text (formula prefixes, emoji, RTL, newlines). */
import type ExcelJS from 'exceljs';
import type { FakeExcel } from '../fake-excel';

interface SnapshotSheet {
  readonly name: string;
  readonly cells: { readonly values: unknown[][]; readonly formulas: Record<string, string> };
}

function snapshotSheets(fake: FakeExcel): readonly SnapshotSheet[] {
  return (fake.snapshot() as { sheets: SnapshotSheet[] }).sheets;
}

/** The part of client text that would be a formula's body if Excel took it for one ("=1+1" → "1+1"). */
function formulaBodies(texts: readonly string[]): string[] {
  return texts.map((t) => t.replace(/^[=+\-@]/u, '')).filter((body) => body.length >= 3 && !/^[A-Z]+\d+$/u.test(body));
}

function offending(formula: string, bodies: readonly string[]): string | undefined {
  return bodies.find((b) => formula.includes(b));
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (typeof v !== 'object' || v === null) return undefined;
  if ('formula' in v && typeof v.formula === 'string') return v.formula;
  if ('sharedFormula' in v && typeof v.sharedFormula === 'string') return v.sharedFormula;
  return undefined;
}

/** No cell of any sheet holds a formula built from client text. */
export function expectNoClientTextAsFormula(workbook: ExcelJS.Workbook, texts: readonly string[]): void {
  const bodies = formulaBodies(texts);
  const found: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    const formula = formulaOf(cell);
    if (formula !== undefined && offending(formula, bodies) !== undefined) found.push(`${sheet.name}!${cell.address}: =${formula}`);
  })));
  expect(found).toEqual([]);
}

/**
 * The same on the fake, and each of `listed` (names the strategy sheets copy) appears in a sheet TierBook wrote as
 * plain text, so the check above cannot pass merely because nothing was written.
 */
export function expectNoClientTextAsFormulaInFake(fake: FakeExcel, texts: readonly string[], listed: readonly string[]): void {
  const bodies = formulaBodies(texts);
  const found: string[] = [];
  for (const sheet of snapshotSheets(fake)) {
    for (const [a1, formula] of Object.entries(sheet.cells.formulas)) {
      if (offending(formula, bodies) !== undefined) found.push(`${sheet.name}!${a1}: ${formula}`);
    }
  }
  expect(found).toEqual([]);
  expectTextWrittenVerbatimInFake(fake, listed);
}

/** Each text is a cell value, exactly, in some sheet other than the one it came from (TierBook copied it intact). */
export function expectTextWrittenVerbatimInFake(fake: FakeExcel, texts: readonly string[], sourceSheet = '客户清单'): void {
  const written = new Set<unknown>();
  for (const sheet of snapshotSheets(fake)) {
    if (sheet.name === sourceSheet) continue;
    for (const row of sheet.cells.values) for (const v of row) written.add(v);
  }
  expect(texts.filter((t) => !written.has(t))).toEqual([]);
}
