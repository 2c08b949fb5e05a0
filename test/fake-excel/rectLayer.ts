/**
 * A per-cell attribute (number format, bold, fill colour...) stored as an ordered list of rectangle
 * writes instead of per-cell objects: the last write covering a cell wins. Cheap for the common case of
 * formatting whole columns or header rows of a 1,048,576-row sheet.
 */
import { Rect, containsRect, intersectRect } from './address';
import { Journal } from './journal';

interface LayerWrite<T> {
  rect: Rect;
  value?: T;
  grid?: Array<Array<T | null>>; // null = leave this cell unchanged
}

export class RectLayer<T> {
  private writes: Array<LayerWrite<T>> = [];

  constructor(readonly defaultValue: T, private readonly journal: Journal) {}

  private save(): void {
    const previous = this.writes;
    this.journal.record(() => {
      this.writes = previous;
    });
    this.writes = previous.slice();
  }

  fill(rect: Rect, value: T): void {
    this.save();
    this.writes = this.writes.filter((w) => !containsRect(rect, w.rect));
    this.writes.push({ rect: { ...rect }, value });
  }

  setGrid(rect: Rect, grid: Array<Array<T | null>>): void {
    this.save();
    this.writes.push({ rect: { ...rect }, grid: grid.map((row) => row.slice()) });
  }

  at(row: number, col: number): T {
    for (let i = this.writes.length - 1; i >= 0; i--) {
      const w = this.writes[i];
      const r = row - w.rect.row;
      const c = col - w.rect.col;
      if (r < 0 || c < 0 || r >= w.rect.rows || c >= w.rect.cols) continue;
      if (!w.grid) return w.value as T;
      const v = w.grid[r][c];
      if (v !== null && v !== undefined) return v;
    }
    return this.defaultValue;
  }

  /** The common value over rect, or null when cells differ (Office returns null for mixed formats). */
  uniform(rect: Rect): T | null {
    const touching = this.writes.filter((w) => intersectRect(w.rect, rect));
    if (touching.length === 0) return this.defaultValue;
    const last = touching[touching.length - 1];
    if (!last.grid && containsRect(last.rect, rect)) return last.value as T;
    const first = this.at(rect.row, rect.col);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (this.at(r, c) !== first) return null;
    }
    return first;
  }

  /** Moves writes lying entirely at/after `from` along one axis (insert > 0, delete < 0). */
  shift(axis: 'row' | 'col', from: number, delta: number, band: Rect): void {
    this.save();
    const span = axis === 'row' ? 'rows' : 'cols';
    this.writes = this.writes
      .filter((w) => !(delta < 0 && w.rect[axis] >= from && w.rect[axis] + w.rect[span] <= from - delta))
      .map((w) => (w.rect[axis] >= from && containsRect(band, { ...w.rect, [axis]: band[axis], [span]: 1 })
        ? { ...w, rect: { ...w.rect, [axis]: w.rect[axis] + delta } }
        : w));
  }

  snapshot(): Array<LayerWrite<T>> {
    return this.writes.map((w) => ({ rect: { ...w.rect }, value: w.value, grid: w.grid?.map((row) => row.slice()) }));
  }
}
