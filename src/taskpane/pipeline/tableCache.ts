/*
 * The client table and its factor scores, built while the rows are read (one chunk per task, see paneActions
 * readTable) and picked up by useTiering instead of rebuilding them in one long render: reading 50,000 clients then
 * never blocks the pane for long (issue 10). Keyed by the chunks array (one per read) and by exactly the model parts
 * each depends on, so a mapping or scale change after the read rebuilds as before.
 */
import { canonicalJson, canonicalModel, type ClientTable, type ColumnOverrides, type TierModel, type TieringResult } from '../../engine';
import type { RowChunk } from './rowChunks';

export const layoutKeyOf = (m: TierModel): string => JSON.stringify([m.idColumn ?? null, m.factors.map((f) => [f.key, f.column])]);
export const tableKeyOf = (m: TierModel): string => JSON.stringify(m.factors.map((f) => f.scale === 'category'));
export const scoringKeyOf = (m: TierModel): string => JSON.stringify(m.factors.map((f) => [f.scale, f.direction ?? 'higher', f.categories ?? null]));

/** What a table built from these rows depends on besides the rows. */
export function tableCacheKey(model: TierModel, overrides: ColumnOverrides, sheetName: string): string {
  return JSON.stringify([layoutKeyOf(model), tableKeyOf(model), overrides, sheetName]);
}

const tables = new WeakMap<readonly RowChunk[], { readonly key: string; readonly table: ClientTable }>();
const scores = new WeakMap<ClientTable, { readonly key: string; readonly base: TieringResult }>();
const results = new WeakMap<ClientTable, { readonly key: string; readonly result: TieringResult }>();

export function rememberTable(chunks: readonly RowChunk[], key: string, table: ClientTable): void {
  tables.set(chunks, { key, table });
}

export function rememberBase(table: ClientTable, model: TierModel, base: TieringResult): void {
  scores.set(table, { key: scoringKeyOf(model), base });
}

export function recalledTable(chunks: readonly RowChunk[], key: string): ClientTable | undefined {
  const entry = tables.get(chunks);
  return entry?.key === key ? entry.table : undefined;
}

/** The factor scores computed for this table under the model's scales, if they were. */
export function recalledBase(table: ClientTable, model: TierModel): TieringResult | undefined {
  const entry = scores.get(table);
  return entry?.key === scoringKeyOf(model) ? entry.base : undefined;
}

/**
 * The full tiering of this table under a model, as the last run (or the Run step's preview) computed it. After a run
 * the saved model is the model just run, and the what-if baseline (savedModelResult) takes this instead of tiering
 * 50,000 clients again in one render. Keyed by the model's canonical JSON (defaults filled in, keys sorted: what the
 * run log's model hash covers), which a model read back from its sheet shares. Not the hash itself: SHA-256 would then
 * ship in the pane's first chunk.
 */
const resultKeyOf = (model: TierModel): string => canonicalJson(canonicalModel(model));

export function rememberResult(table: ClientTable, model: TierModel, result: TieringResult): void {
  results.set(table, { key: resultKeyOf(model), result });
}

export function recalledResult(table: ClientTable, model: TierModel): TieringResult | undefined {
  const entry = results.get(table);
  return entry?.key === resultKeyOf(model) ? entry.result : undefined;
}
