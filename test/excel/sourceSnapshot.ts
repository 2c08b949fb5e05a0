import type { FakeExcel } from '../fake-excel';

interface LayerWrite {
  rect: { row: number; col: number; rows: number; cols: number };
}

interface SheetSnapshot {
  name: string;
  cells: { values: unknown[][]; formulas: Record<string, string> };
  numberFormat: LayerWrite[];
  formats: Record<string, LayerWrite[]>;
  columnWidths: Record<string, number>;
}

const columnOf = (a1: string): number => {
  const letters = /^[A-Z]+/u.exec(a1)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/**
 * Everything of a sheet's columns 0..lastColumn the fake can observe: values, formulas, number formats, formats and
 * widths. Format writes that lie wholly right of lastColumn (TierBook's own columns) are left out.
 */
export function sourcePart(fake: FakeExcel, sheetName: string, lastColumn: number): unknown {
  const all = fake.snapshot() as { sheets: SheetSnapshot[] };
  const sheet = all.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const inSource = (w: LayerWrite): boolean => w.rect.col <= lastColumn;
  return {
    values: sheet.cells.values.map((row) => row.slice(0, lastColumn + 1)),
    formulas: Object.fromEntries(Object.entries(sheet.cells.formulas).filter(([a1]) => columnOf(a1) <= lastColumn)),
    numberFormat: sheet.numberFormat.filter(inSource),
    formats: Object.fromEntries(Object.entries(sheet.formats).map(([k, writes]) => [k, writes.filter(inSource)])),
    columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).filter(([c]) => Number(c) <= lastColumn)),
  };
}
