import type { PlanSheet } from './outputPlan';
import type { PlanCell } from './planCell';
import { sheetWidth } from './sheetWidth';

type Rows = readonly (readonly PlanCell[])[];

/**
 * A block of plan rows made on demand, one client per row. Why: a strategy sheet, the follow-up plan or the snapshot
 * of a million clients held as arrays of cells is gigabytes of heap and most of the runner's garbage collection
 * (issue 15); a writer that asks for one row at a time holds a few thousand.
 */
export interface PlanRowBlock {
  readonly count: number;
  /** The widest row's length. */
  readonly width: number;
  /** 0-based columns where some row holds a line break (told from the block's sources, without building its rows). */
  readonly wrapColumns: ReadonlySet<number>;
  /** Row `n` (0-based inside the block), built afresh: a caller may keep it, nothing else does. */
  rowAt(n: number): readonly PlanCell[];
}

/** A plan sheet's rows without holding them: fixed rows on top, a block, fixed rows below. */
export interface PlanRowSource {
  readonly length: number;
  readonly width: number;
  readonly wrapColumns: ReadonlySet<number>;
  rowAt(r: number): readonly PlanCell[];
}

/** Columns holding a line break in any of `rows`, ascending. */
export function lineBreakColumns(rows: Iterable<readonly PlanCell[]>): Set<number> {
  const columns = new Set<number>();
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && !columns.has(c) && cell.includes('\n')) columns.add(c);
    }
  }
  return new Set([...columns].sort((a, b) => a - b)); // ascending, as the writers queue them
}

/** `head`, then the block's rows, then `tail`, as one source. */
export function rowsAround(head: Rows, block: PlanRowBlock, tail: Rows = []): PlanRowSource {
  const bodyEnd = head.length + block.count;
  const wrap = new Set([...lineBreakColumns(head), ...block.wrapColumns, ...lineBreakColumns(tail)]);
  return {
    length: bodyEnd + tail.length,
    width: Math.max(sheetWidth(head), block.count > 0 ? block.width : 0, sheetWidth(tail)),
    wrapColumns: new Set([...wrap].sort((a, b) => a - b)),
    rowAt: (r) => (r < head.length ? head[r] : r < bodyEnd ? block.rowAt(r - head.length) : tail[r - bodyEnd]),
  };
}

/** Whether the text at some index below `count` holds a line break: a block's wrap column told without building its rows. */
export function anyLineBreak(count: number, textAt: (n: number) => unknown): boolean {
  for (let n = 0; n < count; n++) {
    const v = textAt(n);
    if (typeof v === 'string' && v.includes('\n')) return true;
  }
  return false;
}

/** Whether some value of a text source holds a line break. */
export function holdsLineBreak(values: ArrayLike<unknown>): boolean {
  return anyLineBreak(values.length, (n) => values[n]);
}

const sources = new WeakMap<PlanSheet, PlanRowSource>();
const materialized = new WeakSet<PlanSheet>();

/**
 * A plan sheet whose rows are made on demand. `rows` is still there for whoever reads a sheet whole (tests, the task
 * pane's small sheets): it is built on first use and kept. Writers go through planRowCount/planRowAt, which never build it.
 */
export function lazyPlanSheet(sheet: Omit<PlanSheet, 'rows'>, source: PlanRowSource): PlanSheet {
  let rows: Rows | undefined;
  const lazy = { ...sheet } as PlanSheet;
  Object.defineProperty(lazy, 'rows', {
    enumerable: true,
    get: (): Rows => {
      if (!rows) {
        rows = Array.from({ length: source.length }, (_, r) => source.rowAt(r));
        materialized.add(lazy);
      }
      return rows;
    },
  });
  sources.set(lazy, source);
  return lazy;
}

/** The sheet's rows as a source: its lazy one, or its array. */
export function planRowSource(sheet: PlanSheet): PlanRowSource {
  const lazy = sources.get(sheet);
  if (lazy) return lazy;
  const { rows } = sheet;
  let wrap: Set<number> | undefined;
  return {
    length: rows.length,
    width: sheetWidth(rows),
    get wrapColumns() { wrap ??= lineBreakColumns(rows); return wrap; },
    rowAt: (r) => rows[r],
  };
}

/** Whether a lazy sheet's `rows` has been built (a writer that should stream it did not); false for ordinary sheets. */
export function rowsMaterialized(sheet: PlanSheet): boolean {
  return materialized.has(sheet);
}

/** Whether the sheet's rows are made on demand. */
export function isLazyPlanSheet(sheet: PlanSheet): boolean {
  return sources.has(sheet);
}

/** A copy of `sheet` with `change` applied, keeping its rows lazy when they are (object spread would build them). */
export function withSheetChanges(sheet: PlanSheet, change: Partial<Omit<PlanSheet, 'rows'>>, source?: PlanRowSource): PlanSheet {
  const rowSource = source ?? sources.get(sheet);
  if (!rowSource) return { ...sheet, ...change };
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(sheet)) if (key !== 'rows') meta[key] = (sheet as unknown as Record<string, unknown>)[key];
  return lazyPlanSheet({ ...(meta as Omit<PlanSheet, 'rows'>), ...change }, rowSource);
}
