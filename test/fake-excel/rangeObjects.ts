/** Fake Range, RangeFormat (font, fill) and conditional formats. */
import { MAX_COLUMNS, MAX_ROWS, Rect, cellCount, formatAddress, intersectRect, requireOnSheet } from './address';
import { CellValue, displayText, readValue, storedFromInput, valueTypeOf } from './cellValue';
import { officeError } from './errors';
import { ContextInternals, ExecEnv, FakeCollection, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { FakeDataValidation } from './dataValidationObjects';
import { FakeTableScopedCollection, ScopedTables } from './tableObjects';
import { FakeWorksheet, resolveRangeArg } from './sheetObjects';
import { ConditionalFormatModel, EditKind, RangeRef, WorkbookModel } from './workbookModel';

type Grid = unknown[][];

/** Validates a 2-D input against the range size; a non-array scalar is broadcast to every cell. */
export function inputGrid(input: unknown, rect: Rect): (r: number, c: number) => unknown {
  if (input === null || input === undefined) throw officeError('InvalidArgument', 'null is not a valid input for a range property');
  if (!Array.isArray(input)) return () => input;
  const grid = input as Grid;
  const ok = grid.length === rect.rows && grid.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    throw officeError('InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}x${rect.cols}).`);
  }
  return (r, c) => grid[r][c];
}

export function writeCells(model: WorkbookModel, ref: RangeRef, input: unknown, env: ExecEnv): void {
  model.assertEditable(ref.sheet, 'cells');
  const at = inputGrid(input, ref.rect);
  const store = ref.sheet.store;
  store.write(ref.rect, (r, c) => storedFromInput(at(r, c), store.numberFormat.at(ref.rect.row + r, ref.rect.col + c)));
  env.cellsWritten += cellCount(ref.rect);
  model.recordChange(ref.sheet, ref.rect);
}

function writeNumberFormat(model: WorkbookModel, ref: RangeRef, input: unknown, env: ExecEnv): void {
  model.assertEditable(ref.sheet, 'format');
  const at = inputGrid(input, ref.rect);
  const layer = ref.sheet.store.numberFormat;
  const norm = (v: unknown): string | null => (v === null || v === undefined ? null : v === '' ? 'General' : String(v));
  const first = norm(at(0, 0));
  let uniform = first !== null;
  for (let r = 0; r < ref.rect.rows && uniform; r++) for (let c = 0; c < ref.rect.cols && uniform; c++) uniform = norm(at(r, c)) === first;
  if (uniform && first !== null) layer.fill(ref.rect, first);
  else layer.setGrid(ref.rect, Array.from({ length: ref.rect.rows }, (_, r) => Array.from({ length: ref.rect.cols }, (__, c) => norm(at(r, c)))));
  env.cellsWritten += cellCount(ref.rect);
}

function readCells<T>(ref: RangeRef, read: (value: CellValue, formula: string | null) => T): T[][] {
  return ref.sheet.store.readGrid(ref.rect, read);
}

/** Office.js's rowHidden/columnHidden: true when all are hidden, false when none is, null when some are. */
function hiddenState(set: Set<number>, from: number, count: number): boolean | null {
  let hidden = 0;
  // Walk whichever is smaller: a whole-sheet chunk with a few hidden rows, or a short range on a heavily hidden sheet.
  if (set.size < count) {
    for (const i of set) if (i >= from && i < from + count) hidden++;
  } else {
    for (let i = from; i < from + count; i++) if (set.has(i)) hidden++;
  }
  return hidden === 0 ? false : hidden === count ? true : null;
}

function setHidden(model: WorkbookModel, ref: RangeRef, axis: 'rows' | 'columns', value: unknown): void {
  model.assertEditable(ref.sheet, axis);
  const set = axis === 'rows' ? ref.sheet.store.hiddenRows : ref.sheet.store.hiddenColumns;
  const [from, count] = axis === 'rows' ? [ref.rect.row, ref.rect.rows] : [ref.rect.col, ref.rect.cols];
  const before = new Set(set);
  model.journal.record(() => {
    set.clear();
    before.forEach((i) => set.add(i));
  });
  for (let i = from; i < from + count; i++) if (value === true) set.add(i); else set.delete(i);
}

function nonEmpty(ref: RangeRef, row: number, col: number): boolean {
  const store = ref.sheet.store;
  return store.value(row, col) !== null || store.formula(row, col) !== null;
}

/**
 * Excel's "current region": grow until bordered by empty rows and columns. Rows are added while the next one has a
 * value and columns only once the rows stop growing: the same fixed point as growing one edge at a time (growth is
 * monotone), without rescanning every row for each row added (quadratic on a 50,000-row table).
 */
function surroundingRegion(ref: RangeRef): Rect {
  const rect = { ...ref.rect };
  const anyIn = (r0: number, r1: number, c0: number, c1: number): boolean => {
    for (let r = Math.max(0, r0); r <= Math.min(MAX_ROWS - 1, r1); r++) {
      for (let c = Math.max(0, c0); c <= Math.min(MAX_COLUMNS - 1, c1); c++) if (nonEmpty(ref, r, c)) return true;
    }
    return false;
  };
  for (let grew = true; grew;) {
    grew = false;
    const [left, right] = [rect.col, rect.col + rect.cols - 1];
    while (rect.row > 0 && anyIn(rect.row - 1, rect.row - 1, left - 1, right + 1)) { rect.row--; rect.rows++; grew = true; }
    while (rect.row + rect.rows < MAX_ROWS && anyIn(rect.row + rect.rows, rect.row + rect.rows, left - 1, right + 1)) { rect.rows++; grew = true; }
    const [top, bottom] = [rect.row, rect.row + rect.rows - 1];
    if (rect.col > 0 && anyIn(top - 1, bottom + 1, rect.col - 1, rect.col - 1)) { rect.col--; rect.cols++; grew = true; }
    if (rect.col + rect.cols < MAX_COLUMNS && anyIn(top - 1, bottom + 1, rect.col + rect.cols, rect.col + rect.cols)) { rect.cols++; grew = true; }
  }
  return rect;
}

function usedWithin(ref: RangeRef): RangeRef | null {
  const used = ref.sheet.store.usedRect();
  const overlap = used ? intersectRect(used, ref.rect) : null;
  return overlap ? { sheet: ref.sheet, rect: overlap } : null;
}

function shiftKinds(ref: RangeRef, deleting: boolean, vertical: boolean): EditKind {
  const entireRows = ref.rect.col === 0 && ref.rect.cols === MAX_COLUMNS;
  const entireCols = ref.rect.row === 0 && ref.rect.rows === MAX_ROWS;
  if (vertical && entireRows) return deleting ? 'deleteRows' : 'insertRows';
  if (!vertical && entireCols) return deleting ? 'deleteColumns' : 'insertColumns';
  return 'cells';
}

function shiftRange(model: WorkbookModel, ref: RangeRef, direction: string, deleting: boolean): void {
  const vertical = direction === 'Up' || direction === 'Down';
  if (!['Up', 'Down', 'Left', 'Right'].includes(direction)) throw officeError('InvalidArgument', `shift '${direction}'`);
  model.assertEditable(ref.sheet, shiftKinds(ref, deleting, vertical));
  const axis = vertical ? 'row' : 'col';
  const size = vertical ? ref.rect.rows : ref.rect.cols;
  ref.sheet.store.shiftCells(axis, ref.rect[axis], deleting ? -size : size, ref.rect);
  model.recordChange(ref.sheet, ref.rect);
}

export const makeRange = (ctx: ContextInternals, source: Source<RangeRef>): FakeRange => new FakeRange(ctx, source);

type RangeMembers =
  | 'address' | 'addressLocal' | 'values' | 'formulas' | 'formulasLocal' | 'numberFormat' | 'text' | 'valueTypes'
  | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex' | 'cellCount' | 'rowHidden' | 'columnHidden'
  | 'isEntireColumn' | 'isEntireRow' | 'format' | 'worksheet' | 'conditionalFormats' | 'dataValidation'
  | 'load' | 'getCell' | 'getOffsetRange' | 'getResizedRange' | 'getRow' | 'getColumn' | 'getEntireColumn'
  | 'getEntireRow' | 'getLastRow' | 'getLastColumn' | 'getLastCell' | 'getSurroundingRegion' | 'getUsedRange'
  | 'getUsedRangeOrNullObject' | 'getIntersection' | 'getIntersectionOrNullObject' | 'getTables' | 'clear'
  | 'delete' | 'insert' | 'select';

export class FakeRange extends FakeObject<RangeRef> implements Pick<Excel.Range, RangeMembers> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare values: Excel.Range['values'];
  declare formulas: Excel.Range['formulas'];
  declare formulasLocal: Excel.Range['formulasLocal'];
  declare numberFormat: Excel.Range['numberFormat'];
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly cellCount: number;
  declare rowHidden: boolean;
  declare columnHidden: boolean;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare readonly format: Excel.RangeFormat;
  declare readonly worksheet: Excel.Worksheet;
  declare readonly conditionalFormats: Excel.ConditionalFormatCollection;
  declare readonly dataValidation: Excel.DataValidation;

  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'Range', source);
  }

  load(option?: LoadArg): Excel.Range {
    return this._load(option);
  }

  private derived(member: string, args: unknown[], rect: (r: Rect, env: ExecEnv) => Rect | null, orNull = false): Excel.Range {
    return this._child(makeRange, member, args, (ref, env) => {
      const next = rect(ref.rect, env);
      return next ? { sheet: ref.sheet, rect: requireOnSheet(next) } : null;
    }, orNull) as unknown as Excel.Range;
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derived('getCell', [row, column], (r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }

  getRow(row: number): Excel.Range {
    return this.derived('getRow', [row], (r) => ({ ...r, row: r.row + row, rows: 1 }));
  }

  getColumn(column: number): Excel.Range {
    return this.derived('getColumn', [column], (r) => ({ ...r, col: r.col + column, cols: 1 }));
  }

  getEntireColumn(): Excel.Range {
    return this.derived('getEntireColumn', [], (r) => ({ ...r, row: 0, rows: MAX_ROWS }));
  }

  getEntireRow(): Excel.Range {
    return this.derived('getEntireRow', [], (r) => ({ ...r, col: 0, cols: MAX_COLUMNS }));
  }

  getLastRow(): Excel.Range {
    return this.derived('getLastRow', [], (r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  getLastColumn(): Excel.Range {
    return this.derived('getLastColumn', [], (r) => ({ ...r, col: r.col + r.cols - 1, cols: 1 }));
  }

  getLastCell(): Excel.Range {
    return this.derived('getLastCell', [], (r) => ({ row: r.row + r.rows - 1, col: r.col + r.cols - 1, rows: 1, cols: 1 }));
  }

  getSurroundingRegion(): Excel.Range {
    return this._child(makeRange, 'getSurroundingRegion', [], (ref) => ({ sheet: ref.sheet, rect: surroundingRegion(ref) })) as unknown as Excel.Range;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._child(makeRange, 'getUsedRange', [valuesOnly], (ref) => usedWithin(ref)) as unknown as Excel.Range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._child(makeRange, 'getUsedRangeOrNullObject', [valuesOnly], (ref) => usedWithin(ref), true) as unknown as Excel.Range;
  }

  private intersection(member: string, other: Excel.Range | string, orNull: boolean): Excel.Range {
    return this._child(makeRange, member, [other], (ref, env) => {
      const target = resolveRangeArg(other, env, ref.sheet);
      const overlap = target.sheet === ref.sheet ? intersectRect(ref.rect, target.rect) : null;
      return overlap ? { sheet: ref.sheet, rect: overlap } : null;
    }, orNull) as unknown as Excel.Range;
  }

  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this.intersection('getIntersection', anotherRange, false);
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this.intersection('getIntersectionOrNullObject', anotherRange, true);
  }

  getTables(fullyContained?: boolean): Excel.TableScopedCollection {
    const makeScoped = (ctx: ContextInternals, source: Source<ScopedTables>): FakeTableScopedCollection => new FakeTableScopedCollection(ctx, source);
    return this._child(makeScoped, 'getTables', [fullyContained],
      (ref) => ({ ref, fullyContained: fullyContained === true })) as unknown as Excel.TableScopedCollection;
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const mode = applyTo ?? 'All';
    this._act('clear', [mode], (ref, env) => {
      const model = env.model;
      if (mode === 'All' || mode === 'Contents' || mode === 'ResetContents') {
        model.assertEditable(ref.sheet, 'cells');
        ref.sheet.store.clearContents(ref.rect);
        model.recordChange(ref.sheet, ref.rect);
      }
      if (mode === 'All' || mode === 'Formats') {
        model.assertEditable(ref.sheet, 'format');
        ref.sheet.store.numberFormat.fill(ref.rect, 'General');
        for (const layer of ref.sheet.store.formats.values()) layer.fill(ref.rect, layer.defaultValue);
      }
    });
  }

  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this._act('delete', [shift], (ref, env) => shiftRange(env.model, ref, shift, true));
  }

  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): Excel.Range {
    return this._child(makeRange, 'insert', [shift], (ref, env) => {
      shiftRange(env.model, ref, shift, false);
      return ref;
    }) as unknown as Excel.Range;
  }

  select(): void {
    this._act('select', [], (ref, env) => {
      env.model.journal.set(env.model, 'selection', ref);
      env.model.journal.set(env.model, 'activeSheet', ref.sheet);
    });
  }
}

const cells = (ref: RangeRef): number => cellCount(ref.rect);

defineMembers<RangeRef>(FakeRange, {
  address: { get: (ref) => formatAddress(ref.sheet.name, ref.rect) },
  addressLocal: { get: (ref) => formatAddress(ref.sheet.name, ref.rect) },
  values: { cells, get: (ref) => readCells(ref, (v) => readValue(v)), set: (ref, v, env) => writeCells(env.model, ref, v, env) },
  formulas: { cells, get: (ref) => readCells(ref, (v, f) => f ?? readValue(v)), set: (ref, v, env) => writeCells(env.model, ref, v, env) },
  formulasLocal: { cells, get: (ref) => readCells(ref, (v, f) => f ?? readValue(v)), set: (ref, v, env) => writeCells(env.model, ref, v, env) },
  numberFormat: {
    cells,
    get: (ref) => Array.from({ length: ref.rect.rows }, (_, r) => Array.from({ length: ref.rect.cols }, (__, c) => ref.sheet.store.numberFormat.at(ref.rect.row + r, ref.rect.col + c))),
    set: (ref, v, env) => writeNumberFormat(env.model, ref, v, env),
  },
  text: { cells, get: (ref) => readCells(ref, (v) => displayText(v)) },
  valueTypes: { cells, get: (ref) => readCells(ref, (v) => valueTypeOf(v)) },
  rowCount: { get: (ref) => ref.rect.rows },
  columnCount: { get: (ref) => ref.rect.cols },
  rowIndex: { get: (ref) => ref.rect.row },
  columnIndex: { get: (ref) => ref.rect.col },
  cellCount: { get: (ref) => cellCount(ref.rect) },
  isEntireColumn: { get: (ref) => ref.rect.row === 0 && ref.rect.rows === MAX_ROWS },
  isEntireRow: { get: (ref) => ref.rect.col === 0 && ref.rect.cols === MAX_COLUMNS },
  rowHidden: {
    get: (ref) => hiddenState(ref.sheet.store.hiddenRows, ref.rect.row, ref.rect.rows),
    set: (ref, v, env) => setHidden(env.model, ref, 'rows', v),
  },
  columnHidden: {
    get: (ref) => hiddenState(ref.sheet.store.hiddenColumns, ref.rect.col, ref.rect.cols),
    set: (ref, v, env) => setHidden(env.model, ref, 'columns', v),
  },
}, {
  format: (self) => new FakeRangeFormat(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'format', args: [] }),
  worksheet: (self) => new FakeWorksheet(self._ctx, { parent: self, resolve: (env) => self._need(env).sheet, orNull: false, label: 'worksheet', args: [] }),
  conditionalFormats: (self) => new FakeConditionalFormatCollection(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'conditionalFormats', args: [] }),
  dataValidation: (self) => new FakeDataValidation(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'dataValidation', args: [] }),
});

// ---- formats --------------------------------------------------------------------------------

const NAMED_COLORS: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
  orange: '#FFA500', gray: '#808080', grey: '#808080', purple: '#800080', lightgreen: '#90EE90', lightblue: '#ADD8E6',
};

export function normalizeColor(value: unknown): string {
  const text = String(value).trim();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw officeError('InvalidArgument', `invalid color '${text}'`);
}

function formatSpec(key: string, normalize: (v: unknown) => unknown = (v) => v) {
  return {
    get: (ref: RangeRef) => ref.sheet.store.format(key).uniform(ref.rect),
    set: (ref: RangeRef, value: unknown, env: ExecEnv) => {
      if (value === null || value === undefined) throw officeError('InvalidArgument', `null is not a valid ${key}`);
      env.model.assertEditable(ref.sheet, 'format');
      ref.sheet.store.format(key).fill(ref.rect, normalize(value));
    },
  };
}

function columnWidthOf(ref: RangeRef): number | null {
  const widths = new Set<number>();
  for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols && widths.size < 2; c++) widths.add(ref.sheet.store.columnWidths.get(c) ?? 48);
  return widths.size === 1 ? [...widths][0] : null;
}

function setColumnWidth(model: WorkbookModel, ref: RangeRef, width: (col: number) => number): void {
  model.assertEditable(ref.sheet, 'columns');
  const widths = ref.sheet.store.columnWidths;
  const before = new Map(widths);
  model.journal.record(() => {
    widths.clear();
    before.forEach((w, c) => widths.set(c, w));
  });
  for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) widths.set(c, width(c));
}

/** Display width in points for autofit: ~7px per character, CJK characters count double. */
function autofitWidth(ref: RangeRef, col: number): number {
  const used = usedWithin({ sheet: ref.sheet, rect: { ...ref.rect, col, cols: 1 } });
  let widest = 0;
  for (let r = used?.rect.row ?? 0; used && r < used.rect.row + used.rect.rows; r++) {
    const text = displayText(ref.sheet.store.value(r, col));
    let units = 0;
    for (const ch of text) units += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
    widest = Math.max(widest, units);
  }
  return widest === 0 ? 48 : Math.round((widest * 7 + 10) * 0.75 * 100) / 100;
}

export class FakeRangeFormat extends FakeObject<RangeRef>
  implements Pick<Excel.RangeFormat, 'load' | 'columnWidth' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'autofitColumns' | 'autofitRows' | 'font' | 'fill'> {
  declare columnWidth: number;
  declare horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  declare verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  declare wrapText: boolean;
  declare readonly font: Excel.RangeFont;
  declare readonly fill: Excel.RangeFill;

  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'RangeFormat', source);
  }

  load(option?: LoadArg): Excel.RangeFormat {
    return this._load(option);
  }

  autofitColumns(): void {
    this._act('autofitColumns', [], (ref, env) => setColumnWidth(env.model, ref, (c) => autofitWidth(ref, c)));
  }

  autofitRows(): void {
    this._act('autofitRows', [], (ref, env) => env.model.assertEditable(ref.sheet, 'rows'));
  }
}

defineMembers<RangeRef>(FakeRangeFormat, {
  columnWidth: {
    get: (ref) => columnWidthOf(ref),
    set: (ref, v, env) => {
      if (typeof v !== 'number' || v < 0) throw officeError('InvalidArgument', `columnWidth ${String(v)}`);
      setColumnWidth(env.model, ref, () => v);
    },
  },
  horizontalAlignment: formatSpec('horizontalAlignment'),
  verticalAlignment: formatSpec('verticalAlignment'),
  wrapText: formatSpec('wrapText', Boolean),
}, {
  font: (self) => new FakeRangeFont(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'font', args: [] }),
  fill: (self) => new FakeRangeFill(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'fill', args: [] }),
});

export class FakeRangeFont extends FakeObject<RangeRef> implements Pick<Excel.RangeFont, 'load' | 'bold' | 'italic' | 'color' | 'name' | 'size'> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare name: string;
  declare size: number;

  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'RangeFont', source);
  }

  load(option?: LoadArg): Excel.RangeFont {
    return this._load(option);
  }
}

defineMembers<RangeRef>(FakeRangeFont, {
  bold: formatSpec('font.bold', Boolean),
  italic: formatSpec('font.italic', Boolean),
  color: formatSpec('font.color', normalizeColor),
  name: formatSpec('font.name', String),
  size: formatSpec('font.size', Number),
});

export class FakeRangeFill extends FakeObject<RangeRef> implements Pick<Excel.RangeFill, 'load' | 'color' | 'clear'> {
  declare color: string;

  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'RangeFill', source);
  }

  load(option?: LoadArg): Excel.RangeFill {
    return this._load(option);
  }

  clear(): void {
    this._act('clear', [], (ref, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      ref.sheet.store.format('fill.color').fill(ref.rect, '#FFFFFF');
    });
  }
}

defineMembers<RangeRef>(FakeRangeFill, { color: formatSpec('fill.color', normalizeColor) });

// ---- conditional formats (recorded, never evaluated) ------------------------------------------

const CONDITIONAL_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

export class FakeConditionalFormatCollection extends FakeCollection<RangeRef, ConditionalFormatModel>
  implements Pick<Excel.ConditionalFormatCollection, 'load' | 'add' | 'clearAll' | 'getCount' | 'items'> {
  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'ConditionalFormatCollection', source);
  }

  get items(): Excel.ConditionalFormat[] {
    return this._read('items') as Excel.ConditionalFormat[];
  }

  load(option?: LoadArg): Excel.ConditionalFormatCollection {
    return this._load(option);
  }

  _itemEntities(ref: RangeRef, env: ExecEnv): ConditionalFormatModel[] {
    return env.model.conditionalFormats.filter((cf) => cf.sheet === ref.sheet && intersectRect(cf.rect, ref.rect));
  }

  _itemObject(entity: ConditionalFormatModel): FakeObject<ConditionalFormatModel> {
    return new FakeConditionalFormat(this._ctx, { bound: entity });
  }

  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    const make = (ctx: ContextInternals, source: Source<ConditionalFormatModel>): FakeConditionalFormat => new FakeConditionalFormat(ctx, source);
    return this._child(make, 'add', [type], (ref, env) => {
      if (!CONDITIONAL_TYPES.includes(type)) throw officeError('InvalidArgument', `conditional format type '${type}'`);
      env.model.assertEditable(ref.sheet, 'format');
      const cf: ConditionalFormatModel = { id: env.model.newId('CF'), sheet: ref.sheet, rect: { ...ref.rect }, type, settings: {} };
      env.model.journal.saveArray(env.model.conditionalFormats);
      env.model.conditionalFormats.push(cf);
      return cf;
    }) as unknown as Excel.ConditionalFormat;
  }

  clearAll(): void {
    this._act('clearAll', [], (ref, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      const list = env.model.conditionalFormats;
      env.model.journal.saveArray(list);
      const kept = list.filter((cf) => !(cf.sheet === ref.sheet && intersectRect(cf.rect, ref.rect)));
      list.length = 0;
      list.push(...kept);
    });
  }
}

export class FakeConditionalFormat extends FakeObject<ConditionalFormatModel>
  implements Pick<Excel.ConditionalFormat, 'load' | 'type' | 'id' | 'colorScale' | 'delete'> {
  declare readonly type: Excel.ConditionalFormat['type'];
  declare readonly id: string;
  declare readonly colorScale: Excel.ColorScaleConditionalFormat;

  constructor(ctx: ContextInternals, source: Source<ConditionalFormatModel>) {
    super(ctx, 'ConditionalFormat', source);
  }

  load(option?: LoadArg): Excel.ConditionalFormat {
    return this._load(option);
  }

  delete(): void {
    this._act('delete', [], (cf, env) => {
      env.model.assertEditable(cf.sheet, 'format');
      env.model.journal.saveArray(env.model.conditionalFormats);
      env.model.conditionalFormats.splice(env.model.conditionalFormats.indexOf(cf), 1);
    });
  }
}

class FakeColorScale extends FakeObject<ConditionalFormatModel> implements Pick<Excel.ColorScaleConditionalFormat, 'criteria'> {
  declare criteria: Excel.ConditionalColorScaleCriteria;

  constructor(ctx: ContextInternals, source: Source<ConditionalFormatModel>) {
    super(ctx, 'ColorScaleConditionalFormat', source);
  }
}

defineMembers<ConditionalFormatModel>(FakeColorScale, {
  criteria: {
    get: (cf) => cf.settings.criteria ?? null,
    set: (cf, value, env) => {
      env.model.assertEditable(cf.sheet, 'format');
      env.model.journal.set(cf, 'settings', { ...cf.settings, criteria: value });
    },
  },
});

defineMembers<ConditionalFormatModel>(FakeConditionalFormat, {
  type: { get: (cf) => cf.type },
  id: { get: (cf) => cf.id },
}, {
  colorScale: (self) => new FakeColorScale(self._ctx, {
    parent: self,
    resolve: (env) => {
      const cf = self._need(env);
      if (cf.type !== 'ColorScale') throw officeError('InvalidArgument', `conditional format ${cf.id} is not a ColorScale`);
      return cf;
    },
    orNull: false, label: 'colorScale', args: [],
  }),
});
