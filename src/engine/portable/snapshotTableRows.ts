import type { PlanRowSource } from '../plan/planRows';
import { lineBreakColumns } from '../plan/planRows';
import type { PlanCell } from '../plan/planCell';
import type { SnapshotTableColumn } from './portableOutput';

/**
 * The model sheet's rows with the snapshot tables laid over them, made a row at a time: row r is the model row (or
 * nothing), widened with nulls to the rightmost table that reaches it. Why: a percentile table has a row per distinct
 * value, a million on a full sheet, which held as cells was hundreds of megabytes (issue 15).
 */
export function snapshotTableRows(modelRows: readonly (readonly PlanCell[])[], tables: readonly SnapshotTableColumn[]): PlanRowSource {
  let length = modelRows.length;
  let width = 0;
  for (const row of modelRows) width = Math.max(width, row.length);
  for (const t of tables) {
    if (t.values.length === 0) continue;
    length = Math.max(length, t.firstRow + t.values.length);
    width = Math.max(width, t.column + 1);
  }
  return {
    length,
    width,
    wrapColumns: lineBreakColumns(modelRows), // the tables hold numbers only
    rowAt: (r) => {
      const base = r < modelRows.length ? modelRows[r] : [];
      let rowWidth = base.length;
      for (const t of tables) if (r >= t.firstRow && r < t.firstRow + t.values.length) rowWidth = Math.max(rowWidth, t.column + 1);
      if (rowWidth === base.length) return base;
      const row = new Array<PlanCell>(rowWidth).fill(null);
      for (let c = 0; c < base.length; c++) row[c] = base[c];
      for (const t of tables) if (r >= t.firstRow && r < t.firstRow + t.values.length) row[t.column] = t.values[r - t.firstRow];
      return row;
    },
  };
}
