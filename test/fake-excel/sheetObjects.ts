/** Fake Workbook, Application, WorksheetCollection, Worksheet, protections, freeze panes, named items, Runtime. */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseA1, requireA1, requireOnSheet, splitSheetAddress } from './address';
import { officeError } from './errors';
import { FakeEventHandlers } from './events';
import { ContextInternals, ExecEnv, FakeCollection, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { FakeRange, makeRange, normalizeColor } from './rangeObjects';
import { FakeChartCollection } from './chartObjects';
import { FakePivotTableCollection } from './pivotObjects';
import { FakeTableCollection } from './tableObjects';
import { NamedItemModel, RangeRef, SheetModel, Visibility, WorkbookModel } from './workbookModel';

/** Resolves a `Range | string` argument: a fake Range, "Sheet!A1:B2", "A1:B2" (on defaultSheet) or a defined name. */
export function resolveRangeArg(arg: unknown, env: ExecEnv, defaultSheet: SheetModel | null): RangeRef {
  if (arg instanceof FakeObject && arg._type === 'Range') return (arg as FakeRange)._need(env);
  if (typeof arg !== 'string') throw officeError('InvalidArgument', 'expected a Range or an address string');
  const { sheet: sheetName, ref } = splitSheetAddress(arg.replace(/^=/, ''));
  const rect = parseA1(ref);
  if (!rect && sheetName === null) {
    const named = env.model.findName(ref);
    if (named?.ref) return named.ref;
  }
  const sheet = sheetName === null ? defaultSheet : env.model.findSheet(sheetName);
  if (!sheet) throw officeError(sheetName === null ? 'InvalidArgument' : 'ItemNotFound', `cannot resolve address '${arg}'`);
  return { sheet, rect: rect ?? requireA1(ref) };
}

/** Creates a navigation child whose entity is picked from the parent's entity. */
export const sub = <P, C>(self: FakeObject<P>, label: string, Ctor: new (ctx: ContextInternals, s: Source<C>) => FakeObject<C>, pick: (p: P) => C): FakeObject<C> =>
  new Ctor(self._ctx, { parent: self as FakeObject<unknown>, resolve: (env) => pick(self._need(env)), orNull: false, label, args: [] });

// ---- Worksheet ----------------------------------------------------------------------------------

const makeSheet = (ctx: ContextInternals, source: Source<SheetModel>): FakeWorksheet => new FakeWorksheet(ctx, source);

function sheetRect(sheet: SheetModel, address: string | undefined, env: ExecEnv): Rect {
  if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
  const target = resolveRangeArg(address, env, sheet);
  if (target.sheet !== sheet) throw officeError('InvalidArgument', `'${address}' is not on worksheet '${sheet.name}'`);
  return target.rect;
}

type SheetMembers =
  | 'load' | 'name' | 'id' | 'position' | 'visibility' | 'tabColor' | 'getRange' | 'getRangeByIndexes' | 'getCell'
  | 'getUsedRange' | 'getUsedRangeOrNullObject' | 'delete' | 'activate' | 'tables' | 'pivotTables' | 'charts'
  | 'protection' | 'freezePanes' | 'onChanged';

export class FakeWorksheet extends FakeObject<SheetModel> implements Pick<Excel.Worksheet, SheetMembers> {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: Excel.Worksheet['visibility'];
  declare tabColor: string;
  declare readonly tables: Excel.TableCollection;
  declare readonly pivotTables: Excel.PivotTableCollection;
  declare readonly charts: Excel.ChartCollection;
  declare readonly protection: Excel.WorksheetProtection;
  declare readonly freezePanes: Excel.WorksheetFreezePanes;
  private changed: FakeEventHandlers<SheetModel> | null = null;

  constructor(ctx: ContextInternals, source: Source<SheetModel>) {
    super(ctx, 'Worksheet', source);
  }

  load(option?: LoadArg): Excel.Worksheet {
    return this._load(option);
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this._ctx.requireApi('Worksheet', 'onChanged');
    this.changed ??= new FakeEventHandlers(this, 'onChanged', this._ctx.events, (sheet) => sheet.id);
    return this.changed as unknown as OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;
  }

  getRange(address?: string): Excel.Range {
    return this._child(makeRange, 'getRange', [address], (sheet, env) => ({ sheet, rect: sheetRect(sheet, address, env) })) as unknown as Excel.Range;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this._child(makeRange, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount],
      (sheet) => ({ sheet, rect: requireOnSheet({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }) })) as unknown as Excel.Range;
  }

  getCell(row: number, column: number): Excel.Range {
    return this._child(makeRange, 'getCell', [row, column],
      (sheet) => ({ sheet, rect: requireOnSheet({ row, col: column, rows: 1, cols: 1 }) })) as unknown as Excel.Range;
  }

  /** A blank sheet's used range is A1 (real Excel); the OrNullObject variant returns a null object. */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._child(makeRange, 'getUsedRange', [valuesOnly],
      (sheet) => ({ sheet, rect: sheet.store.usedRect() ?? { row: 0, col: 0, rows: 1, cols: 1 } })) as unknown as Excel.Range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._child(makeRange, 'getUsedRangeOrNullObject', [valuesOnly], (sheet) => {
      const rect = sheet.store.usedRect();
      return rect ? { sheet, rect } : null;
    }, true) as unknown as Excel.Range;
  }

  delete(): void {
    this._act('delete', [], (sheet, env) => env.model.deleteSheet(sheet));
  }

  activate(): void {
    this._act('activate', [], (sheet, env) => {
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'cannot activate a hidden worksheet');
      env.model.journal.set(env.model, 'activeSheet', sheet);
    });
  }
}

defineMembers<SheetModel>(FakeWorksheet, {
  name: {
    get: (sheet) => sheet.name,
    set: (sheet, value, env) => {
      env.model.assertStructureEditable();
      env.model.validateSheetName(String(value), sheet);
      env.model.journal.set(sheet, 'name', String(value));
    },
  },
  id: { get: (sheet) => sheet.id },
  position: { get: (sheet, env) => env.model.sheets.indexOf(sheet), set: (sheet, value, env) => env.model.moveSheet(sheet, Number(value)) },
  visibility: { get: (sheet) => sheet.visibility, set: (sheet, value, env) => env.model.setVisibility(sheet, value as Visibility) },
  tabColor: {
    get: (sheet) => sheet.tabColor,
    set: (sheet, value, env) => {
      env.model.assertStructureEditable();
      env.model.journal.set(sheet, 'tabColor', value === '' ? '' : normalizeColor(value));
    },
  },
}, {
  tables: (self) => sub(self, 'tables', FakeTableCollection, (sheet) => ({ sheet })),
  pivotTables: (self) => sub(self, 'pivotTables', FakePivotTableCollection, (sheet) => ({ sheet })),
  charts: (self) => sub(self, 'charts', FakeChartCollection, (sheet) => sheet),
  protection: (self) => sub(self, 'protection', FakeWorksheetProtection, (sheet) => sheet),
  freezePanes: (self) => sub(self, 'freezePanes', FakeFreezePanes, (sheet) => sheet),
});

// ---- WorksheetCollection ------------------------------------------------------------------------

function sheetByKey(model: WorkbookModel, key: string): SheetModel | null {
  return model.findSheet(key) ?? model.sheetById(key);
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel>
  implements Pick<Excel.WorksheetCollection, 'load' | 'items' | 'add' | 'getActiveWorksheet' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'getFirst' | 'getLast' | 'onChanged'> {
  private changed: FakeEventHandlers<WorkbookModel> | null = null;

  constructor(ctx: ContextInternals, source: Source<WorkbookModel>) {
    super(ctx, 'WorksheetCollection', source);
  }

  get items(): Excel.Worksheet[] {
    return this._read('items') as Excel.Worksheet[];
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this._ctx.requireApi('WorksheetCollection', 'onChanged');
    this.changed ??= new FakeEventHandlers(this, 'onChanged', this._ctx.events, () => null);
    return this.changed as unknown as OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;
  }

  load(option?: LoadArg): Excel.WorksheetCollection {
    return this._load(option);
  }

  _itemEntities(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  _itemObject(sheet: SheetModel): FakeObject<SheetModel> {
    return new FakeWorksheet(this._ctx, { bound: sheet });
  }

  add(name?: string): Excel.Worksheet {
    return this._child(makeSheet, 'add', [name], (model) => {
      model.assertStructureEditable();
      return model.addSheet(name);
    }) as unknown as Excel.Worksheet;
  }

  getActiveWorksheet(): Excel.Worksheet {
    return this._child(makeSheet, 'getActiveWorksheet', [], (model) => model.activeSheet) as unknown as Excel.Worksheet;
  }

  getItem(key: string): Excel.Worksheet {
    return this._child(makeSheet, 'getItem', [key], (model) => sheetByKey(model, key)) as unknown as Excel.Worksheet;
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._child(makeSheet, 'getItemOrNullObject', [key], (model) => sheetByKey(model, key), true) as unknown as Excel.Worksheet;
  }

  override getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return this._result('getCount', [visibleOnly], (model) => (visibleOnly ? model.visibleSheets() : model.sheets).length);
  }

  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return this._child(makeSheet, 'getFirst', [visibleOnly], (model) => (visibleOnly ? model.visibleSheets() : model.sheets)[0] ?? null) as unknown as Excel.Worksheet;
  }

  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return this._child(makeSheet, 'getLast', [visibleOnly], (model) => (visibleOnly ? model.visibleSheets() : model.sheets).at(-1) ?? null) as unknown as Excel.Worksheet;
  }
}

// ---- protection and freeze panes ----------------------------------------------------------------

export class FakeWorksheetProtection extends FakeObject<SheetModel>
  implements Pick<Excel.WorksheetProtection, 'load' | 'protected' | 'options' | 'protect' | 'unprotect'> {
  declare readonly protected: boolean;
  declare readonly options: Excel.WorksheetProtectionOptions;

  constructor(ctx: ContextInternals, source: Source<SheetModel>) {
    super(ctx, 'WorksheetProtection', source);
  }

  load(option?: LoadArg): Excel.WorksheetProtection {
    return this._load(option);
  }

  /** Fails if the worksheet is already protected (documented in @types/office-js). */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._act('protect', [options, password === undefined ? undefined : '***'], (sheet, env) => {
      env.model.assertWritable();
      if (sheet.protection.protected) throw officeError('InvalidOperation', `worksheet '${sheet.name}' is already protected`);
      env.model.journal.set(sheet, 'protection', { protected: true, password: password ?? null, options: { ...options } });
    });
  }

  unprotect(password?: string): void {
    this._act('unprotect', [password === undefined ? undefined : '***'], (sheet, env) => {
      env.model.assertWritable();
      if (sheet.protection.password !== null && sheet.protection.password !== password) {
        throw officeError('BadPassword', `wrong password for worksheet '${sheet.name}'`);
      }
      env.model.journal.set(sheet, 'protection', { protected: false, password: null, options: {} });
    });
  }
}

defineMembers<SheetModel>(FakeWorksheetProtection, {
  protected: { get: (sheet) => sheet.protection.protected },
  options: { get: (sheet) => ({ ...sheet.protection.options }) },
});

export class FakeFreezePanes extends FakeObject<SheetModel>
  implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze' | 'getLocationOrNullObject'> {
  constructor(ctx: ContextInternals, source: Source<SheetModel>) {
    super(ctx, 'WorksheetFreezePanes', source);
  }

  private freeze(member: string, rows: number, cols: number): void {
    this._act(member, [rows, cols], (sheet, env) => {
      env.model.assertWritable();
      env.model.journal.set(sheet, 'frozenRows', rows);
      env.model.journal.set(sheet, 'frozenColumns', cols);
    });
  }

  freezeRows(count?: number): void {
    this.freeze('freezeRows', count ?? 1, 0);
  }

  freezeColumns(count?: number): void {
    this.freeze('freezeColumns', 0, count ?? 1);
  }

  unfreeze(): void {
    this.freeze('unfreeze', 0, 0);
  }

  getLocationOrNullObject(): Excel.Range {
    return this._child(makeRange, 'getLocationOrNullObject', [], (sheet) => {
      if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
      const rows = sheet.frozenRows || MAX_ROWS;
      const cols = sheet.frozenColumns || MAX_COLUMNS;
      return { sheet, rect: { row: 0, col: 0, rows, cols } };
    }, true) as unknown as Excel.Range;
  }
}

// ---- Workbook, Application, WorkbookProtection, Runtime ------------------------------------------

export class FakeWorkbook extends FakeObject<WorkbookModel>
  implements Pick<Excel.Workbook, 'load' | 'name' | 'readOnly' | 'worksheets' | 'names' | 'tables' | 'pivotTables' | 'application' | 'protection' | 'getSelectedRange' | 'getActiveCell'> {
  declare readonly name: string;
  declare readonly readOnly: boolean;
  declare readonly worksheets: Excel.WorksheetCollection;
  declare readonly names: Excel.NamedItemCollection;
  declare readonly tables: Excel.TableCollection;
  declare readonly pivotTables: Excel.PivotTableCollection;
  declare readonly application: Excel.Application;
  declare readonly protection: Excel.WorkbookProtection;

  constructor(ctx: ContextInternals, model: WorkbookModel) {
    super(ctx, 'Workbook', { bound: model });
  }

  load(option?: LoadArg): Excel.Workbook {
    return this._load(option);
  }

  getSelectedRange(): Excel.Range {
    return this._child(makeRange, 'getSelectedRange', [], (model) =>
      model.selection ?? (model.activeSheet ? { sheet: model.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } } : null)) as unknown as Excel.Range;
  }

  getActiveCell(): Excel.Range {
    return this._child(makeRange, 'getActiveCell', [], (model) => {
      const selected = model.selection ?? (model.activeSheet ? { sheet: model.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } } : null);
      return selected ? { sheet: selected.sheet, rect: { ...selected.rect, rows: 1, cols: 1 } } : null;
    }) as unknown as Excel.Range;
  }
}

const same = <T>(value: T): T => value;

defineMembers<WorkbookModel>(FakeWorkbook, {
  name: { get: () => 'Book1.xlsx' },
  readOnly: { get: (model) => model.readOnly },
}, {
  worksheets: (self) => sub(self, 'worksheets', FakeWorksheetCollection, same),
  names: (self) => sub(self, 'names', FakeNamedItemCollection, same),
  tables: (self) => sub(self, 'tables', FakeTableCollection, (): { sheet: SheetModel | null } => ({ sheet: null })),
  pivotTables: (self) => sub(self, 'pivotTables', FakePivotTableCollection, (): { sheet: SheetModel | null } => ({ sheet: null })),
  application: (self) => sub(self, 'application', FakeApplication, same),
  protection: (self) => sub(self, 'protection', FakeWorkbookProtection, same),
});

const CALCULATION_MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'];

export class FakeApplication extends FakeObject<WorkbookModel>
  implements Pick<Excel.Application, 'load' | 'calculationMode' | 'calculate' | 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync'> {
  declare calculationMode: Excel.Application['calculationMode'];

  constructor(ctx: ContextInternals, source: Source<WorkbookModel>) {
    super(ctx, 'Application', source);
  }

  load(option?: LoadArg): Excel.Application {
    return this._load(option);
  }

  private count(member: 'calculateCalls' | 'suspendApiCalculationCalls' | 'suspendScreenUpdatingCalls', args: unknown[]): void {
    this._act(member === 'calculateCalls' ? 'calculate' : member === 'suspendApiCalculationCalls'
      ? 'suspendApiCalculationUntilNextSync' : 'suspendScreenUpdatingUntilNextSync', args, (model, env) => {
      env.model.journal.set(model, 'application', { ...model.application, [member]: model.application[member] + 1 });
    });
  }

  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.count('calculateCalls', [calculationType]);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.count('suspendApiCalculationCalls', []);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.count('suspendScreenUpdatingCalls', []);
  }
}

defineMembers<WorkbookModel>(FakeApplication, {
  calculationMode: {
    get: (model) => model.application.calculationMode,
    set: (model, value, env) => {
      if (!CALCULATION_MODES.includes(String(value))) throw officeError('InvalidArgument', `calculationMode ${String(value)}`);
      env.model.journal.set(model, 'application', { ...model.application, calculationMode: String(value) });
    },
  },
});

export class FakeWorkbookProtection extends FakeObject<WorkbookModel>
  implements Pick<Excel.WorkbookProtection, 'load' | 'protected' | 'protect' | 'unprotect'> {
  declare readonly protected: boolean;

  constructor(ctx: ContextInternals, source: Source<WorkbookModel>) {
    super(ctx, 'WorkbookProtection', source);
  }

  load(option?: LoadArg): Excel.WorkbookProtection {
    return this._load(option);
  }

  protect(password?: string): void {
    this._act('protect', [password === undefined ? undefined : '***'], (model, env) => {
      env.model.assertWritable();
      if (model.structure.protected) throw officeError('InvalidOperation', 'the workbook is already protected');
      env.model.journal.set(model, 'structure', { protected: true, password: password ?? null });
    });
  }

  unprotect(password?: string): void {
    this._act('unprotect', [password === undefined ? undefined : '***'], (model, env) => {
      env.model.assertWritable();
      if (model.structure.password !== null && model.structure.password !== password) throw officeError('BadPassword');
      env.model.journal.set(model, 'structure', { protected: false, password: null });
    });
  }
}

defineMembers<WorkbookModel>(FakeWorkbookProtection, { protected: { get: (model) => model.structure.protected } });

export class FakeRuntimeObject extends FakeObject<WorkbookModel> implements Pick<Excel.Runtime, 'load' | 'enableEvents'> {
  declare enableEvents: boolean;

  constructor(ctx: ContextInternals, model: WorkbookModel) {
    super(ctx, 'Runtime', { bound: model });
  }

  load(option?: LoadArg): Excel.Runtime {
    return this._load(option);
  }
}

defineMembers<WorkbookModel>(FakeRuntimeObject, {
  enableEvents: { get: (model) => model.enableEvents, set: (model, value, env) => env.model.journal.set(model, 'enableEvents', value === true) },
});

// ---- named items -------------------------------------------------------------------------------

/** "=Sheet1!$A$1:$B$2" becomes a range reference; any other formula is kept as a constant. */
export function namedReference(model: WorkbookModel, reference: unknown, env: ExecEnv): Pick<NamedItemModel, 'ref' | 'constant'> {
  if (reference instanceof FakeObject) return { ref: resolveRangeArg(reference, env, null), constant: null };
  const text = String(reference);
  const { sheet, ref } = splitSheetAddress(text.replace(/^=/, ''));
  const rect = parseA1(ref);
  if (sheet !== null && rect) {
    const target = model.findSheet(sheet);
    if (!target) throw officeError('InvalidReference', `no worksheet named '${sheet}'`);
    return { ref: { sheet: target, rect }, constant: null };
  }
  return { ref: null, constant: text.startsWith('=') ? text : `=${text}` };
}

const makeName = (ctx: ContextInternals, source: Source<NamedItemModel>): FakeNamedItem => new FakeNamedItem(ctx, source);

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, NamedItemModel>
  implements Pick<Excel.NamedItemCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'> {
  constructor(ctx: ContextInternals, source: Source<WorkbookModel>) {
    super(ctx, 'NamedItemCollection', source);
  }

  get items(): Excel.NamedItem[] {
    return this._read('items') as Excel.NamedItem[];
  }

  load(option?: LoadArg): Excel.NamedItemCollection {
    return this._load(option);
  }

  _itemEntities(model: WorkbookModel): NamedItemModel[] {
    return model.names;
  }

  _itemObject(item: NamedItemModel): FakeObject<NamedItemModel> {
    return makeName(this._ctx, { bound: item });
  }

  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return this._child(makeName, 'add', [name, reference, comment], (model, env) => {
      model.assertWritable();
      model.validateIdentifier(name, 'name');
      const item: NamedItemModel = { name, comment: comment ?? '', visible: true, ...namedReference(model, reference, env) };
      model.journal.saveArray(model.names);
      model.names.push(item);
      return item;
    }) as unknown as Excel.NamedItem;
  }

  getItem(name: string): Excel.NamedItem {
    return this._child(makeName, 'getItem', [name], (model) => model.findName(name)) as unknown as Excel.NamedItem;
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return this._child(makeName, 'getItemOrNullObject', [name], (model) => model.findName(name), true) as unknown as Excel.NamedItem;
  }
}

export class FakeNamedItem extends FakeObject<NamedItemModel>
  implements Pick<Excel.NamedItem, 'load' | 'name' | 'formula' | 'comment' | 'visible' | 'type' | 'value' | 'scope' | 'getRange' | 'getRangeOrNullObject' | 'delete'> {
  declare readonly name: string;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare readonly type: Excel.NamedItem['type'];
  declare readonly value: string;
  declare readonly scope: Excel.NamedItem['scope'];

  constructor(ctx: ContextInternals, source: Source<NamedItemModel>) {
    super(ctx, 'NamedItem', source);
  }

  load(option?: LoadArg): Excel.NamedItem {
    return this._load(option);
  }

  getRange(): Excel.Range {
    return this._child(makeRange, 'getRange', [], (item) => {
      if (!item.ref) throw officeError('InvalidReference', `named item '${item.name}' does not refer to a range`);
      return item.ref;
    }) as unknown as Excel.Range;
  }

  getRangeOrNullObject(): Excel.Range {
    return this._child(makeRange, 'getRangeOrNullObject', [], (item) => item.ref, true) as unknown as Excel.Range;
  }

  delete(): void {
    this._act('delete', [], (item, env) => {
      env.model.assertWritable();
      env.model.journal.saveArray(env.model.names);
      env.model.names.splice(env.model.names.indexOf(item), 1);
    });
  }
}

defineMembers<NamedItemModel>(FakeNamedItem, {
  name: { get: (item) => item.name },
  formula: {
    get: (item, env) => env.model.nameFormula(item),
    set: (item, value, env) => {
      env.model.assertWritable();
      const next = namedReference(env.model, value, env);
      env.model.journal.set(item, 'ref', next.ref);
      env.model.journal.set(item, 'constant', next.constant);
    },
  },
  comment: { get: (item) => item.comment, set: (item, v, env) => env.model.journal.set(item, 'comment', String(v)) },
  visible: { get: (item) => item.visible, set: (item, v, env) => env.model.journal.set(item, 'visible', v === true) },
  type: { get: (item) => (item.ref || item.constant === '=#REF!' ? 'Range' : /^=-?\d/.test(item.constant ?? '') ? 'Double' : 'String') },
  value: { get: (item, env) => env.model.nameFormula(item).replace(/^=/, '') },
  scope: { get: () => 'Workbook' },
});
