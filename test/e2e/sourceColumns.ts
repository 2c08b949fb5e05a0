/** A sheet's source columns in a fake-excel snapshot (FakeExcel.snapshot(), fetched from the page as JSON). */

interface LayerWrite {
  readonly rect: { row: number; col: number; rows: number; cols: number };
}

interface SheetSnapshot {
  readonly name: string;
  readonly cells: { values: unknown[][]; formulas: Record<string, string> };
  readonly numberFormat: LayerWrite[];
  readonly formats: Record<string, LayerWrite[]>;
  readonly columnWidths: Record<string, number>;
}

function columnOf(a1: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/u.exec(a1)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetOf(snapshot: unknown, sheetName: string): SheetSnapshot {
  const sheets = (snapshot as { sheets?: SheetSnapshot[] }).sheets;
  const sheet = sheets?.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`the snapshot has no sheet ${sheetName}`);
  return sheet;
}

/**
 * Values, formulas, number formats, formats and widths of columns 0..lastColumn; format writes wholly right of
 * lastColumn (TierBook's own columns) are left out. Equal before and after a run = the run changed no source cell.
 */
export function sourceColumns(snapshot: unknown, sheetName: string, lastColumn: number): unknown {
  const sheet = sheetOf(snapshot, sheetName);
  const inSource = (w: LayerWrite): boolean => w.rect.col <= lastColumn;
  return {
    values: sheet.cells.values.map((row) => row.slice(0, lastColumn + 1)),
    formulas: Object.fromEntries(Object.entries(sheet.cells.formulas).filter(([a1]) => columnOf(a1) <= lastColumn)),
    numberFormat: sheet.numberFormat.filter(inSource),
    formats: Object.fromEntries(Object.entries(sheet.formats).map(([key, writes]) => [key, writes.filter(inSource)])),
    columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).filter(([c]) => Number(c) <= lastColumn)),
  };
}
