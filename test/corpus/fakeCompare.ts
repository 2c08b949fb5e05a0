/*
 * What the fake workbook shows, for the data-safety checks: the source part of the client sheet and the user's
 * other sheets before and after a write, and the whole workbook after one run and after two.
 */
import { cellAddress, parseCellReference } from '../../src/engine';
import type { FakeExcel } from '../fake-excel';

interface LayerWrite {
  readonly rect: { row: number; col: number; rows: number; cols: number };
}

interface SnapshotSheet {
  readonly name: string;
  readonly cells: { readonly values: unknown[][]; readonly formulas: Record<string, string> };
  readonly numberFormat: LayerWrite[];
  readonly formats: Record<string, LayerWrite[]>;
  readonly columnWidths: Record<string, number>;
  readonly hiddenRows: number[];
  readonly hiddenColumns: number[];
  readonly protection: unknown;
  readonly visibility: string;
}

interface Snapshot {
  readonly sheets: SnapshotSheet[];
  readonly [key: string]: unknown;
}

function snapshotOf(fake: FakeExcel): Snapshot {
  return fake.snapshot() as Snapshot;
}

const columnOf = (a1: string): number => [...(/^[A-Z]+/u.exec(a1)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The client sheet's columns 0..lastColumn as the fake stores them: values, formulas, every format write that touches
 * them (a write wholly to the right is TierBook's own column), widths, hidden rows and columns, protection.
 */
export function sourcePart(fake: FakeExcel, sheetName: string, lastColumn: number): unknown {
  const sheet = snapshotOf(fake).sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const touches = (w: LayerWrite): boolean => w.rect.col <= lastColumn;
  return {
    values: sheet.cells.values.map((row) => row.slice(0, lastColumn + 1)),
    formulas: Object.fromEntries(Object.entries(sheet.cells.formulas).filter(([a1]) => columnOf(a1) <= lastColumn)),
    numberFormat: sheet.numberFormat.filter(touches),
    formats: Object.fromEntries(Object.entries(sheet.formats).map(([k, writes]) => [k, writes.filter(touches)])),
    columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).filter(([c]) => Number(c) <= lastColumn)),
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns.filter((c) => c <= lastColumn),
    protection: sheet.protection,
    visibility: sheet.visibility,
  };
}

/** Every sheet but `except`, exactly as the fake stores it. */
export function otherSheets(fake: FakeExcel, except: string): SnapshotSheet[] {
  return snapshotOf(fake).sheets.filter((s) => s.name !== except);
}

/** The sheet the run-log marker points at. */
export function fakeLogSheet(fake: FakeExcel, key = 'log'): string | undefined {
  const marker = fake.names().find((n) => n.name === `_TierBook_sheet_${key}`);
  return marker ? parseCellReference(marker.formula.replace(/^=/u, ''))?.sheet : undefined;
}

interface LayerPaint {
  readonly rect: { row: number; col: number; rows: number; cols: number };
  readonly value?: unknown;
  readonly grid?: unknown[][];
}

/**
 * Each cell's resolved value of one format layer over rows × cols, by replaying its writes in order (the last write
 * covering a cell wins; null inside a grid write leaves the cell alone). Why resolved: the fake keeps format writes
 * as a log, and a re-run that writes the same formats again must look the same.
 */
function paint(writes: readonly LayerPaint[], rows: number, cols: number): (unknown)[][] {
  const cells: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(undefined));
  for (const w of writes) {
    const r1 = Math.min(rows, w.rect.row + w.rect.rows);
    const c1 = Math.min(cols, w.rect.col + w.rect.cols);
    for (let r = w.rect.row; r < r1; r++) {
      for (let c = w.rect.col; c < c1; c++) {
        const v = w.grid ? w.grid[r - w.rect.row][c - w.rect.col] : w.value;
        if (v !== null && v !== undefined) cells[r][c] = v;
      }
    }
  }
  return cells;
}

/** The value an attribute has where nothing was ever written (the far corner of the sheet). */
function defaultOf(fake: FakeExcel, sheet: string, key: string | undefined): unknown {
  const inspector = fake.sheet(sheet);
  return key === undefined ? inspector.numberFormatAt('XFD1048576') : inspector.formatAt('XFD1048576', key);
}

/** Resolved number formats and formats over a sheet's used area, where they differ from the default. */
function resolvedFormats(fake: FakeExcel, sheet: SnapshotSheet, into: Map<string, string>): void {
  const rows = sheet.cells.values.length;
  const cols = Math.max(0, ...sheet.cells.values.map((r) => r.length));
  const layers: [string, readonly LayerPaint[], unknown][] = [
    ['numberFormat', sheet.numberFormat as readonly LayerPaint[], defaultOf(fake, sheet.name, undefined)],
    ...Object.entries(sheet.formats).map(([key, writes]): [string, readonly LayerPaint[], unknown] => [key, writes as readonly LayerPaint[], defaultOf(fake, sheet.name, key)]),
  ];
  for (const [key, writes, fallback] of layers) {
    const cells = paint(writes, rows, cols);
    cells.forEach((row, r) => row.forEach((v, c) => {
      if (v !== undefined && v !== fallback) into.set(`${sheet.name}!${cellAddress(r, c)} ${key}`, JSON.stringify(v));
    }));
  }
}

/**
 * Everything a user can see in the fake workbook as path → JSON, the log sheet's cells apart: sheets in order with
 * their cells, formulas, resolved formats, widths, hidden rows, freeze, protection; names (order aside), tables,
 * pivots with their computed grids, charts, conditional formats.
 */
export function observableState(fake: FakeExcel): { state: Map<string, string>; logRows: unknown[][]; historyRows: unknown[][] } {
  const snapshot = snapshotOf(fake);
  const log = fakeLogSheet(fake);
  // The effect history is append-only like the log; 效果评估 sums it up by run, so both grow with every run.
  const history = fakeLogSheet(fake, 'effectHistory');
  const effect = fakeLogSheet(fake, 'effect');
  const state = new Map<string, string>();
  state.set('sheet order', JSON.stringify(snapshot.sheets.map((s) => s.name)));
  for (const sheet of snapshot.sheets) {
    const { numberFormat: _n, formats: _f, cells, ...rest } = sheet;
    void _n; void _f;
    state.set(`${sheet.name} properties`, JSON.stringify(rest));
    if (sheet.name === log || sheet.name === history || sheet.name === effect) continue;
    cells.values.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== '') state.set(`${sheet.name}!${cellAddress(r, c)}`, JSON.stringify(v)); }));
    for (const [a1, formula] of Object.entries(cells.formulas)) state.set(`${sheet.name}!${a1} formula`, formula);
    resolvedFormats(fake, sheet, state);
  }
  for (const key of Object.keys(snapshot)) {
    if (key === 'sheets') continue;
    const value = key === 'names'
      ? [...fake.names()].sort((a, b) => a.name.localeCompare(b.name))
      : snapshot[key];
    state.set(key, JSON.stringify(value));
  }
  const logSheet = snapshot.sheets.find((s) => s.name === log);
  const historySheet = snapshot.sheets.find((s) => s.name === history);
  return { state, logRows: logSheet ? logSheet.cells.values : [], historyRows: historySheet ? historySheet.cells.values : [] };
}

/** Up to 20 entries that differ between two states, readable in a failure. */
export function stateDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) out.push(`${key}: ${a.get(key) ?? '(none)'} → ${b.get(key) ?? '(none)'}`);
    if (out.length >= 20) break;
  }
  return out;
}
