/** Fake TableCollection, TableScopedCollection, Table, columns and rows. Column names live in the header cells. */
import { Rect, containsRect, intersectRect } from './address';
import { displayText } from './cellValue';
import { officeError } from './errors';
import { ContextInternals, ExecEnv, FakeCollection, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { inputGrid, makeRange, writeCells } from './rangeObjects';
import { FakeWorksheet, resolveRangeArg } from './sheetObjects';
import { RangeRef, SheetModel, TableModel, WorkbookModel, sameName } from './workbookModel';

export interface TableScope {
  sheet: SheetModel | null;
}

interface ColumnRef {
  table: TableModel;
  index: number;
}

interface RowRef {
  table: TableModel;
  index: number;
}

export function tableHeaders(table: TableModel): string[] {
  return Array.from({ length: table.rect.cols }, (_, c) => displayText(table.sheet.store.value(table.rect.row, table.rect.col + c)));
}

/** Excel replaces blank or duplicate header names by generated unique ones. */
function uniqueHeaders(raw: string[]): string[] {
  const out: string[] = [];
  raw.forEach((name, i) => {
    const base = name === '' ? `Column${i + 1}` : name;
    let candidate = base;
    for (let n = 2; out.some((h) => sameName(h, candidate)); n++) candidate = `${base}${n}`;
    out.push(candidate);
  });
  return out;
}

function writeHeaders(table: TableModel, headers: string[]): void {
  table.sheet.store.write({ ...table.rect, rows: 1 }, (_, c) => ({ value: headers[c], formula: null }));
}

const headerRect = (t: TableModel): Rect => ({ ...t.rect, rows: 1 });
const bodyRect = (t: TableModel): Rect => ({ ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 });

function addTable(model: WorkbookModel, scope: TableScope, address: unknown, hasHeaders: boolean, env: ExecEnv): TableModel {
  const target = resolveRangeArg(address, env, scope.sheet ?? model.activeSheet);
  if (scope.sheet && target.sheet !== scope.sheet) throw officeError('InvalidArgument', 'the table address is on another worksheet');
  model.assertEditable(target.sheet, 'cells');
  const rect = { ...target.rect };
  if (model.tableOverlapping(target.sheet, rect)) throw officeError('InvalidOperation', 'a table cannot overlap another table');
  if (!hasHeaders) {
    target.sheet.store.shiftCells('row', rect.row, 1, rect); // Excel shifts the data down to make room for headers
    rect.rows += 1;
  } else if (rect.rows === 1) rect.rows = 2;
  const table: TableModel = {
    id: model.newId('TABLE'), name: model.nextObjectName('Table', [...model.tables, ...model.names]), sheet: target.sheet, rect, style: 'TableStyleMedium2',
  };
  const raw = hasHeaders ? tableHeaders(table) : tableHeaders(table).map(() => '');
  writeHeaders(table, uniqueHeaders(raw));
  model.recordChange(target.sheet, rect);
  model.journal.saveArray(model.tables);
  model.tables.push(table);
  return table;
}

const makeTable = (ctx: ContextInternals, source: Source<TableModel>): FakeTable => new FakeTable(ctx, source);

export class FakeTableCollection extends FakeCollection<TableScope, TableModel>
  implements Pick<Excel.TableCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getItemAt' | 'getCount'> {
  constructor(ctx: ContextInternals, source: Source<TableScope>) {
    super(ctx, 'TableCollection', source);
  }

  get items(): Excel.Table[] {
    return this._read('items') as Excel.Table[];
  }

  load(option?: LoadArg): Excel.TableCollection {
    return this._load(option);
  }

  _itemEntities(scope: TableScope, env: ExecEnv): TableModel[] {
    return env.model.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
  }

  _itemObject(table: TableModel): FakeObject<TableModel> {
    return makeTable(this._ctx, { bound: table });
  }

  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    return this._child(makeTable, 'add', [address, hasHeaders], (scope, env) => addTable(env.model, scope, address, hasHeaders, env)) as unknown as Excel.Table;
  }

  private find(scope: TableScope, env: ExecEnv, key: string): TableModel | null {
    return this._itemEntities(scope, env).find((t) => sameName(t.name, key) || t.id === key) ?? null;
  }

  getItem(key: string): Excel.Table {
    return this._child(makeTable, 'getItem', [key], (scope, env) => this.find(scope, env, key)) as unknown as Excel.Table;
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this._child(makeTable, 'getItemOrNullObject', [key], (scope, env) => this.find(scope, env, key), true) as unknown as Excel.Table;
  }

  getItemAt(index: number): Excel.Table {
    return this._child(makeTable, 'getItemAt', [index], (scope, env) => this._itemEntities(scope, env)[index] ?? null) as unknown as Excel.Table;
  }
}

export interface ScopedTables {
  ref: RangeRef;
  fullyContained: boolean;
}

export class FakeTableScopedCollection extends FakeCollection<ScopedTables, TableModel>
  implements Pick<Excel.TableScopedCollection, 'load' | 'items' | 'getCount' | 'getFirst' | 'getItem' | 'getItemOrNullObject'> {
  constructor(ctx: ContextInternals, source: Source<ScopedTables>) {
    super(ctx, 'TableScopedCollection', source);
  }

  get items(): Excel.Table[] {
    return this._read('items') as Excel.Table[];
  }

  load(option?: LoadArg): Excel.TableScopedCollection {
    return this._load(option);
  }

  _itemEntities(scope: ScopedTables, env: ExecEnv): TableModel[] {
    return env.model.tables.filter((t) => t.sheet === scope.ref.sheet &&
      (scope.fullyContained ? containsRect(scope.ref.rect, t.rect) : intersectRect(scope.ref.rect, t.rect) !== null));
  }

  _itemObject(table: TableModel): FakeObject<TableModel> {
    return makeTable(this._ctx, { bound: table });
  }

  getFirst(): Excel.Table {
    return this._child(makeTable, 'getFirst', [], (scope, env) => this._itemEntities(scope, env)[0] ?? null) as unknown as Excel.Table;
  }

  getItem(key: string): Excel.Table {
    return this._child(makeTable, 'getItem', [key], (scope, env) => this._itemEntities(scope, env).find((t) => sameName(t.name, key)) ?? null) as unknown as Excel.Table;
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this._child(makeTable, 'getItemOrNullObject', [key], (scope, env) => this._itemEntities(scope, env).find((t) => sameName(t.name, key)) ?? null, true) as unknown as Excel.Table;
  }
}

export class FakeTable extends FakeObject<TableModel>
  implements Pick<Excel.Table, 'load' | 'name' | 'id' | 'style' | 'showHeaders' | 'showTotals' | 'columns' | 'rows' | 'worksheet' | 'getRange' | 'getHeaderRowRange' | 'getDataBodyRange' | 'delete' | 'convertToRange'> {
  declare name: string;
  declare readonly id: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare readonly columns: Excel.TableColumnCollection;
  declare readonly rows: Excel.TableRowCollection;
  declare readonly worksheet: Excel.Worksheet;

  constructor(ctx: ContextInternals, source: Source<TableModel>) {
    super(ctx, 'Table', source);
  }

  load(option?: LoadArg): Excel.Table {
    return this._load(option);
  }

  getRange(): Excel.Range {
    return this._child(makeRange, 'getRange', [], (t) => ({ sheet: t.sheet, rect: { ...t.rect } })) as unknown as Excel.Range;
  }

  getHeaderRowRange(): Excel.Range {
    return this._child(makeRange, 'getHeaderRowRange', [], (t) => ({ sheet: t.sheet, rect: headerRect(t) })) as unknown as Excel.Range;
  }

  getDataBodyRange(): Excel.Range {
    return this._child(makeRange, 'getDataBodyRange', [], (t) => ({ sheet: t.sheet, rect: bodyRect(t) })) as unknown as Excel.Range;
  }

  private remove(member: string): void {
    this._act(member, [], (t, env) => {
      env.model.assertEditable(t.sheet, 'cells');
      env.model.journal.saveArray(env.model.tables);
      env.model.tables.splice(env.model.tables.indexOf(t), 1);
    });
  }

  delete(): void {
    this.remove('delete');
  }

  convertToRange(): Excel.Range {
    const range = this.getRange();
    this.remove('convertToRange');
    return range;
  }
}

defineMembers<TableModel>(FakeTable, {
  name: {
    get: (t) => t.name,
    set: (t, value, env) => {
      env.model.assertEditable(t.sheet, 'cells');
      env.model.validateIdentifier(String(value), 'table', t);
      env.model.journal.set(t, 'name', String(value));
    },
  },
  id: { get: (t) => t.id },
  style: { get: (t) => t.style, set: (t, v, env) => env.model.journal.set(t, 'style', String(v)) },
  showHeaders: { get: () => true },
  showTotals: {
    get: (t) => t.showTotals ?? false,
    // As Excel does: turning the totals row on adds a row below the data, turning it off removes it.
    set: (t, value, env) => {
      const on = Boolean(value);
      if (on === (t.showTotals ?? false)) return;
      env.model.assertEditable(t.sheet, 'cells');
      env.model.journal.set(t, 'rect', { ...t.rect, rows: t.rect.rows + (on ? 1 : -1) });
      env.model.journal.set(t, 'showTotals', on);
    },
  },
}, {
  columns: (self) => new FakeTableColumnCollection(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'columns', args: [] }),
  rows: (self) => new FakeTableRowCollection(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'rows', args: [] }),
  worksheet: (self) => new FakeWorksheet(self._ctx, { parent: self, resolve: (env) => self._need(env).sheet, orNull: false, label: 'worksheet', args: [] }),
});

// ---- columns ------------------------------------------------------------------------------------

const makeColumn = (ctx: ContextInternals, source: Source<ColumnRef>): FakeTableColumn => new FakeTableColumn(ctx, source);

function findColumn(table: TableModel, key: number | string): ColumnRef | null {
  const headers = tableHeaders(table);
  const index = typeof key === 'number' ? key - 1 : headers.findIndex((h) => sameName(h, key));
  return index >= 0 && index < headers.length ? { table, index } : null;
}

function addColumn(model: WorkbookModel, table: TableModel, index: number | undefined | null, values: unknown, name: string | undefined, env: ExecEnv): ColumnRef {
  model.assertEditable(table.sheet, 'cells');
  const at = index ?? table.rect.cols;
  if (!Number.isInteger(at) || at < 0 || at > table.rect.cols) throw officeError('InvalidArgument', `column index ${String(index)}`);
  const col = table.rect.col + at;
  table.sheet.store.shiftCells('col', col, 1, table.rect);
  model.journal.set(table, 'rect', { ...table.rect, cols: table.rect.cols + 1 });
  const columnRect = { row: table.rect.row, col, rows: table.rect.rows, cols: 1 };
  let header: string | undefined = name;
  if (values !== undefined && values !== null) {
    const list = Array.isArray(values) ? (values as unknown[][]) : null;
    const body = { ...columnRect, row: columnRect.row + 1, rows: columnRect.rows - 1 };
    if (list && list.length === table.rect.rows) {
      header = name ?? displayText(list[0]?.[0] as string);
      writeCells(model, { sheet: table.sheet, rect: body }, list.slice(1), env);
    } else {
      inputGrid(values, body);
      writeCells(model, { sheet: table.sheet, rect: body }, values, env);
    }
  }
  const others = tableHeaders(table).filter((_, i) => i !== at);
  const base = header === undefined || header === '' ? `Column${at + 1}` : header;
  let unique = base;
  for (let n = 2; others.some((h) => sameName(h, unique)); n++) unique = `${base}${n}`;
  table.sheet.store.write({ ...columnRect, rows: 1 }, () => ({ value: unique, formula: null }));
  return { table, index: at };
}

export class FakeTableColumnCollection extends FakeCollection<TableModel, ColumnRef>
  implements Pick<Excel.TableColumnCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getItemAt' | 'getCount'> {
  constructor(ctx: ContextInternals, source: Source<TableModel>) {
    super(ctx, 'TableColumnCollection', source);
  }

  get items(): Excel.TableColumn[] {
    return this._read('items') as Excel.TableColumn[];
  }

  load(option?: LoadArg): Excel.TableColumnCollection {
    return this._load(option);
  }

  _itemEntities(table: TableModel): ColumnRef[] {
    return Array.from({ length: table.rect.cols }, (_, index) => ({ table, index }));
  }

  _itemObject(ref: ColumnRef): FakeObject<ColumnRef> {
    return makeColumn(this._ctx, { bound: ref });
  }

  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, name?: string): Excel.TableColumn {
    return this._child(makeColumn, 'add', [index, values, name], (table, env) => addColumn(env.model, table, index, values, name, env)) as unknown as Excel.TableColumn;
  }

  getItem(key: number | string): Excel.TableColumn {
    return this._child(makeColumn, 'getItem', [key], (table) => findColumn(table, key)) as unknown as Excel.TableColumn;
  }

  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this._child(makeColumn, 'getItemOrNullObject', [key], (table) => findColumn(table, key), true) as unknown as Excel.TableColumn;
  }

  getItemAt(index: number): Excel.TableColumn {
    return this._child(makeColumn, 'getItemAt', [index], (table) => (index >= 0 && index < table.rect.cols ? { table, index } : null)) as unknown as Excel.TableColumn;
  }
}

const columnRect = (ref: ColumnRef): Rect => ({ row: ref.table.rect.row, col: ref.table.rect.col + ref.index, rows: ref.table.rect.rows, cols: 1 });

export class FakeTableColumn extends FakeObject<ColumnRef>
  implements Pick<Excel.TableColumn, 'load' | 'name' | 'index' | 'id' | 'values' | 'getRange' | 'getHeaderRowRange' | 'getDataBodyRange' | 'delete'> {
  declare name: string;
  declare readonly index: number;
  declare readonly id: number;
  declare values: Excel.TableColumn['values'];

  constructor(ctx: ContextInternals, source: Source<ColumnRef>) {
    super(ctx, 'TableColumn', source);
  }

  load(option?: LoadArg): Excel.TableColumn {
    return this._load(option);
  }

  getRange(): Excel.Range {
    return this._child(makeRange, 'getRange', [], (ref) => ({ sheet: ref.table.sheet, rect: columnRect(ref) })) as unknown as Excel.Range;
  }

  getHeaderRowRange(): Excel.Range {
    return this._child(makeRange, 'getHeaderRowRange', [], (ref) => ({ sheet: ref.table.sheet, rect: { ...columnRect(ref), rows: 1 } })) as unknown as Excel.Range;
  }

  getDataBodyRange(): Excel.Range {
    return this._child(makeRange, 'getDataBodyRange', [], (ref) => {
      const rect = columnRect(ref);
      return { sheet: ref.table.sheet, rect: { ...rect, row: rect.row + 1, rows: rect.rows - 1 } };
    }) as unknown as Excel.Range;
  }

  delete(): void {
    this._act('delete', [], (ref, env) => {
      env.model.assertEditable(ref.table.sheet, 'cells');
      ref.table.sheet.store.shiftCells('col', ref.table.rect.col + ref.index, -1, ref.table.rect);
      env.model.journal.set(ref.table, 'rect', { ...ref.table.rect, cols: ref.table.rect.cols - 1 });
    });
  }
}

defineMembers<ColumnRef>(FakeTableColumn, {
  name: {
    get: (ref) => tableHeaders(ref.table)[ref.index],
    set: (ref, value, env) => writeCells(env.model, { sheet: ref.table.sheet, rect: { ...columnRect(ref), rows: 1 } }, [[String(value)]], env),
  },
  index: { get: (ref) => ref.index },
  id: { get: (ref) => ref.index + 1 },
  values: {
    cells: (ref) => ref.table.rect.rows,
    get: (ref) => ref.table.sheet.store.readGrid(columnRect(ref), (v) => (v === null ? '' : v)),
    set: (ref, value, env) => writeCells(env.model, { sheet: ref.table.sheet, rect: columnRect(ref) }, value, env),
  },
});

// ---- rows ---------------------------------------------------------------------------------------

const makeRow = (ctx: ContextInternals, source: Source<RowRef>): FakeTableRow => new FakeTableRow(ctx, source);
const rowRect = (ref: RowRef): Rect => ({ row: ref.table.rect.row + 1 + ref.index, col: ref.table.rect.col, rows: 1, cols: ref.table.rect.cols });

export class FakeTableRowCollection extends FakeCollection<TableModel, RowRef>
  implements Pick<Excel.TableRowCollection, 'load' | 'items' | 'add' | 'getCount' | 'getItemAt' | 'deleteRowsAt'> {
  constructor(ctx: ContextInternals, source: Source<TableModel>) {
    super(ctx, 'TableRowCollection', source);
  }

  get items(): Excel.TableRow[] {
    return this._read('items') as Excel.TableRow[];
  }

  load(option?: LoadArg): Excel.TableRowCollection {
    return this._load(option);
  }

  _itemEntities(table: TableModel): RowRef[] {
    return Array.from({ length: table.rect.rows - 1 }, (_, index) => ({ table, index }));
  }

  _itemObject(ref: RowRef): FakeObject<RowRef> {
    return makeRow(this._ctx, { bound: ref });
  }

  /** Inserts rows (shifting cells below, within the table's columns) and writes the values. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): Excel.TableRow {
    return this._child(makeRow, 'add', [index, values, alwaysInsert], (table, env) => {
      env.model.assertEditable(table.sheet, 'cells');
      const bodyRows = table.rect.rows - 1;
      const at = index ?? bodyRows;
      if (!Number.isInteger(at) || at < 0 || at > bodyRows) throw officeError('InvalidArgument', `row index ${String(index)}`);
      const count = Array.isArray(values) ? values.length : 1;
      const start = table.rect.row + 1 + at;
      table.sheet.store.shiftCells('row', start, count, table.rect);
      env.model.journal.set(table, 'rect', { ...table.rect, rows: table.rect.rows + count });
      if (values !== undefined) writeCells(env.model, { sheet: table.sheet, rect: { row: start, col: table.rect.col, rows: count, cols: table.rect.cols } }, values, env);
      return { table, index: at };
    }) as unknown as Excel.TableRow;
  }

  getItemAt(index: number): Excel.TableRow {
    return this._child(makeRow, 'getItemAt', [index], (table) => (index >= 0 && index < table.rect.rows - 1 ? { table, index } : null)) as unknown as Excel.TableRow;
  }

  deleteRowsAt(index: number, count?: number): void {
    this._act('deleteRowsAt', [index, count], (table, env) => {
      const n = count ?? 1;
      if (index < 0 || index + n > table.rect.rows - 1) throw officeError('InvalidArgument', `rows ${index}..${index + n - 1}`);
      env.model.assertEditable(table.sheet, 'cells');
      table.sheet.store.shiftCells('row', table.rect.row + 1 + index, -n, table.rect);
      env.model.journal.set(table, 'rect', { ...table.rect, rows: table.rect.rows - n });
    });
  }
}

export class FakeTableRow extends FakeObject<RowRef> implements Pick<Excel.TableRow, 'load' | 'index' | 'values' | 'getRange' | 'delete'> {
  declare readonly index: number;
  declare values: Excel.TableRow['values'];

  constructor(ctx: ContextInternals, source: Source<RowRef>) {
    super(ctx, 'TableRow', source);
  }

  load(option?: LoadArg): Excel.TableRow {
    return this._load(option);
  }

  getRange(): Excel.Range {
    return this._child(makeRange, 'getRange', [], (ref) => ({ sheet: ref.table.sheet, rect: rowRect(ref) })) as unknown as Excel.Range;
  }

  delete(): void {
    this._act('delete', [], (ref, env) => {
      env.model.assertEditable(ref.table.sheet, 'cells');
      ref.table.sheet.store.shiftCells('row', rowRect(ref).row, -1, ref.table.rect);
      env.model.journal.set(ref.table, 'rect', { ...ref.table.rect, rows: ref.table.rect.rows - 1 });
    });
  }
}

defineMembers<RowRef>(FakeTableRow, {
  index: { get: (ref) => ref.index },
  values: {
    cells: (ref) => ref.table.rect.cols,
    get: (ref) => ref.table.sheet.store.readGrid(rowRect(ref), (v) => (v === null ? '' : v)),
    set: (ref, value, env) => writeCells(env.model, { sheet: ref.table.sheet, rect: rowRect(ref) }, value, env),
  },
});
