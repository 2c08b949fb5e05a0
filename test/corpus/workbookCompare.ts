/*
 * Cell-by-cell comparisons of workbooks, for the data-safety checks: the CLI's output keeps every input cell, and a
 * re-run changes nothing but the run log.
 */
import ExcelJS from 'exceljs';
import { parseCellReference } from '../../src/engine';

/** A cell as far as data goes: its value (formulas with their cached results) and its formula text. */
interface CellData {
  readonly value: unknown;
  readonly formula: string | null;
}

function formulaOf(value: ExcelJS.CellValue): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if ('formula' in value && typeof value.formula === 'string') return value.formula;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return value.sharedFormula;
  return null;
}

/** Every non-empty cell by address. */
export function cellsOf(sheet: ExcelJS.Worksheet): Map<string, CellData & { row: number; column: number }> {
  const cells = new Map<string, CellData & { row: number; column: number }>();
  sheet.eachRow((row, rowNumber) => row.eachCell((cell, column) => {
    cells.set(cell.address, { value: cell.value, formula: formulaOf(cell.value), row: rowNumber, column });
  }));
  return cells;
}

export async function readWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

const data = (c: CellData | undefined): CellData | undefined => (c === undefined ? undefined : { value: c.value, formula: c.formula });

/**
 * Every sheet of the input is in the output with each of its cells' value and formula unchanged, no cell added
 * inside its columns, and no cell added at all except right of the client sheet's last column (TierBook's columns).
 * Merges are kept too.
 */
export function expectInputCellsKept(input: ExcelJS.Workbook, output: ExcelJS.Workbook, clientSheet: string): void {
  for (const inSheet of input.worksheets) {
    const outSheet = output.getWorksheet(inSheet.name);
    expect({ sheet: inSheet.name, present: outSheet !== undefined }).toEqual({ sheet: inSheet.name, present: true });
    if (!outSheet) continue;
    const before = cellsOf(inSheet);
    const after = cellsOf(outSheet);
    const lastColumn = Math.max(0, ...[...before.values()].map((c) => c.column));
    const changed: string[] = [];
    for (const [address, cell] of before) {
      const now = after.get(address);
      if (!now || JSON.stringify(data(now)) !== JSON.stringify(data(cell))) changed.push(`${inSheet.name}!${address}: ${JSON.stringify(data(cell))} → ${JSON.stringify(data(now))}`);
    }
    for (const [address, cell] of after) {
      if (before.has(address)) continue;
      if (inSheet.name !== clientSheet || cell.column <= lastColumn) changed.push(`${inSheet.name}!${address}: added ${JSON.stringify(data(cell))}`);
    }
    expect(changed).toEqual([]);
    const merges = (s: ExcelJS.Worksheet): string[] => [...(s.model.merges ?? [])].sort();
    expect({ sheet: inSheet.name, merges: merges(outSheet) }).toEqual({ sheet: inSheet.name, merges: merges(inSheet) });
  }
}

/** The sheet TierBook's marker `_TierBook_sheet_<key>` points at, if any. */
function markedSheetName(workbook: ExcelJS.Workbook, key: string): string | undefined {
  const marker = workbook.definedNames.model.find((n) => n.name === `_TierBook_sheet_${key}`);
  return marker && marker.ranges.length > 0 ? parseCellReference(marker.ranges[0])?.sheet : undefined;
}

/** The sheet TierBook's log marker points at, if any. */
export function logSheetName(workbook: ExcelJS.Workbook): string | undefined {
  return markedSheetName(workbook, 'log');
}

/** The log's rows as plain data, top to bottom. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, rowNumber) => { rows[rowNumber - 1] = (row.values as unknown[]).slice(1); });
  return rows;
}

/**
 * `second` (a run on `first`'s own output) equals `first` sheet for sheet, cell for cell, name for name, except that
 * the run log has exactly one more row and its earlier rows are unchanged, the effect history has this run's rows
 * after its unchanged earlier ones, and 效果评估 (the history by run) shows one more run.
 */
export function expectSameApartFromLog(first: ExcelJS.Workbook, second: ExcelJS.Workbook): void {
  expect(second.worksheets.map((s) => s.name)).toEqual(first.worksheets.map((s) => s.name));
  const log = logSheetName(first);
  expect(log).toBeDefined();
  expect(logSheetName(second)).toBe(log);
  const history = markedSheetName(first, 'effectHistory');
  const effect = markedSheetName(first, 'effect');
  for (const sheet of first.worksheets) {
    const other = second.getWorksheet(sheet.name);
    if (!other) continue;
    if (sheet.name === log) {
      const before = rowsOf(sheet);
      const after = rowsOf(other);
      expect(after).toHaveLength(before.length + 1);
      expect(after.slice(0, before.length)).toEqual(before);
      continue;
    }
    // The effect history is a log too (append-only, a row per tier each run), and 效果评估 sums it up by run.
    if (sheet.name === history) {
      const before = rowsOf(sheet);
      const after = rowsOf(other);
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.slice(0, before.length)).toEqual(before);
      continue;
    }
    if (sheet.name === effect) continue;
    const a = Object.fromEntries([...cellsOf(sheet)].map(([k, v]) => [k, data(v)]));
    const b = Object.fromEntries([...cellsOf(other)].map(([k, v]) => [k, data(v)]));
    expect({ sheet: sheet.name, cells: b }).toEqual({ sheet: sheet.name, cells: a });
    expect({ sheet: sheet.name, merges: [...(other.model.merges ?? [])].sort() }).toEqual({ sheet: sheet.name, merges: [...(sheet.model.merges ?? [])].sort() });
  }
  const names = (w: ExcelJS.Workbook): { name: string; ranges: string[] }[] =>
    [...w.definedNames.model].map((n) => ({ name: n.name, ranges: [...n.ranges].sort() })).sort((x, y) => x.name.localeCompare(y.name));
  expect(names(second)).toEqual(names(first));
}

/** Marker names → the sheets they point at (TierBook's `_TierBook_sheet_*`) or the header cells of its columns. */
function markerTargets(workbook: ExcelJS.Workbook): Map<string, string> {
  return new Map(workbook.definedNames.model.filter((n) => n.name.startsWith('_TierBook_') && n.ranges.length > 0).map((n) => [n.name, n.ranges[0]]));
}

/**
 * `second`, a run on `first`'s output, adds exactly the migration report to it: the 上次等级/等级变动 columns and the
 * 等级迁移 sheet, each under its marker, and one log row. Every sheet of `first` is still there, in the same order.
 */
export function expectOnlyMigrationAdded(first: ExcelJS.Workbook, second: ExcelJS.Workbook): void {
  const before = markerTargets(first);
  const after = markerTargets(second);
  const added = [...after.keys()].filter((name) => !before.has(name)).sort();
  expect(added).toEqual(['_TierBook_col_previousTier', '_TierBook_col_tierChange', '_TierBook_sheet_migration']);
  expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
  const migration = parseCellReference(after.get('_TierBook_sheet_migration') ?? '')?.sheet;
  expect(second.worksheets.map((s) => s.name)).toEqual([...first.worksheets.map((s) => s.name), migration]);
  const log = logSheetName(first);
  expect(log && rowsOf(second.getWorksheet(log) as ExcelJS.Worksheet).length).toBe(log && rowsOf(first.getWorksheet(log) as ExcelJS.Worksheet).length + 1);
}
