import type ExcelJS from 'exceljs';

/** What ExcelJS keeps of a table part after loading: its range and whether it has a totals row. */
interface LoadedTable {
  readonly table?: { readonly tableRef?: unknown; readonly ref?: unknown; readonly totalsRow?: unknown };
}

/** The last row number of an A1 range ("A2:F13" → 13). */
function lastRowOf(ref: string): number | undefined {
  const m = /(\d+)$/u.exec(ref.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The worksheet rows that the sheet's Excel tables declare as their totals row (the table part's totalsRowCount,
 * which ExcelJS exposes as `totalsRow`): the engine excludes them whatever they hold.
 * Why read ExcelJS's loaded model: it is the only place the in-memory path sees the table parts.
 */
export function tableTotalsRows(sheet: ExcelJS.Worksheet): number[] {
  const tables = (sheet as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
  const rows: number[] = [];
  for (const loaded of Object.values(tables)) {
    const table = loaded.table;
    if (!table || table.totalsRow !== true) continue;
    const ref = typeof table.tableRef === 'string' ? table.tableRef : typeof table.ref === 'string' ? table.ref : undefined;
    const last = ref === undefined ? undefined : lastRowOf(ref);
    if (last !== undefined) rows.push(last);
  }
  return rows;
}
