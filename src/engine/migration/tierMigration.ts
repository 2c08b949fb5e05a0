import { tierIndexByLabel } from '../model/tierIndexByLabel';
import { normalizeLabel } from '../cell/normalizeText';
import type { TierModel } from '../model/types';
import type { TieringResult } from '../run/tierClients';

/**
 * How a client's tier changed since the previous run. Tier order is the model's (index 0 is the top), so 'up' means a
 * higher tier. 'unranked': no comparison is possible (no tier now, or a previous tier that is blank or not a tier of
 * this model).
 */
export type ChangeMark = 'up' | 'down' | 'same' | 'new' | 'unranked';

export const CHANGE_MARKS: readonly ChangeMark[] = ['up', 'down', 'same', 'new', 'unranked'];

/** A "from" row of the matrix: a tier of this model, another previous label, previously untiered, or new. */
export type MatrixRowKey =
  | { readonly kind: 'tier'; readonly tier: number; readonly name: string }
  | { readonly kind: 'other'; readonly name: string }
  | { readonly kind: 'untiered' }
  | { readonly kind: 'new' };

/** A "to" column: a tier of this model, untiered now, or gone. */
export type MatrixColumnKey =
  | { readonly kind: 'tier'; readonly tier: number; readonly name: string }
  | { readonly kind: 'untiered' }
  | { readonly kind: 'gone' };

/**
 * From-tier × to-tier counts. Rows: the model's tiers, other previous labels (first seen first), "untiered" when
 * someone was, then "new". Columns: the model's tiers, "untiered" when someone is now, then "gone".
 * Every current client is counted once, and every gone id once, so total = clients now + gone.
 */
export interface MigrationMatrix {
  readonly rows: readonly MatrixRowKey[];
  readonly columns: readonly MatrixColumnKey[];
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
}

export interface MigrationCounts {
  readonly up: number;
  readonly down: number;
  readonly same: number;
  readonly new: number;
  readonly unranked: number;
  readonly gone: number;
}

export interface TierMigration {
  /** Index into CHANGE_MARKS per client of this run. */
  readonly marks: Uint8Array;
  /** Each client's previous tier label as given ('' when it had none); undefined for new clients. */
  readonly previousTiers: readonly (string | undefined)[];
  /** Ids of the previous run that this run does not have, in the previous run's order. */
  readonly gone: readonly string[];
  readonly counts: MigrationCounts;
  readonly matrix: MigrationMatrix;
}

/** Counts cells of a matrix whose rows appear as they are first met. */
class MatrixCounter {
  private readonly rowIndex = new Map<string, number>();
  private readonly rowKeys: MatrixRowKey[] = [];
  private readonly cells: number[][] = [];

  constructor(private readonly width: number) {}

  add(rowId: string, key: () => MatrixRowKey, column: number): void {
    let r = this.rowIndex.get(rowId);
    if (r === undefined) {
      r = this.rowKeys.length;
      this.rowIndex.set(rowId, r);
      this.rowKeys.push(key());
      this.cells.push(new Array<number>(this.width).fill(0));
    }
    this.cells[r][column]++;
  }

  entries(): { key: MatrixRowKey; cells: number[] }[] {
    return this.rowKeys.map((key, r) => ({ key, cells: this.cells[r] }));
  }
}

const ROW_ORDER: Readonly<Record<MatrixRowKey['kind'], number>> = { tier: 0, other: 1, untiered: 2, new: 3 };

/** Orders the rows, keeps every model tier and the new row, drops an empty untiered column, adds totals. */
function assembleMatrix(model: Pick<TierModel, 'tiers'>, counter: MatrixCounter, untieredColumn: number, goneColumn: number): MigrationMatrix {
  const found = counter.entries();
  const present = new Map(found.filter((e) => e.key.kind === 'tier').map((e) => [(e.key as { tier: number }).tier, e]));
  const width = goneColumn + 1;
  const ordered = [
    ...model.tiers.map((t, i) => present.get(i) ?? { key: { kind: 'tier', tier: i, name: t.name } as MatrixRowKey, cells: new Array<number>(width).fill(0) }),
    ...found.filter((e) => e.key.kind !== 'tier').sort((a, b) => ROW_ORDER[a.key.kind] - ROW_ORDER[b.key.kind]),
  ];
  if (!ordered.some((e) => e.key.kind === 'new')) ordered.push({ key: { kind: 'new' }, cells: new Array<number>(width).fill(0) });
  const keepUntiered = ordered.some((e) => e.cells[untieredColumn] > 0);
  const keep = (c: number): boolean => c !== untieredColumn || keepUntiered;
  const columns: MatrixColumnKey[] = [
    ...model.tiers.map((t, i): MatrixColumnKey => ({ kind: 'tier', tier: i, name: t.name })),
    ...(keepUntiered ? [{ kind: 'untiered' } as MatrixColumnKey] : []),
    { kind: 'gone' },
  ];
  const counts = ordered.map((e) => e.cells.filter((_, c) => keep(c)));
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, c) => counts.reduce((a, row) => a + row[c], 0));
  return { rows: ordered.map((e) => e.key), columns, counts, rowTotals, columnTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}

/**
 * The migration of `result` against previous tiers known per client (`previousAt(client)`: the previous label, '' when
 * the client had no tier, undefined when it is new) and the previous run's gone clients with their previous labels.
 */
export function migrateClients(result: TieringResult, previousAt: (client: number) => string | undefined, gone: readonly { readonly id: string; readonly tier: string }[]): TierMigration {
  const { model, tierIndex } = result;
  const size = result.table.size;
  const byLabel = tierIndexByLabel(model);
  const k = model.tiers.length;
  const untieredColumn = k;
  const goneColumn = k + 1;
  const counter = new MatrixCounter(k + 2);
  const marks = new Uint8Array(size);
  const previousTiers: (string | undefined)[] = new Array<string | undefined>(size);
  const tally = { up: 0, down: 0, same: 0, new: 0, unranked: 0 };
  // A run has a handful of tier labels: classify each once, not once per client (the what-if path runs per slider step).
  const rows = new Map<string, { id: string; key: () => MatrixRowKey; tier: number }>();
  const rowOf = (label: string): { id: string; key: () => MatrixRowKey; tier: number } => {
    let row = rows.get(label);
    if (!row) { row = classifyRow(label); rows.set(label, row); }
    return row;
  };
  const classifyRow = (label: string): { id: string; key: () => MatrixRowKey; tier: number } => {
    const trimmed = label.trim();
    if (trimmed === '') return { id: 'untiered', key: () => ({ kind: 'untiered' }), tier: -1 };
    const tier = byLabel.get(normalizeLabel(trimmed));
    if (tier !== undefined) return { id: `tier:${tier}`, key: () => ({ kind: 'tier', tier, name: model.tiers[tier].name }), tier };
    return { id: `other:${trimmed}`, key: () => ({ kind: 'other', name: trimmed }), tier: -1 };
  };
  for (let c = 0; c < size; c++) {
    const previous = previousAt(c);
    previousTiers[c] = previous;
    const now = tierIndex[c];
    const column = now >= 0 ? now : untieredColumn;
    let mark: ChangeMark;
    if (previous === undefined) {
      mark = 'new';
      counter.add('new', () => ({ kind: 'new' }), column);
    } else {
      const from = rowOf(previous);
      counter.add(from.id, from.key, column);
      mark = from.tier < 0 || now < 0 ? 'unranked' : now < from.tier ? 'up' : now > from.tier ? 'down' : 'same';
    }
    marks[c] = CHANGE_MARKS.indexOf(mark);
    tally[mark]++;
  }
  for (const g of gone) {
    const from = rowOf(g.tier);
    counter.add(from.id, from.key, goneColumn);
  }
  return {
    marks, previousTiers, gone: gone.map((g) => g.id),
    counts: { ...tally, gone: gone.length },
    matrix: assembleMatrix(model, counter, untieredColumn, goneColumn),
  };
}

/** The migration against a previous run's tiers by client id (e.g. read from the previous output's tier column). */
export function migrateTiers(previous: ReadonlyMap<string, string>, result: TieringResult): TierMigration {
  const ids = result.table.ids;
  const current = new Set(ids);
  const gone: { id: string; tier: string }[] = [];
  for (const [id, tier] of previous) if (!current.has(id)) gone.push({ id, tier });
  return migrateClients(result, (c) => previous.get(ids[c]), gone);
}

/** This run's tiers by client id ('' for untiered); the first row of a duplicated id wins. */
export function tiersById(result: TieringResult): Map<string, string> {
  const names = result.model.tiers.map((t) => t.name);
  const byId = new Map<string, string>();
  result.table.ids.forEach((id, c) => {
    if (!byId.has(id)) byId.set(id, result.tierIndex[c] >= 0 ? names[result.tierIndex[c]] : '');
  });
  return byId;
}
