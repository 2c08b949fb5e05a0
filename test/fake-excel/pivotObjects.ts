/**
 * Fake PivotTables. The result grid is computed in memory (pivotGrid.ts) and written into the
 * destination cells after the layout changes or refresh() runs: once per run of PivotTable layout commands in a
 * request, before anything else in it could see the cells (layoutChanged); like Excel, a change in the source
 * data is only reflected after refresh().
 */
import { MAX_ROWS, Rect } from './address';
import { CellValue } from './cellValue';
import { officeError } from './errors';
import { PivotDataSpec, SUPPORTED_AGGREGATIONS, computePivotGrid } from './pivotGrid';
import { ContextInternals, ExecEnv, FakeCollection, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { makeRange } from './rangeObjects';
import { FakeWorksheet, resolveRangeArg, sub } from './sheetObjects';
import { DataFieldModel, PivotModel, RangeRef, SheetModel, TableModel, WorkbookModel, sameName } from './workbookModel';

export interface PivotScope {
  sheet: SheetModel | null;
}

function sourceRef(pivot: PivotModel): RangeRef {
  const source = pivot.source;
  if ('id' in source) return { sheet: source.sheet, rect: source.rect };
  if (source.rect.rows < MAX_ROWS) return source;
  const used = source.sheet.store.usedRect(); // whole-column sources (A:F) stop at the last used row
  return { sheet: source.sheet, rect: { ...source.rect, rows: used ? used.row + used.rows - source.rect.row : 1 } };
}

/** The source's first row: the PivotTable's field names. Only that row is read (no record enters a field name). */
function sourceHeader(pivot: PivotModel): CellValue[] {
  const { sheet, rect } = 'id' in pivot.source ? { sheet: pivot.source.sheet, rect: pivot.source.rect } : pivot.source;
  return sheet.store.readGrid({ ...rect, rows: 1 }, (v) => v)[0] ?? [];
}

export function pivotFields(pivot: PivotModel): string[] {
  return sourceHeader(pivot).map((h) => String(h ?? ''));
}

/** Index of a field in the source's header (the first column of that name), or InvalidArgument. */
function sourceColumn(header: CellValue[], field: string): number {
  const index = header.findIndex((h) => String(h ?? '') === field);
  if (index < 0) throw officeError('InvalidArgument', `pivot field '${field}' is not a source column`);
  return index;
}

/** The source records below the header, reading only the given columns (in that order). */
function sourceRecords(pivot: PivotModel, columns: readonly number[]): CellValue[][] {
  const { sheet: { store }, rect } = sourceRef(pivot);
  const rows = Math.max(0, rect.rows - 1);
  const records: CellValue[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const record: CellValue[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) record[c] = store.value(rect.row + 1 + r, rect.col + columns[c]);
    records[r] = record;
  }
  return records;
}

/**
 * Recomputes the grid and rewrites the destination cells (clearing the previous output). Reads the header and the
 * columns the layout uses, not the whole source.
 */
export function renderPivot(model: WorkbookModel, pivot: PivotModel): void {
  model.assertEditable(pivot.sheet, 'cells');
  const store = pivot.sheet.store;
  if (pivot.output) store.clearContents(pivot.output);
  const empty = pivot.rows.length === 0 && pivot.columns.length === 0 && pivot.data.length === 0;
  if (empty) {
    model.journal.set(pivot, 'output', null);
    model.journal.set(pivot, 'dataBody', null);
    return;
  }
  const fullHeader = sourceHeader(pivot);
  const fields = [...new Set([...pivot.rows, ...pivot.columns, ...pivot.data.map((d) => d.field)])];
  const header = fields.map((f) => fullHeader[sourceColumn(fullHeader, f)]);
  const records = sourceRecords(pivot, fields.map((f) => sourceColumn(fullHeader, f)));
  const spec = { rows: pivot.rows, columns: pivot.columns, data: pivot.data as PivotDataSpec[], showRowGrandTotals: pivot.showRowGrandTotals, showColumnGrandTotals: pivot.showColumnGrandTotals };
  const grid = computePivotGrid(header, records, spec);
  const cols = Math.max(1, ...grid.cells.map((r) => r.length));
  const output: Rect = { row: pivot.anchor.row, col: pivot.anchor.col, rows: grid.cells.length, cols };
  store.write(output, (r, c) => ({ value: grid.cells[r][c] ?? null, formula: null }));
  model.journal.set(pivot, 'output', output);
  const bodyCols = cols - grid.labelColumns;
  const bodyRows = grid.cells.length - grid.headerRows;
  model.journal.set(pivot, 'dataBody', pivot.data.length > 0 && bodyCols > 0 && bodyRows > 0
    ? { row: output.row + grid.headerRows, col: output.col + grid.labelColumns, rows: bodyRows, cols: bodyCols }
    : null);
}

/**
 * A layout change: the PivotTable is drawn (renderPivot) before the request's next command that is not a PivotTable
 * layout command, or at its end (context.ts), so a run of field additions and captions is aggregated once. What can
 * fail is checked here, at the command that asked for it.
 */
function layoutChanged(env: ExecEnv, pivot: PivotModel): void {
  env.model.assertEditable(pivot.sheet, 'cells');
  const header = sourceHeader(pivot);
  for (const field of [...pivot.rows, ...pivot.columns, ...pivot.data.map((d) => d.field)]) sourceColumn(header, field);
  for (const d of pivot.data) {
    if (!SUPPORTED_AGGREGATIONS.includes(d.summarizeBy)) throw officeError('NotImplemented', `aggregation '${d.summarizeBy}' is not modelled by the fake`);
  }
  env.pivotRenders.add(pivot);
}

/** Draws the PivotTables whose layout changed since the last drawing in this request (see ExecEnv.pivotRenders). */
export function drawPendingPivots(env: ExecEnv): void {
  if (env.pivotRenders.size === 0) return;
  const pending = [...env.pivotRenders];
  env.pivotRenders.clear();
  for (const pivot of pending) renderPivot(env.model, pivot);
}

function addPivot(model: WorkbookModel, scope: PivotScope, name: string, source: unknown, destination: unknown, env: ExecEnv): PivotModel {
  if (model.pivots.some((p) => sameName(p.name, name))) throw officeError('ItemAlreadyExists', `a PivotTable named '${name}' already exists`);
  if (typeof name !== 'string' || name.trim() === '') throw officeError('InvalidArgument', 'PivotTable name');
  const table = source instanceof FakeObject && source._type === 'Table' ? (source as FakeObject<TableModel>)._need(env) : null;
  const sourceModel: RangeRef | TableModel = table ?? resolveRangeArg(source, env, scope.sheet ?? model.activeSheet);
  const dest = resolveRangeArg(destination, env, scope.sheet ?? model.activeSheet);
  const pivot: PivotModel = {
    id: model.newId('PIVOT'), name, sheet: dest.sheet, anchor: { row: dest.rect.row, col: dest.rect.col }, source: sourceModel,
    rows: [], columns: [], data: [], layoutType: 'Compact', showRowGrandTotals: true, showColumnGrandTotals: true, output: null, dataBody: null,
  };
  const fields = pivotFields(pivot);
  if (fields.length === 0 || fields.some((f) => f === '')) throw officeError('InvalidArgument', 'every PivotTable source column needs a header');
  model.assertEditable(dest.sheet, 'cells');
  model.journal.saveArray(model.pivots);
  model.pivots.push(pivot);
  return pivot;
}

const makePivot = (ctx: ContextInternals, source: Source<PivotModel>): FakePivotTable => new FakePivotTable(ctx, source);

export class FakePivotTableCollection extends FakeCollection<PivotScope, PivotModel>
  implements Pick<Excel.PivotTableCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'refreshAll'> {
  constructor(ctx: ContextInternals, source: Source<PivotScope>) {
    super(ctx, 'PivotTableCollection', source);
  }

  get items(): Excel.PivotTable[] {
    return this._read('items') as Excel.PivotTable[];
  }

  load(option?: LoadArg): Excel.PivotTableCollection {
    return this._load(option);
  }

  _itemEntities(scope: PivotScope, env: ExecEnv): PivotModel[] {
    return env.model.pivots.filter((p) => scope.sheet === null || p.sheet === scope.sheet);
  }

  _itemObject(pivot: PivotModel): FakeObject<PivotModel> {
    return makePivot(this._ctx, { bound: pivot });
  }

  add(name: string, source: Excel.Range | string | Excel.Table, destination: Excel.Range | string): Excel.PivotTable {
    return this._child(makePivot, 'add', [name, source, destination], (scope, env) => addPivot(env.model, scope, name, source, destination, env)) as unknown as Excel.PivotTable;
  }

  getItem(name: string): Excel.PivotTable {
    return this._child(makePivot, 'getItem', [name], (scope, env) => this._itemEntities(scope, env).find((p) => sameName(p.name, name)) ?? null) as unknown as Excel.PivotTable;
  }

  getItemOrNullObject(name: string): Excel.PivotTable {
    return this._child(makePivot, 'getItemOrNullObject', [name], (scope, env) => this._itemEntities(scope, env).find((p) => sameName(p.name, name)) ?? null, true) as unknown as Excel.PivotTable;
  }

  refreshAll(): void {
    this._act('refreshAll', [], (scope, env) => this._itemEntities(scope, env).forEach((p) => layoutChanged(env, p)));
  }
}


export class FakePivotTable extends FakeObject<PivotModel>
  implements Pick<Excel.PivotTable, 'load' | 'name' | 'id' | 'worksheet' | 'hierarchies' | 'rowHierarchies' | 'columnHierarchies' | 'dataHierarchies' | 'layout' | 'delete' | 'refresh'> {
  declare name: string;
  declare readonly id: string;
  declare readonly worksheet: Excel.Worksheet;
  declare readonly hierarchies: Excel.PivotHierarchyCollection;
  declare readonly rowHierarchies: Excel.RowColumnPivotHierarchyCollection;
  declare readonly columnHierarchies: Excel.RowColumnPivotHierarchyCollection;
  declare readonly dataHierarchies: Excel.DataPivotHierarchyCollection;
  declare readonly layout: Excel.PivotLayout;

  constructor(ctx: ContextInternals, source: Source<PivotModel>) {
    super(ctx, 'PivotTable', source);
  }

  load(option?: LoadArg): Excel.PivotTable {
    return this._load(option);
  }

  delete(): void {
    this._act('delete', [], (pivot, env) => {
      env.model.assertEditable(pivot.sheet, 'cells');
      env.pivotRenders.delete(pivot); // a layout change not drawn yet: nothing of it reaches the sheet
      if (pivot.output) pivot.sheet.store.clearContents(pivot.output);
      env.model.journal.saveArray(env.model.pivots);
      env.model.pivots.splice(env.model.pivots.indexOf(pivot), 1);
    });
  }

  refresh(): void {
    this._act('refresh', [], (pivot, env) => layoutChanged(env, pivot));
  }
}

defineMembers<PivotModel>(FakePivotTable, {
  name: {
    get: (p) => p.name,
    set: (p, value, env) => {
      if (env.model.pivots.some((q) => q !== p && sameName(q.name, String(value)))) throw officeError('ItemAlreadyExists', String(value));
      env.model.journal.set(p, 'name', String(value));
    },
  },
  id: { get: (p) => p.id },
}, {
  worksheet: (self) => new FakeWorksheet(self._ctx, { parent: self, resolve: (env) => self._need(env).sheet, orNull: false, label: 'worksheet', args: [] }),
  hierarchies: (self) => sub(self, 'hierarchies', FakePivotHierarchyCollection, (p) => p),
  rowHierarchies: (self) => sub(self, 'rowHierarchies', FakeRowColumnHierarchyCollection, (p): AxisRef => ({ pivot: p, axis: 'rows' })),
  columnHierarchies: (self) => sub(self, 'columnHierarchies', FakeRowColumnHierarchyCollection, (p): AxisRef => ({ pivot: p, axis: 'columns' })),
  dataHierarchies: (self) => sub(self, 'dataHierarchies', FakeDataHierarchyCollection, (p) => p),
  layout: (self) => sub(self, 'layout', FakePivotLayout, (p) => p),
});

// ---- hierarchies --------------------------------------------------------------------------------

interface HierarchyRef {
  pivot: PivotModel;
  name: string;
}

function findField(pivot: PivotModel, name: string): HierarchyRef | null {
  const field = pivotFields(pivot).find((f) => sameName(f, name));
  return field === undefined ? null : { pivot, name: field };
}

const makeHierarchy = (ctx: ContextInternals, source: Source<HierarchyRef>): FakePivotHierarchy => new FakePivotHierarchy(ctx, source);

export class FakePivotHierarchyCollection extends FakeCollection<PivotModel, HierarchyRef>
  implements Pick<Excel.PivotHierarchyCollection, 'load' | 'items' | 'getItem' | 'getItemOrNullObject' | 'getCount'> {
  constructor(ctx: ContextInternals, source: Source<PivotModel>) {
    super(ctx, 'PivotHierarchyCollection', source);
  }

  get items(): Excel.PivotHierarchy[] {
    return this._read('items') as Excel.PivotHierarchy[];
  }

  load(option?: LoadArg): Excel.PivotHierarchyCollection {
    return this._load(option);
  }

  _itemEntities(pivot: PivotModel): HierarchyRef[] {
    return pivotFields(pivot).map((name) => ({ pivot, name }));
  }

  _itemObject(ref: HierarchyRef): FakeObject<HierarchyRef> {
    return makeHierarchy(this._ctx, { bound: ref });
  }

  getItem(name: string): Excel.PivotHierarchy {
    return this._child(makeHierarchy, 'getItem', [name], (pivot) => findField(pivot, name)) as unknown as Excel.PivotHierarchy;
  }

  getItemOrNullObject(name: string): Excel.PivotHierarchy {
    return this._child(makeHierarchy, 'getItemOrNullObject', [name], (pivot) => findField(pivot, name), true) as unknown as Excel.PivotHierarchy;
  }
}

export class FakePivotHierarchy extends FakeObject<HierarchyRef> implements Pick<Excel.PivotHierarchy, 'load' | 'name' | 'id'> {
  declare name: string;
  declare readonly id: string;

  constructor(ctx: ContextInternals, source: Source<HierarchyRef>) {
    super(ctx, 'PivotHierarchy', source);
  }

  load(option?: LoadArg): Excel.PivotHierarchy {
    return this._load(option);
  }
}

defineMembers<HierarchyRef>(FakePivotHierarchy, { name: { get: (h) => h.name }, id: { get: (h) => h.name } });

function hierarchyArg(arg: unknown, env: ExecEnv): HierarchyRef {
  if (!(arg instanceof FakeObject) || !['PivotHierarchy', 'RowColumnPivotHierarchy'].includes(arg._type)) {
    throw officeError('InvalidArgument', 'expected a PivotHierarchy');
  }
  return (arg as FakeObject<HierarchyRef>)._need(env);
}

interface AxisRef {
  pivot: PivotModel;
  axis: 'rows' | 'columns';
}

const makeAxisItem = (ctx: ContextInternals, source: Source<HierarchyRef>): FakeRowColumnHierarchy => new FakeRowColumnHierarchy(ctx, source);

export class FakeRowColumnHierarchyCollection extends FakeCollection<AxisRef, HierarchyRef>
  implements Pick<Excel.RowColumnPivotHierarchyCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'remove'> {
  constructor(ctx: ContextInternals, source: Source<AxisRef>) {
    super(ctx, 'RowColumnPivotHierarchyCollection', source);
  }

  get items(): Excel.RowColumnPivotHierarchy[] {
    return this._read('items') as Excel.RowColumnPivotHierarchy[];
  }

  load(option?: LoadArg): Excel.RowColumnPivotHierarchyCollection {
    return this._load(option);
  }

  _itemEntities(axis: AxisRef): HierarchyRef[] {
    return axis.pivot[axis.axis].map((name) => ({ pivot: axis.pivot, name }));
  }

  _itemObject(ref: HierarchyRef): FakeObject<HierarchyRef> {
    return makeAxisItem(this._ctx, { bound: ref });
  }

  /** Adding a field already on the other axis moves it (as Excel does). */
  add(pivotHierarchy: Excel.PivotHierarchy): Excel.RowColumnPivotHierarchy {
    return this._child(makeAxisItem, 'add', [pivotHierarchy], (axis, env) => {
      const field = hierarchyArg(pivotHierarchy, env);
      const { pivot } = axis;
      if (pivot[axis.axis].some((f) => sameName(f, field.name))) throw officeError('InvalidArgument', `'${field.name}' is already on this axis`);
      env.model.journal.set(pivot, 'rows', pivot.rows.filter((f) => f !== field.name));
      env.model.journal.set(pivot, 'columns', pivot.columns.filter((f) => f !== field.name));
      env.model.journal.set(pivot, axis.axis, [...pivot[axis.axis], field.name]);
      layoutChanged(env, pivot);
      return { pivot, name: field.name };
    }) as unknown as Excel.RowColumnPivotHierarchy;
  }

  getItem(name: string): Excel.RowColumnPivotHierarchy {
    return this._child(makeAxisItem, 'getItem', [name], (axis) => this._itemEntities(axis).find((h) => sameName(h.name, name)) ?? null) as unknown as Excel.RowColumnPivotHierarchy;
  }

  getItemOrNullObject(name: string): Excel.RowColumnPivotHierarchy {
    return this._child(makeAxisItem, 'getItemOrNullObject', [name], (axis) => this._itemEntities(axis).find((h) => sameName(h.name, name)) ?? null, true) as unknown as Excel.RowColumnPivotHierarchy;
  }

  remove(rowColumnPivotHierarchy: Excel.RowColumnPivotHierarchy): void {
    this._act('remove', [rowColumnPivotHierarchy], (axis, env) => {
      const field = hierarchyArg(rowColumnPivotHierarchy, env);
      env.model.journal.set(axis.pivot, axis.axis, axis.pivot[axis.axis].filter((f) => f !== field.name));
      layoutChanged(env, axis.pivot);
    });
  }
}

export class FakeRowColumnHierarchy extends FakeObject<HierarchyRef> implements Pick<Excel.RowColumnPivotHierarchy, 'load' | 'name' | 'id' | 'position'> {
  declare name: string;
  declare readonly id: string;
  declare position: number;

  constructor(ctx: ContextInternals, source: Source<HierarchyRef>) {
    super(ctx, 'RowColumnPivotHierarchy', source);
  }

  load(option?: LoadArg): Excel.RowColumnPivotHierarchy {
    return this._load(option);
  }
}

defineMembers<HierarchyRef>(FakeRowColumnHierarchy, {
  name: { get: (h) => h.name },
  id: { get: (h) => h.name },
  position: { get: (h) => Math.max(h.pivot.rows.indexOf(h.name), h.pivot.columns.indexOf(h.name)) },
});

// ---- data hierarchies ---------------------------------------------------------------------------

interface DataRef {
  pivot: PivotModel;
  field: DataFieldModel;
}

const makeData = (ctx: ContextInternals, source: Source<DataRef>): FakeDataHierarchy => new FakeDataHierarchy(ctx, source);

/** Excel's default: Sum for numeric source columns (some number, nothing but numbers and blanks), Count otherwise. */
function defaultAggregation(pivot: PivotModel, field: string): string {
  const ref = sourceRef(pivot);
  const col = ref.rect.col + sourceColumn(sourceHeader(pivot), field);
  let numbers = false;
  // Read cell by cell, stopping at the first text: a text column (a tier, a name) is known from its first value.
  for (let row = ref.rect.row + 1; row < ref.rect.row + ref.rect.rows; row++) {
    const value = ref.sheet.store.value(row, col);
    if (typeof value === 'number') numbers = true;
    else if (value !== null && value !== '') return 'Count';
  }
  return numbers ? 'Sum' : 'Count';
}

export class FakeDataHierarchyCollection extends FakeCollection<PivotModel, DataRef>
  implements Pick<Excel.DataPivotHierarchyCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'remove'> {
  constructor(ctx: ContextInternals, source: Source<PivotModel>) {
    super(ctx, 'DataPivotHierarchyCollection', source);
  }

  get items(): Excel.DataPivotHierarchy[] {
    return this._read('items') as Excel.DataPivotHierarchy[];
  }

  load(option?: LoadArg): Excel.DataPivotHierarchyCollection {
    return this._load(option);
  }

  _itemEntities(pivot: PivotModel): DataRef[] {
    return pivot.data.map((field) => ({ pivot, field }));
  }

  _itemObject(ref: DataRef): FakeObject<DataRef> {
    return makeData(this._ctx, { bound: ref });
  }

  add(pivotHierarchy: Excel.PivotHierarchy): Excel.DataPivotHierarchy {
    return this._child(makeData, 'add', [pivotHierarchy], (pivot, env) => {
      const source = hierarchyArg(pivotHierarchy, env);
      const summarizeBy = defaultAggregation(pivot, source.name);
      let name = `${summarizeBy} of ${source.name}`;
      for (let n = 2; pivot.data.some((d) => sameName(d.name, name)); n++) name = `${summarizeBy} of ${source.name}${n}`;
      const field: DataFieldModel = { field: source.name, name, customName: false, summarizeBy, numberFormat: 'General' };
      env.model.journal.set(pivot, 'data', [...pivot.data, field]);
      layoutChanged(env, pivot);
      return { pivot, field };
    }) as unknown as Excel.DataPivotHierarchy;
  }

  getItem(name: string): Excel.DataPivotHierarchy {
    return this._child(makeData, 'getItem', [name], (pivot) => this._itemEntities(pivot).find((d) => sameName(d.field.name, name)) ?? null) as unknown as Excel.DataPivotHierarchy;
  }

  getItemOrNullObject(name: string): Excel.DataPivotHierarchy {
    return this._child(makeData, 'getItemOrNullObject', [name], (pivot) => this._itemEntities(pivot).find((d) => sameName(d.field.name, name)) ?? null, true) as unknown as Excel.DataPivotHierarchy;
  }

  remove(dataPivotHierarchy: Excel.DataPivotHierarchy): void {
    this._act('remove', [dataPivotHierarchy], (pivot, env) => {
      const ref = (dataPivotHierarchy as unknown as FakeObject<DataRef>)._need(env);
      env.model.journal.set(pivot, 'data', pivot.data.filter((d) => d !== ref.field));
      layoutChanged(env, pivot);
    });
  }
}

function updateDataField(env: ExecEnv, ref: DataRef, change: Partial<DataFieldModel>): void {
  const previous = { ...ref.field };
  env.model.journal.record(() => Object.assign(ref.field, previous));
  Object.assign(ref.field, change);
  layoutChanged(env, ref.pivot);
}

export class FakeDataHierarchy extends FakeObject<DataRef>
  implements Pick<Excel.DataPivotHierarchy, 'load' | 'name' | 'id' | 'summarizeBy' | 'numberFormat' | 'position'> {
  declare name: string;
  declare readonly id: string;
  declare summarizeBy: Excel.DataPivotHierarchy['summarizeBy'];
  declare numberFormat: string;
  declare position: number;

  constructor(ctx: ContextInternals, source: Source<DataRef>) {
    super(ctx, 'DataPivotHierarchy', source);
  }

  load(option?: LoadArg): Excel.DataPivotHierarchy {
    return this._load(option);
  }
}

defineMembers<DataRef>(FakeDataHierarchy, {
  name: {
    get: (d) => d.field.name,
    set: (d, value, env) => {
      const name = String(value);
      // Excel rejects a data field caption equal to a source field name ("PivotTable field name already exists").
      if (pivotFields(d.pivot).some((f) => sameName(f, name)) || d.pivot.data.some((o) => o !== d.field && sameName(o.name, name))) {
        throw officeError('InvalidArgument', `PivotTable field name '${name}' already exists`);
      }
      updateDataField(env, d, { name, customName: true });
    },
  },
  id: { get: (d) => d.field.name },
  summarizeBy: {
    get: (d) => d.field.summarizeBy,
    set: (d, value, env) => {
      const fn = String(value);
      if (!SUPPORTED_AGGREGATIONS.includes(fn)) throw officeError('NotImplemented', `summarizeBy '${fn}' is not modelled by the fake`);
      updateDataField(env, d, d.field.customName ? { summarizeBy: fn } : { summarizeBy: fn, name: `${fn} of ${d.field.field}` });
    },
  },
  numberFormat: { get: (d) => d.field.numberFormat, set: (d, value, env) => updateDataField(env, d, { numberFormat: String(value) }) },
  position: { get: (d) => d.pivot.data.indexOf(d.field) },
});

// ---- layout -------------------------------------------------------------------------------------

export class FakePivotLayout extends FakeObject<PivotModel>
  implements Pick<Excel.PivotLayout, 'load' | 'layoutType' | 'showRowGrandTotals' | 'showColumnGrandTotals' | 'getRange' | 'getDataBodyRange'> {
  declare layoutType: Excel.PivotLayout['layoutType'];
  declare showRowGrandTotals: boolean;
  declare showColumnGrandTotals: boolean;

  constructor(ctx: ContextInternals, source: Source<PivotModel>) {
    super(ctx, 'PivotLayout', source);
  }

  load(option?: LoadArg): Excel.PivotLayout {
    return this._load(option);
  }

  getRange(): Excel.Range {
    return this._child(makeRange, 'getRange', [], (p) => ({ sheet: p.sheet, rect: p.output ?? { ...p.anchor, rows: 1, cols: 1 } })) as unknown as Excel.Range;
  }

  getDataBodyRange(): Excel.Range {
    return this._child(makeRange, 'getDataBodyRange', [], (p) => (p.dataBody ? { sheet: p.sheet, rect: p.dataBody } : null)) as unknown as Excel.Range;
  }
}

const flagSpec = (key: 'showRowGrandTotals' | 'showColumnGrandTotals') => ({
  get: (p: PivotModel) => p[key],
  set: (p: PivotModel, value: unknown, env: ExecEnv) => {
    env.model.journal.set(p, key, value === true);
    layoutChanged(env, p);
  },
});

defineMembers<PivotModel>(FakePivotLayout, {
  layoutType: {
    get: (p) => p.layoutType,
    set: (p, value, env) => {
      if (!['Compact', 'Tabular', 'Outline'].includes(String(value))) throw officeError('InvalidArgument', `layoutType ${String(value)}`);
      env.model.journal.set(p, 'layoutType', String(value));
    },
  },
  showRowGrandTotals: flagSpec('showRowGrandTotals'),
  showColumnGrandTotals: flagSpec('showColumnGrandTotals'),
});
