/**
 * Cell storage for one sheet, column-wise: one dense array of values per column (no per-cell objects)
 * plus a sparse formula map per column. 1,048,576 rows x 12 columns is twelve plain arrays.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, columnLetters } from './address';
import { CellValue, StoredCell } from './cellValue';
import { Journal } from './journal';
import { RectLayer } from './rectLayer';

export const DEFAULT_FORMATS: Record<string, unknown> = {
  'font.bold': false,
  'font.italic': false,
  'font.color': '#000000',
  'font.name': 'Calibri',
  'font.size': 11,
  'fill.color': '#FFFFFF',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export class SheetStore {
  private columns: CellValue[][] = [];
  private formulas: Array<Map<number, string>> = [];
  readonly numberFormat: RectLayer<string>;
  readonly formats = new Map<string, RectLayer<unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();

  constructor(private readonly journal: Journal) {
    this.numberFormat = new RectLayer<string>('General', journal);
    for (const [key, value] of Object.entries(DEFAULT_FORMATS)) this.formats.set(key, new RectLayer(value, journal));
  }

  format(key: string): RectLayer<unknown> {
    const layer = this.formats.get(key);
    if (!layer) throw new Error(`fake-excel: unknown format key ${key}`);
    return layer;
  }

  value(row: number, col: number): CellValue {
    return this.columns[col]?.[row] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.formulas[col]?.get(row) ?? null;
  }

  /** Values of a rectangle as rows, mapped through `read` (used for values/formulas/text/valueTypes). */
  readGrid<T>(rect: Rect, read: (value: CellValue, formula: string | null) => T): T[][] {
    const out: T[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) {
      const row: T[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const col = rect.col + c;
        const colValues = this.columns[col];
        const formulas = this.formulas[col];
        row[c] = read(colValues?.[rect.row + r] ?? null, formulas && formulas.size > 0 ? formulas.get(rect.row + r) ?? null : null);
      }
      out[r] = row;
    }
    return out;
  }

  private column(col: number, minLength: number): CellValue[] {
    while (this.columns.length <= col) this.columns.push([]);
    const values = this.columns[col];
    while (values.length < minLength) values.push(null); // push keeps the array packed (no holes)
    return values;
  }

  /** Writes cells; `cellAt` returns null to leave a cell unchanged. Records undo information. */
  write(rect: Rect, cellAt: (r: number, c: number) => StoredCell | null): void {
    for (let c = 0; c < rect.cols; c++) {
      const col = rect.col + c;
      const values = this.column(col, 0);
      while (this.formulas.length <= col) this.formulas.push(new Map());
      const formulas = this.formulas[col];
      const oldValues = values.slice(rect.row, rect.row + rect.rows);
      const oldFormulas: Array<[number, string]> = [];
      for (let r = 0; r < rect.rows; r++) {
        const cell = cellAt(r, c);
        if (!cell) continue;
        const row = rect.row + r;
        const f = formulas.get(row);
        if (f !== undefined) oldFormulas.push([row, f]);
        if (cell.value !== null || row < values.length) this.column(col, row + 1)[row] = cell.value;
        if (cell.formula === null) formulas.delete(row);
        else formulas.set(row, cell.formula);
      }
      this.journal.record(() => {
        for (let r = 0; r < rect.rows && rect.row + r < values.length; r++) values[rect.row + r] = oldValues[r] ?? null;
        for (let r = rect.row; r < rect.row + rect.rows; r++) formulas.delete(r);
        for (const [row, f] of oldFormulas) formulas.set(row, f);
      });
    }
  }

  clearContents(rect: Rect): void {
    this.write(rect, () => ({ value: null, formula: null }));
  }

  /** Bounding box of non-empty cells (values and formulas), or null when the sheet is blank. */
  usedRect(): Rect | null {
    let minRow = Infinity;
    let maxRow = -1;
    let minCol = Infinity;
    let maxCol = -1;
    this.columns.forEach((values, col) => {
      const formulas = this.formulas[col];
      let first = values.findIndex((v) => v !== null);
      let last = -1;
      for (let r = values.length - 1; r >= 0; r--) if (values[r] !== null) { last = r; break; }
      for (const row of formulas?.keys() ?? []) {
        first = first < 0 ? row : Math.min(first, row);
        last = Math.max(last, row);
      }
      if (last < 0) return;
      minRow = Math.min(minRow, first);
      maxRow = Math.max(maxRow, last);
      minCol = Math.min(minCol, col);
      maxCol = Math.max(maxCol, col);
    });
    return maxRow < 0 ? null : { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
  }

  /** Shifts cells inside `band` (columns for vertical moves, rows for horizontal ones) by `delta` from `from`. */
  shiftCells(axis: 'row' | 'col', from: number, delta: number, band: Rect): void {
    this.numberFormat.shift(axis, from, delta, band);
    for (const layer of this.formats.values()) layer.shift(axis, from, delta, band);
    const used = this.usedRect();
    const limit = axis === 'row' ? MAX_ROWS : MAX_COLUMNS;
    const end = used ? (axis === 'row' ? used.row + used.rows : used.col + used.cols) : from;
    if (!used || (end <= from && delta > 0)) return;
    // Only the used part of the band can hold cells: clamp the cross axis to it.
    const [crossStart, crossSize, usedStart, usedSize] = axis === 'row'
      ? [band.col, band.cols, used.col, used.cols] : [band.row, band.rows, used.row, used.rows];
    const lo = Math.max(crossStart, usedStart);
    const hi = Math.min(crossStart + crossSize, usedStart + usedSize);
    if (hi <= lo) return;
    const span = Math.max(end, from - delta) - from;
    const moving: Rect = axis === 'row'
      ? { row: from, col: lo, rows: span, cols: hi - lo }
      : { row: lo, col: from, rows: hi - lo, cols: span };
    const before = this.readGrid(moving, (value, formula) => ({ value, formula }));
    this.clearContents(moving);
    const targetStart = from + (delta > 0 ? delta : 0);
    const sourceStart = delta > 0 ? 0 : -delta;
    const count = Math.min(span - sourceStart, limit - targetStart);
    if (count <= 0) return;
    const target: Rect = axis === 'row'
      ? { row: targetStart, col: lo, rows: count, cols: hi - lo }
      : { row: lo, col: targetStart, rows: hi - lo, cols: count };
    this.write(target, (r, c) => (axis === 'row' ? before[r + sourceStart][c] : before[r][c + sourceStart]));
  }

  snapshotCells(): { values: CellValue[][]; formulas: Record<string, string> } {
    const used = this.usedRect();
    const formulas: Record<string, string> = {};
    this.formulas.forEach((map, col) => map.forEach((f, row) => { formulas[`${columnLetters(col)}${row + 1}`] = f; }));
    return { values: used ? this.readGrid({ row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }, (v) => v) : [], formulas };
  }
}
