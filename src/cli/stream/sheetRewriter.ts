import { filledFromMaster, isFormulaCell, type PlanCell, type PlanColumn } from '../../engine';
import { CellXmlBuilder, cellRef, planCellXml, sharedCopyXml, type SharedFormulaRole } from './planCellXml';
import { isCleared, type ClearedColumns } from './rowValues';
import type { SharedStringTable } from './sharedStringTable';
import { cellTagAttributes, cellsOf, columnNumberOf, rowNumberOf, rowNumberOfRef, rowStartTag } from './sheetRow';
import type { SheetXmlHandler } from './sheetXmlSplitter';
import { attributeOf, findElement, findElements, prefixOf, withAttribute, withoutAttribute } from './xmlText';

/** The plan's columns as the client sheet gets them: where, with which cell formats and widths. */
export interface ColumnInsert {
  readonly headerRow: number;
  /** 1-based column of the first plan column. */
  readonly firstColumn: number;
  readonly columns: readonly PlanColumn[];
  readonly headerStyle: number;
  /** Per plan column: the xf of its body cells (a number format), if any. */
  readonly cellStyles: readonly (number | undefined)[];
  /** The first `si` free for shared formulas: one above the largest the sheet already uses (0 when none). */
  readonly firstSharedIndex: number;
}

/** A filled column's current shared formula: its master's text, row and index, and whether any copy used it yet. */
interface SharedMaster {
  /** Whether a formula at a row is the master filled down to it (filledFromMaster). */
  readonly fills: (formula: string, row: number) => boolean;
  readonly si: number;
  copies: number;
  /** The master is a cell the column vouches for (PlanColumn.isFilledAt): so is every copy it tells apart unbuilt. */
  readonly vouched: boolean;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 10_000;

/**
 * Rewrites one worksheet part as it streams: every row copied as it is, except that an earlier run's columns are
 * dropped and the plan's columns are merged into the rows in column order (rows the sheet lacks are created).
 * Everything outside `<sheetData>` is copied unchanged apart from `<dimension>` and `<cols>`. Output collects in
 * `output`, which the caller drains after each chunk.
 */
export class SheetRewriter implements SheetXmlHandler {
  readonly output: string[] = [];
  private readonly cellColumns: number[] = [];
  private readonly cellXml: string[] = [];
  private prefix = '';
  private previous = 0;
  /** The next worksheet row whose plan cells have not been written yet. */
  private nextPlanRow: number;
  private readonly lastPlanRow: number;
  /** The first row from which some cleared column applies. */
  private readonly clearFrom: number;
  /** Per plan column marked `filled`: the shared formula its body cells join. */
  private readonly masters: (SharedMaster | undefined)[] = [];
  private nextSharedIndex: number;
  private cellsBuilder: CellXmlBuilder | undefined;

  constructor(
    private readonly cleared: ClearedColumns,
    private readonly insert: ColumnInsert | undefined,
    private readonly strings: SharedStringTable,
    private readonly progress: (done: number, total: number) => void = () => undefined,
  ) {
    this.nextPlanRow = insert?.headerRow ?? Number.MAX_SAFE_INTEGER;
    this.lastPlanRow = insert ? insert.headerRow + Math.max(0, ...insert.columns.map((c) => c.length)) : 0;
    this.clearFrom = Math.min(Number.MAX_SAFE_INTEGER, ...cleared.values());
    this.nextSharedIndex = insert?.firstSharedIndex ?? 0;
  }

  /** Text and number cells of the plan's columns (the prefix is known once the head is read). */
  private get cells(): CellXmlBuilder {
    this.cellsBuilder ??= new CellXmlBuilder(this.strings, this.prefix);
    return this.cellsBuilder;
  }

  /** The output collected since the last call, in order (the pieces as they are: the zip writer encodes each). */
  drain(): string[] {
    return this.output.splice(0, this.output.length);
  }

  head(xml: string, prefix: string): void {
    this.prefix = prefix;
    this.output.push(this.insert ? withColumnWidths(withDimension(xml, this.insert, this.lastPlanRow), this.insert, prefix) : xml);
  }

  between(xml: string): void {
    this.output.push(xml);
  }

  row(xml: string): void {
    const r = rowNumberOf(xml, this.previous + 1);
    this.previous = r;
    this.writePlanRowsBefore(r);
    const count = this.planCells(r);
    const clearing = r >= this.clearFrom;
    this.output.push(count === 0 && !clearing ? xml : this.mergedRow(xml, r, count));
  }

  endRows(): void {
    this.writePlanRowsBefore(this.lastPlanRow + 1);
    if (this.insert) this.progress(this.lastPlanRow - this.insert.headerRow, this.lastPlanRow - this.insert.headerRow);
  }

  tail(xml: string): void {
    this.output.push(xml);
  }

  /**
   * The plan's cells for worksheet row `r`, in column order (empty cells left out), into `cellColumns` and
   * `cellXml`; returns how many. Why two reused arrays and not an object per cell: this runs for every row of
   * the client sheet, and per-cell objects were garbage by the million.
   */
  private planCells(r: number): number {
    const insert = this.insert;
    if (!insert || r < insert.headerRow || r > this.lastPlanRow) return 0;
    if (r >= this.nextPlanRow) this.nextPlanRow = r + 1;
    const offset = r - insert.headerRow;
    const { columns, firstColumn } = insert;
    const rowText = String(r);
    let count = 0;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const at = firstColumn + i;
      let xml = '';
      if (offset === 0) xml = planCellXml(at, r, column.header, insert.headerStyle, this.strings, this.prefix);
      else if (offset <= column.length) {
        const master = this.masters[i];
        if (master?.vouched && column.resultAt && column.isFilledAt?.(offset - 1)) {
          master.copies++;
          xml = sharedCopyXml(at, r, column.resultAt(offset - 1), insert.cellStyles[i], this.prefix, master.si);
        } else {
          const cell = column.cellAt(offset - 1);
          xml = isFormulaCell(cell) ? planCellXml(at, r, cell, insert.cellStyles[i], this.strings, this.prefix, column.filled ? this.sharedRole(i, at, r, cell, offset - 1) : undefined)
            : this.cells.cell(at, r, rowText, cell, insert.cellStyles[i]);
        }
      }
      if (xml) {
        this.cellColumns[count] = at;
        this.cellXml[count] = xml;
        count++;
      }
    }
    if (offset > 0 && offset % PROGRESS_EVERY === 0) this.progress(offset, this.lastPlanRow - insert.headerRow);
    return count;
  }

  /**
   * How a filled column's formula cell at row `r` is spelled: a copy of the column's shared formula when it is the
   * master filled down (filledFromMaster), else written whole. The first formula cell becomes the master, its range
   * reaching the column's last row; a master no copy has followed yet is given up for the next formula cell, so an
   * odd first row (an inlined value) does not stop the rest from sharing.
   */
  private sharedRole(i: number, column: number, r: number, cell: PlanCell, offset: number): SharedFormulaRole | undefined {
    if (!isFormulaCell(cell)) return undefined;
    const master = this.masters[i];
    if (master && master.fills(cell.formula, r)) {
      master.copies++;
      return { si: master.si };
    }
    if (master && master.copies > 0) return undefined;
    const si = this.nextSharedIndex++;
    const planColumn = this.insert?.columns[i];
    this.masters[i] = { fills: filledFromMaster(cell.formula, r), si, copies: 0, vouched: planColumn?.isFilledAt?.(offset) === true };
    const last = this.insert ? this.insert.headerRow + this.insert.columns[i].length : r;
    return { si, ref: `${cellRef(column, r)}:${cellRef(column, Math.max(r, last))}` };
  }

  /** The first `count` plan cells, as one string. */
  private planCellsText(count: number): string {
    let xml = '';
    for (let k = 0; k < count; k++) xml += this.cellXml[k];
    return xml;
  }

  /** Plan rows the sheet has no `<row>` for, created in order before row `r`. */
  private writePlanRowsBefore(r: number): void {
    const p = this.prefix;
    for (let n = this.nextPlanRow; n < r && n <= this.lastPlanRow; n = this.nextPlanRow) {
      const count = this.planCells(n);
      if (count > 0) this.output.push(`<${p}row r="${n}">${this.planCellsText(count)}</${p}row>`);
    }
  }

  /** Row `r` with cleared columns dropped and `ours` merged in by column; a cell of ours replaces an empty one. */
  private mergedRow(xml: string, r: number, count: number): string {
    if (r < this.clearFrom) {
      const appended = appendedAfterLastCell(xml, this.cellColumns[0], () => this.planCellsText(count), this.prefix);
      if (appended !== undefined) return appended;
    }
    const ours = Array.from({ length: count }, (_, k) => ({ column: this.cellColumns[k], xml: this.cellXml[k] }));
    const p = this.prefix;
    const startTag = rowStartTag(xml);
    const selfClosing = startTag.endsWith('/>');
    const cells = selfClosing ? [] : cellsOf(xml, p);
    const taken = new Set(ours.map((c) => c.column));
    const kept = cells.filter((c) => !taken.has(c.column) && !isCleared(this.cleared, c.column, r)).map((c) => ({ column: c.column, xml: xml.slice(c.start, c.end) }));
    const merged = [...kept, ...ours].sort((a, b) => a.column - b.column);
    const open = ours.length > 0 ? withoutSpans(startTag) : startTag;
    const body = merged.map((c) => c.xml).join('');
    if (selfClosing) return body ? `${open.slice(0, -2).replace(/\s+$/u, '')}>${body}</${p}row>` : open;
    const afterCells = cells.length > 0 ? cells[cells.length - 1].end : startTag.length;
    return `${open}${body}${xml.slice(afterCells)}`;
  }
}

/** `spans` is only a hint for readers; a stale one is worse than none. */
function withoutSpans(startTag: string): string {
  const at = startTag.indexOf(' spans="');
  if (at < 0) return startTag.includes('spans') ? withoutAttribute(startTag, 'spans') : startTag;
  return startTag.slice(0, at) + startTag.slice(startTag.indexOf('"', at + 8) + 1);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * The common case without parsing every cell: the row's last cell lies left of all of ours, so ours go right
 * after it. undefined when that cannot be told cheaply (no `r` on the last cell, a self-closing row, odd spacing).
 */
function appendedAfterLastCell(xml: string, firstOurs: number, ours: () => string, prefix: string): string | undefined {
  const startTagEnd = xml.indexOf('>') + 1;
  if (xml.charCodeAt(startTagEnd - 2) === 47) return undefined;
  const open = `<${prefix}c `;
  const last = xml.lastIndexOf(open);
  if (last < startTagEnd) return undefined;
  const tagEnd = xml.indexOf('>', last);
  const ref = cellTagAttributes(xml.slice(last, tagEnd + 1)).ref;
  if (ref === undefined || columnNumberOf(ref) >= firstOurs) return undefined;
  const close = `</${prefix}c>`;
  const cellEnd = xml.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : xml.indexOf(close, tagEnd) + close.length;
  const later = xml.indexOf(`<${prefix}c`, cellEnd);
  if (cellEnd < close.length || (later >= 0 && isNameEnd(xml.charCodeAt(later + prefix.length + 2)))) return undefined;
  return withoutSpans(xml.slice(0, startTagEnd)) + xml.slice(startTagEnd, cellEnd) + ours() + xml.slice(cellEnd);
}

/** `<dimension ref>` widened to take in the plan's columns and rows. */
function withDimension(head: string, insert: ColumnInsert, lastPlanRow: number): string {
  const dimension = findElement(head, 'dimension');
  const ref = dimension ? attributeOf(dimension.startTag, 'ref') : undefined;
  if (!dimension || !ref) return head;
  const [first, last = first] = ref.split(':');
  const lastColumn = Math.max(columnNumberOf(last), insert.firstColumn + insert.columns.length - 1);
  const lastRow = Math.max(rowNumberOfRef(last), lastPlanRow);
  const updated = withAttribute(dimension.startTag, 'ref', `${first}:${cellRef(lastColumn, lastRow)}`);
  return head.slice(0, dimension.start) + updated + head.slice(dimension.start + dimension.startTag.length);
}

/** `<col>` widths for plan columns that have one, where no existing `<col>` already covers the column. */
function withColumnWidths(head: string, insert: ColumnInsert, prefix: string): string {
  const wanted = insert.columns.map((c, i) => ({ column: insert.firstColumn + i, width: c.width })).filter((c) => c.width !== undefined);
  if (wanted.length === 0) return head;
  const cols = findElement(head, 'cols');
  const existing = cols?.inner ? findElements(cols.inner, 'col').map((c) => ({ min: Number(attributeOf(c.startTag, 'min')), max: Number(attributeOf(c.startTag, 'max')), xml: c.xml })) : [];
  // A new <cols> is a child of the root, so it takes the root's prefix (declared on the root itself).
  const p = cols ? prefixOf(cols) : /<((?:[A-Za-z_][\w.-]*:)?)worksheet(?=[\s/>])/u.exec(head)?.[1] ?? prefix;
  const added = wanted.filter((w) => !existing.some((e) => w.column >= e.min && w.column <= e.max))
    .map((w) => ({ min: w.column, max: w.column, xml: `<${p}col min="${w.column}" max="${w.column}" width="${w.width}" customWidth="1"/>` }));
  if (added.length === 0) return head;
  const all = [...existing, ...added].sort((a, b) => a.min - b.min).map((c) => c.xml).join('');
  if (cols) return `${head.slice(0, cols.start)}<${p}cols>${all}</${p}cols>${head.slice(cols.end)}`;
  const sheetData = head.lastIndexOf(`<${prefix}sheetData`);
  return `${head.slice(0, sheetData)}<${p}cols>${all}</${p}cols>${head.slice(sheetData)}`;
}
