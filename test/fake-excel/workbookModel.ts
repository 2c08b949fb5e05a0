/** The in-memory workbook: sheets, names, tables, pivots, charts, protection and their Excel rules. */
import { Rect, formatAddress, intersectRect } from './address';
import { officeError } from './errors';
import { Journal } from './journal';
import { SheetStore } from './sheetStore';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetProtection {
  protected: boolean;
  password: string | null;
  options: Excel.WorksheetProtectionOptions;
}

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export class SheetModel {
  name: string;
  visibility: Visibility = 'Visible';
  tabColor = '';
  frozenRows = 0;
  frozenColumns = 0;
  deleted = false;
  protection: SheetProtection = { protected: false, password: null, options: {} };
  readonly store: SheetStore;

  constructor(readonly id: string, name: string, journal: Journal) {
    this.name = name;
    this.store = new SheetStore(journal);
  }
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect; // includes the header row, and the totals row when showTotals
  style: string;
  /** Whether the table shows a totals row: its last row (Excel adds it below the data when turned on). */
  showTotals?: boolean;
}

export interface DataFieldModel {
  field: string;
  name: string;
  customName: boolean;
  summarizeBy: string;
  numberFormat: string;
}

export interface PivotModel {
  id: string;
  name: string;
  sheet: SheetModel;
  anchor: { row: number; col: number };
  source: RangeRef | TableModel;
  rows: string[];
  columns: string[];
  data: DataFieldModel[];
  layoutType: string;
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  output: Rect | null;
  dataBody: Rect | null;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  source: RangeRef;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  position: { start: string; end: string | null } | null;
  size: { top: number; left: number; height: number; width: number };
}

export interface NamedItemModel {
  name: string;
  comment: string;
  visible: boolean;
  ref: RangeRef | null; // null when the formula is a constant or #REF!
  constant: string | null;
}

export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  rect: Rect;
  type: string;
  settings: Record<string, unknown>;
}

/** One Range.dataValidation rule (dataValidationObjects.ts), over the range it was set on. */
export interface DataValidationModel {
  sheet: SheetModel;
  rect: Rect;
  type: string;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface CellChange {
  sheet: SheetModel;
  rect: Rect;
}

export type EditKind = 'cells' | 'format' | 'columns' | 'rows' | 'insertRows' | 'deleteRows' | 'insertColumns' | 'deleteColumns' | 'objects';

const PROTECTION_ALLOWANCE: Partial<Record<EditKind, keyof Excel.WorksheetProtectionOptions>> = {
  format: 'allowFormatCells',
  columns: 'allowFormatColumns',
  rows: 'allowFormatRows',
  insertRows: 'allowInsertRows',
  deleteRows: 'allowDeleteRows',
  insertColumns: 'allowInsertColumns',
  deleteColumns: 'allowDeleteColumns',
  objects: 'allowEditObjects',
};

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;
const IDENTIFIER = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export class WorkbookModel {
  readonly journal = new Journal();
  readonly sheets: SheetModel[] = [];
  readonly names: NamedItemModel[] = [];
  readonly tables: TableModel[] = [];
  readonly pivots: PivotModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly dataValidations: DataValidationModel[] = [];
  readonly changes: CellChange[] = [];
  activeSheet: SheetModel | null = null;
  selection: RangeRef | null = null;
  readOnly = false;
  structure = { protected: false, password: null as string | null };
  application = { calculationMode: 'Automatic', calculateCalls: 0, suspendApiCalculationCalls: 0, suspendScreenUpdatingCalls: 0 };
  enableEvents = true;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(4, '0')}}`;
  }

  // ---- guards -------------------------------------------------------------------------------
  assertWritable(): void {
    if (this.readOnly) throw officeError('AccessDenied', 'the workbook is read-only');
  }

  assertStructureEditable(): void {
    this.assertWritable();
    if (this.structure.protected) throw officeError('AccessDenied', 'the workbook structure is protected');
  }

  assertEditable(sheet: SheetModel, kind: EditKind): void {
    this.assertWritable();
    if (!sheet.protection.protected) return;
    const allowance = PROTECTION_ALLOWANCE[kind];
    if (allowance && sheet.protection.options[allowance] === true) return;
    throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  }

  // ---- sheets -------------------------------------------------------------------------------
  findSheet(name: string): SheetModel | null {
    return this.sheets.find((s) => sameName(s.name, name)) ?? null;
  }

  sheetById(id: string): SheetModel | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  validateSheetName(name: string, renaming?: SheetModel): void {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || FORBIDDEN_SHEET_CHARS.test(name)
      || name.startsWith("'") || name.endsWith("'") || sameName(name, 'History')) {
      throw officeError('InvalidArgument', `invalid worksheet name '${String(name)}'`);
    }
    const existing = this.findSheet(name);
    if (existing && existing !== renaming) throw officeError('ItemAlreadyExists', `a worksheet named '${name}' already exists`);
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName);
    const sheet = new SheetModel(this.newId('SHEET'), finalName, this.journal);
    this.journal.saveArray(this.sheets);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.journal.set(this as WorkbookModel, 'activeSheet', sheet);
    return sheet;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureEditable();
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw officeError('InvalidOperation', 'a workbook must contain at least one visible worksheet');
    }
    for (const list of [this.sheets, this.tables, this.pivots, this.charts, this.conditionalFormats, this.dataValidations] as Array<Array<{ sheet?: SheetModel }>>) {
      this.journal.saveArray(list);
    }
    const keep = <T>(list: T[], pred: (item: T) => boolean): void => {
      const kept = list.filter(pred);
      list.length = 0;
      list.push(...kept);
    };
    keep(this.sheets, (s) => s !== sheet);
    keep(this.tables, (t) => t.sheet !== sheet);
    keep(this.pivots, (p) => p.sheet !== sheet);
    keep(this.charts, (c) => c.sheet !== sheet);
    keep(this.conditionalFormats, (c) => c.sheet !== sheet);
    keep(this.dataValidations, (v) => v.sheet !== sheet);
    for (const item of this.names) if (item.ref?.sheet === sheet) this.journal.set(item, 'ref', null);
    this.journal.set(sheet, 'deleted', true);
    if (this.activeSheet === sheet) this.journal.set(this as WorkbookModel, 'activeSheet', this.visibleSheets()[0] ?? null);
    if (this.selection?.sheet === sheet) this.journal.set(this as WorkbookModel, 'selection', null);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.assertStructureEditable();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError('InvalidArgument', `invalid worksheet position ${position}`);
    }
    this.journal.saveArray(this.sheets);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: Visibility): void {
    this.assertStructureEditable();
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) throw officeError('InvalidArgument', `visibility ${visibility}`);
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw officeError('InvalidOperation', 'cannot hide the last visible worksheet');
    }
    this.journal.set(sheet, 'visibility', visibility);
  }

  // ---- names (tables and named items share one namespace) -------------------------------------
  validateIdentifier(name: string, kind: 'table' | 'name', self?: unknown): void {
    if (typeof name !== 'string' || name.length === 0 || name.length > 255 || !IDENTIFIER.test(name) || CELL_LIKE.test(name)) {
      throw officeError('InvalidArgument', `invalid ${kind} name '${String(name)}'`);
    }
    const clash = [...this.tables.filter((t) => t !== self), ...this.names.filter((n) => n !== self)]
      .some((item) => sameName(item.name, name));
    if (clash) throw officeError('ItemAlreadyExists', `the name '${name}' is already used by a table or named item`);
  }

  findName(name: string): NamedItemModel | null {
    return this.names.find((n) => sameName(n.name, name)) ?? null;
  }

  findTable(name: string): TableModel | null {
    return this.tables.find((t) => sameName(t.name, name)) ?? null;
  }

  nameFormula(item: NamedItemModel): string {
    if (item.ref) return `=${formatAddress(item.ref.sheet.name, item.ref.rect, true)}`;
    return item.constant ?? '=#REF!';
  }

  tableOverlapping(sheet: SheetModel, rect: Rect, except?: TableModel): TableModel | null {
    return this.tables.find((t) => t !== except && t.sheet === sheet && intersectRect(t.rect, rect) !== null) ?? null;
  }

  nextObjectName(prefix: string, taken: Array<{ name: string }>, separator = ''): string {
    let n = 1;
    while (taken.some((item) => sameName(item.name, `${prefix}${separator}${n}`))) n++;
    return `${prefix}${separator}${n}`;
  }

  recordChange(sheet: SheetModel, rect: Rect): void {
    this.changes.push({ sheet, rect: { ...rect } });
  }
}
