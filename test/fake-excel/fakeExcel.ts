/**
 * createFakeExcel(): builds an in-memory workbook, exposes an ExcelHost whose run() hands the add-in a
 * fake Excel.RequestContext, and offers inspectors that read the model directly (no sync, no metrics).
 */
import type { ExcelHost } from '../../src/excel/host';
import { Rect, formatAddress, formatRect, requireA1 } from './address';
import { compareVersions, minimumVersion } from './apiSets';
import { CellValue, FORMULA_PLACEHOLDER, StoredCell } from './cellValue';
import { FakeContext, FakeMetrics, FakeRuntime, PayloadSettings, emptyMetrics } from './context';
import { FakeOfficeError, apiNotFound } from './errors';
import { EventRegistry } from './events';
import { FakeObject } from './proxy';
import { FakeRuntimeObject, FakeWorkbook, namedReference } from './sheetObjects';
import { tableHeaders } from './tableObjects';
import { CellChange, PivotModel, SheetModel, WorkbookModel } from './workbookModel';

export type SeedCell = CellValue | { formula: string; value?: CellValue };
export type SeedSheet = SeedCell[][] | { rows: number; columns: number; cell(row: number, column: number): CellValue };

export interface FailOnSync {
  /** 1-based number of the sync (counted since the fake was created, never reset) that must fail. */
  at: number;
  code?: string;
  message?: string;
}

export interface FakeExcelOptions {
  /** Sheets in order; a string starting with "=" seeds a formula, other values are stored verbatim. */
  sheets?: Record<string, SeedSheet>;
  activeSheet?: string;
  /** Highest supported ExcelApi requirement set (default "1.17"). */
  apiVersion?: string;
  /** Members reported as missing even if the version allows them, e.g. "PivotTableCollection.add". */
  unsupportedApis?: string[];
  readOnly?: boolean;
  workbookProtected?: boolean;
  protectedSheets?: Record<string, { password?: string; options?: Excel.WorksheetProtectionOptions }>;
  /** Defined names: name -> reference formula such as "=客户清单!$A$1:$L$100". */
  names?: Record<string, string>;
  failOnSync?: number | FailOnSync | FailOnSync[];
  /** Default 5,000,000 bytes (the docs' "5MB", read conservatively as decimal megabytes). */
  payloadLimitBytes?: number;
  payloadAccounting?: 'combined' | 'separate';
  /** Default 5,000,000 cells per range read. */
  maxCellsPerRead?: number;
  /** Whether add-in writes raise onChanged (real Excel does). Default true. */
  apiWritesFireEvents?: boolean;
  /**
   * Rows hidden before the add-in runs, by sheet: 0-based row indexes, as `isRowHidden` takes them. A row an
   * AutoFilter hides is a hidden row to Office.js (Range.rowHidden), so this also stands for filtered-out rows.
   */
  hiddenRows?: Record<string, readonly number[]>;
  /**
   * An Excel.run with `mergeUndoGroup: true` fails on its first sync with UndoNotSupported, as real Excel does when a
   * grouped batch calls an API without undo support (Office docs, "Undo capabilities").
   */
  undoNotSupportedInMergedRuns?: boolean;
  /**
   * How a sync waits before running its request. 'microtask' (default) keeps the tests fast; 'task' resolves on a new
   * task (setTimeout), as a real round trip to Excel does, so the browser can paint and handle input between syncs.
   * The preview uses 'task', so its main-thread figures are not one long task per Excel.run.
   */
  syncYield?: 'microtask' | 'task';
}

export interface ChangedEventOptions {
  changeType?: Excel.WorksheetChangedEventArgs['changeType'];
  source?: Excel.WorksheetChangedEventArgs['source'];
}

function seedToStored(cell: SeedCell | undefined): StoredCell | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return { value: cell.value ?? FORMULA_PLACEHOLDER, formula: cell.formula };
  if (typeof cell === 'string' && cell.length > 1 && cell.startsWith('=')) return { value: FORMULA_PLACEHOLDER, formula: cell };
  return { value: cell, formula: null };
}

function seedSheet(sheet: SheetModel, seed: SeedSheet): void {
  if (Array.isArray(seed)) {
    const cols = Math.max(0, ...seed.map((row) => row.length));
    if (seed.length > 0 && cols > 0) sheet.store.write({ row: 0, col: 0, rows: seed.length, cols }, (r, c) => seedToStored(seed[r][c]));
  } else if (seed.rows > 0 && seed.columns > 0) {
    sheet.store.write({ row: 0, col: 0, rows: seed.rows, cols: seed.columns }, (r, c) => seedToStored(seed.cell(r, c)));
  }
}

function changedArgs(sheet: SheetModel, address: string, options: ChangedEventOptions): Excel.WorksheetChangedEventArgs {
  const args = {
    type: 'WorksheetChanged' as const,
    worksheetId: sheet.id,
    address,
    changeType: options.changeType ?? 'RangeEdited',
    source: options.source ?? 'Local',
    triggerSource: 'Unknown',
    getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
    getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}

/** Direct, metric-free view of one sheet for assertions. */
export class SheetInspector {
  constructor(private readonly model: WorkbookModel, readonly sheet: SheetModel) {}

  private at(a1: string): Rect {
    return requireA1(a1);
  }

  /** Stored value: formulas give their cached value (FORMULA_PLACEHOLDER unless seeded), empty cells null. */
  cell(a1: string): CellValue {
    const { row, col } = this.at(a1);
    return this.sheet.store.value(row, col);
  }

  formulaAt(a1: string): string | null {
    const { row, col } = this.at(a1);
    return this.sheet.store.formula(row, col);
  }

  numberFormatAt(a1: string): string {
    const { row, col } = this.at(a1);
    return this.sheet.store.numberFormat.at(row, col);
  }

  /** Format key such as 'font.bold', 'font.color', 'fill.color', 'horizontalAlignment', 'wrapText'. */
  formatAt(a1: string, key: string): unknown {
    const { row, col } = this.at(a1);
    return this.sheet.store.format(key).at(row, col);
  }

  /** Values of `address`, or of A1 down to the last used cell; empty cells are null. */
  grid(address?: string): CellValue[][] {
    const used = this.sheet.store.usedRect();
    const rect = address ? this.at(address) : used ? { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols } : null;
    return rect ? this.sheet.store.readGrid(rect, (v) => v) : [];
  }

  usedRange(): string | null {
    const used = this.sheet.store.usedRect();
    return used ? formatRect(used) : null;
  }

  columnWidth(columnIndex: number): number {
    return this.sheet.store.columnWidths.get(columnIndex) ?? 48;
  }

  isRowHidden(rowIndex: number): boolean {
    return this.sheet.store.hiddenRows.has(rowIndex);
  }

  isColumnHidden(columnIndex: number): boolean {
    return this.sheet.store.hiddenColumns.has(columnIndex);
  }

  /** Simulates the user hiding (or a filter hiding) rows `firstRow`.. (0-based), or showing them again; no sync, no metrics. */
  setRowsHidden(firstRow: number, count: number, hidden = true): void {
    for (let r = firstRow; r < firstRow + count; r++) {
      if (hidden) this.sheet.store.hiddenRows.add(r); else this.sheet.store.hiddenRows.delete(r);
    }
  }

  get frozen(): { rows: number; columns: number } {
    return { rows: this.sheet.frozenRows, columns: this.sheet.frozenColumns };
  }

  get protection(): { protected: boolean; options: Excel.WorksheetProtectionOptions } {
    return { protected: this.sheet.protection.protected, options: { ...this.sheet.protection.options } };
  }

  get tabColor(): string {
    return this.sheet.tabColor;
  }

  get visibility(): string {
    return this.sheet.visibility;
  }

  get position(): number {
    return this.model.sheets.indexOf(this.sheet);
  }

  /** Simulates the user typing/pasting (no sync, no metrics, no events). Seed rules apply. */
  set(a1: string, rows: SeedCell[][]): void {
    const origin = this.at(a1);
    const cols = Math.max(0, ...rows.map((r) => r.length));
    this.sheet.store.write({ row: origin.row, col: origin.col, rows: rows.length, cols }, (r, c) => seedToStored(rows[r][c]));
  }
}

export class FakeExcel implements FakeRuntime {
  readonly model = new WorkbookModel();
  readonly events = new EventRegistry();
  readonly payload: PayloadSettings;
  /** See FakeExcelOptions.syncYield. */
  readonly syncYield: 'microtask' | 'task';
  private currentMetrics: FakeMetrics = emptyMetrics();
  private readonly apiVersion: string;
  private readonly unsupported: Set<string>;
  private readonly failures: FailOnSync[];
  private syncNumber = 0;
  private readonly apiWritesFireEvents: boolean;
  private readonly undoNotSupportedInMergedRuns: boolean;

  /** The object to inject where production code uses `{ run: Excel.run, isSetSupported }`. */
  readonly host: ExcelHost = {
    run: (batch, options) => this.run(batch, options),
    isSetSupported: (set, version) => this.isSetSupported(set, version),
  };

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.unsupported = new Set(options.unsupportedApis ?? []);
    const fail = options.failOnSync;
    this.failures = fail === undefined ? [] : typeof fail === 'number' ? [{ at: fail }] : Array.isArray(fail) ? [...fail] : [fail];
    this.syncYield = options.syncYield ?? 'microtask';
    this.payload = {
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
      payloadAccounting: options.payloadAccounting ?? 'combined',
      maxCellsPerRead: options.maxCellsPerRead ?? 5_000_000,
    };
    this.apiWritesFireEvents = options.apiWritesFireEvents ?? true;
    const seeds = options.sheets ?? { Sheet1: [] };
    for (const [name, seed] of Object.entries(seeds)) seedSheet(this.model.addSheet(name), seed);
    for (const [name, rows] of Object.entries(options.hiddenRows ?? {})) {
      const hidden = this.requireSheet(name).store.hiddenRows;
      for (const row of rows) hidden.add(row);
    }
    if (options.activeSheet) this.model.activeSheet = this.model.findSheet(options.activeSheet);
    for (const [name, setting] of Object.entries(options.protectedSheets ?? {})) {
      const sheet = this.requireSheet(name);
      sheet.protection = { protected: true, password: setting.password ?? null, options: { ...setting.options } };
    }
    for (const [name, reference] of Object.entries(options.names ?? {})) {
      const env = { model: this.model, maxCellsPerRead: 0, cellsRead: 0, cellsWritten: 0, commits: [], responses: [], pivotRenders: new Set<PivotModel>() };
      this.model.names.push({ name, comment: '', visible: true, ...namedReference(this.model, reference, env) });
    }
    this.undoNotSupportedInMergedRuns = options.undoNotSupportedInMergedRuns === true;
    this.model.readOnly = options.readOnly === true;
    this.model.structure.protected = options.workbookProtected === true;
  }

  // ---- host ---------------------------------------------------------------------------------
  /** The options of every Excel.run so far, in order ({} for a run without any). */
  readonly runOptions: Excel.RunOptions[] = [];

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> {
    this.runOptions.push({ ...options });
    if (options?.mergeUndoGroup) {
      if (!this.isSetSupported('ExcelApi', '1.20')) throw apiNotFound('RunOptions.mergeUndoGroup', '1.20');
      if (this.undoNotSupportedInMergedRuns) this.failNextSync('UndoNotSupported', 'The operation is not supported inside an undo group.');
    }
    const context = new FakeContext(this);
    try {
      const result = await batch(context.asRequestContext());
      if (context.hasPendingCommands()) await context.sync(); // Excel.run flushes queued commands
      return result;
    } finally {
      context.close();
    }
  }

  isSetSupported(set: string, version: string): boolean {
    return set === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0;
  }

  supportsApi(typeName: string, member: string): boolean {
    return !this.unsupported.has(`${typeName}.${member}`) && compareVersions(minimumVersion(typeName, member), this.apiVersion) <= 0;
  }

  requireApi(typeName: string, member: string): void {
    if (!this.supportsApi(typeName, member)) throw apiNotFound(`${typeName}.${member}`, minimumVersion(typeName, member));
  }

  // ---- runtime hooks used by FakeContext ------------------------------------------------------
  injectedFailure(): FakeOfficeError | null {
    this.syncNumber++;
    const failure = this.failures.find((f) => f.at === this.syncNumber);
    return failure ? new FakeOfficeError(failure.code ?? 'GeneralException', failure.message ?? `injected failure of sync #${failure.at}`) : null;
  }

  createWorkbook(ctx: FakeContext): FakeObject<WorkbookModel> {
    return new FakeWorkbook(ctx, this.model);
  }

  createRuntimeObject(ctx: FakeContext): FakeObject<WorkbookModel> {
    return new FakeRuntimeObject(ctx, this.model);
  }

  afterSync(changes: CellChange[]): void {
    if (!this.apiWritesFireEvents || !this.model.enableEvents || this.events.handlerCount() === 0) return;
    for (const change of changes) {
      void this.events.dispatch(change.sheet.id, () => changedArgs(change.sheet, formatRect(change.rect), { source: 'Local' }));
    }
  }

  // ---- metrics and fault injection --------------------------------------------------------------
  get metrics(): FakeMetrics {
    return this.currentMetrics;
  }

  resetMetrics(): void {
    this.currentMetrics = emptyMetrics();
  }

  /** Arms a failure for the n-th sync from now (1 = the next sync). */
  failNextSync(code = 'GeneralException', message?: string, n = 1): void {
    this.failures.push({ at: this.syncNumber + n, code, message });
  }

  set readOnly(value: boolean) {
    this.model.readOnly = value;
  }

  // ---- inspectors -------------------------------------------------------------------------------
  private requireSheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`fake-excel: no sheet named '${name}'`);
    return sheet;
  }

  sheet(name: string): SheetInspector {
    return new SheetInspector(this.model, this.requireSheet(name));
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheetName(): string | null {
    return this.model.activeSheet?.name ?? null;
  }

  /** The selected range as the user would see it in the name box, e.g. { sheet: '客户清单', address: 'A5:XFD5' }. */
  selection(): { sheet: string; address: string } | null {
    const selected = this.model.selection;
    return selected ? { sheet: selected.sheet.name, address: formatRect(selected.rect) } : null;
  }

  select(sheetName: string, address: string): void {
    const sheet = this.requireSheet(sheetName);
    this.model.selection = { sheet, rect: requireA1(address) };
    this.model.activeSheet = sheet;
  }

  names(): Array<{ name: string; formula: string; comment: string; visible: boolean }> {
    return this.model.names.map((n) => ({ name: n.name, formula: this.model.nameFormula(n), comment: n.comment, visible: n.visible }));
  }

  tables(): Array<{ name: string; sheet: string; address: string; headers: string[]; dataRowCount: number }> {
    return this.model.tables.map((t) => ({
      name: t.name, sheet: t.sheet.name, address: formatAddress(t.sheet.name, t.rect), headers: tableHeaders(t), dataRowCount: t.rect.rows - 1,
    }));
  }

  pivots(): Array<{
    name: string; sheet: string; source: string; rows: string[]; columns: string[];
    data: Array<{ name: string; field: string; summarizeBy: string }>; address: string | null; grid: CellValue[][];
  }> {
    return this.model.pivots.map((p) => {
      const source = 'id' in p.source ? formatAddress(p.source.sheet.name, p.source.rect) : formatAddress(p.source.sheet.name, p.source.rect);
      return {
        name: p.name, sheet: p.sheet.name, source, rows: [...p.rows], columns: [...p.columns],
        data: p.data.map((d) => ({ name: d.name, field: d.field, summarizeBy: d.summarizeBy })),
        address: p.output ? formatAddress(p.sheet.name, p.output) : null,
        grid: p.output ? p.sheet.store.readGrid(p.output, (v) => v) : [],
      };
    });
  }

  charts(): Array<{ name: string; sheet: string; chartType: string; source: string; seriesBy: string; title: string; position: { start: string; end: string | null } | null }> {
    return this.model.charts.map((c) => ({
      name: c.name, sheet: c.sheet.name, chartType: c.chartType, source: formatAddress(c.source.sheet.name, c.source.rect),
      seriesBy: c.seriesBy, title: c.title, position: c.position ? { ...c.position } : null,
    }));
  }

  conditionalFormats(): Array<{ sheet: string; address: string; type: string; settings: Record<string, unknown> }> {
    return this.model.conditionalFormats.map((cf) => ({
      sheet: cf.sheet.name, address: formatAddress(cf.sheet.name, cf.rect), type: cf.type, settings: JSON.parse(JSON.stringify(cf.settings)) as Record<string, unknown>,
    }));
  }

  /** Range.dataValidation rules, in the order they were set (recorded, never evaluated). */
  dataValidations(): Array<{ sheet: string; address: string; type: string; rule: Record<string, unknown>; prompt: Record<string, unknown> | null; errorAlert: Record<string, unknown> | null; ignoreBlanks: boolean }> {
    const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
    return this.model.dataValidations.map((v) => ({
      sheet: v.sheet.name, address: formatAddress(v.sheet.name, v.rect), type: v.type, rule: copy(v.rule),
      prompt: v.prompt ? copy(v.prompt) : null, errorAlert: v.errorAlert ? copy(v.errorAlert) : null, ignoreBlanks: v.ignoreBlanks,
    }));
  }

  application(): { calculationMode: string; calculateCalls: number; suspendApiCalculationCalls: number; suspendScreenUpdatingCalls: number } {
    return { ...this.model.application };
  }

  get workbookProtected(): boolean {
    return this.model.structure.protected;
  }

  /** Deep copy of everything observable, for before/after `toEqual` comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.model.sheets.map((s) => ({
        name: s.name, id: s.id, visibility: s.visibility, tabColor: s.tabColor, frozen: [s.frozenRows, s.frozenColumns],
        protection: { protected: s.protection.protected, options: { ...s.protection.options } },
        cells: s.store.snapshotCells(),
        numberFormat: s.store.numberFormat.snapshot(),
        formats: Object.fromEntries([...s.store.formats].map(([key, layer]) => [key, layer.snapshot()])),
        columnWidths: Object.fromEntries(s.store.columnWidths),
        hiddenRows: [...s.store.hiddenRows].sort((a, b) => a - b),
        hiddenColumns: [...s.store.hiddenColumns].sort((a, b) => a - b),
      })),
      activeSheet: this.activeSheetName(),
      names: this.names(),
      tables: this.tables(),
      pivots: this.pivots(),
      charts: this.charts(),
      conditionalFormats: this.conditionalFormats(),
      dataValidations: this.dataValidations(),
      structureProtected: this.model.structure.protected,
    };
  }

  // ---- events -----------------------------------------------------------------------------------
  /** Simulates a user edit on `sheetName` at `address` (e.g. "B2:C3"); resolves when handlers finished. */
  fireChanged(sheetName: string, address: string, options: ChangedEventOptions = {}): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    return this.events.dispatch(sheet.id, () => changedArgs(sheet, address, options));
  }

  /** Waits for all event handlers (including those fired by API writes); rethrows a handler's error. */
  settle(): Promise<void> {
    return this.events.settle();
  }

  eventHandlerCount(): number {
    return this.events.handlerCount();
  }
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}
