import { tierClientTable, type ClientTable, type ColumnOverrides, type TierModel, type TieringResult } from '../../engine';
import type { ClientTableSource } from '../../excel/workbookGateway';
import { buildTableFromChunks, type RowChunk } from './rowChunks';
import { locateSourceLayout } from './sourceLayout';
import { recalledResult } from './tableCache';

/** Whether two models read the same columns the same way, so that a table built for one serves the other. */
export function sameTableShape(a: TierModel, b: TierModel): boolean {
  const shape = (m: TierModel): string => JSON.stringify([m.idColumn ?? null, m.factors.map((f) => [f.key, f.column, f.scale === 'category'])]);
  return shape(a) === shape(b);
}

/**
 * The saved model's tiers on the cached rows, as the what-if baseline: on the current table when it has the same
 * columns (then compareScenarios pairs clients by position), else on a table of its own (paired by client id). Right
 * after a run the saved model is the one just run, whose tiering the run left (tableCache rememberResult).
 */
export function savedModelResult(
  saved: TierModel, current: { readonly model: TierModel; readonly table: ClientTable },
  chunks: readonly RowChunk[], source: ClientTableSource, overrides: ColumnOverrides,
): TieringResult {
  if (sameTableShape(saved, current.model)) return recalledResult(current.table, saved) ?? tierClientTable(current.table, saved);
  const layout = locateSourceLayout(source, saved, overrides);
  return tierClientTable(buildTableFromChunks(chunks, layout, saved, source.sheetName, { totalsRows: source.totalsRows }), saved);
}
