/*
 * A WorkbookGateway over an in-memory worksheet, recording what the pane asks of it. Writes go step by step
 * (each column, sheet, pivot, chart) and stop early on an aborted signal with an incomplete report, as the
 * contract says; a failed step rejects with a WritePlanError carrying what was written, as the Office gateway does.
 * A test can hold or fail a write between steps with `writeStepGate`.
 */
import {
  cellAddress, isBlankCell, KEPT_SHEET_KEYS, isFormulaCell, JUDGEMENT_SHEET_KEY, readJudgementSheet, readModelSheet, readStrategyTemplates, sheetMarkerName, STRATEGY_TEMPLATES_SHEET_KEY, TierBookError, text,
  type CellValue, type Locale, type OutputPlan, type PlanCell, type TierModel, type TrackingSheets,
} from '../../src/engine';
import type { StoredJudgements } from '../../src/excel/readStoredJudgements';
import type { RemovedOutput } from '../../src/excel/removeTierBookOutput';
import type {
  ClientTableSource, LongOperationOptions, RowsRead, StoredModel, StoredRunLog, StoredTemplates, WorkbookGateway, WriteReport,
} from '../../src/excel/workbookGateway';
import { WritePlanError } from '../../src/excel/writeReport';

export interface MemoryGatewayOptions {
  readonly sheetName: string;
  readonly grid: CellValue[][];
  readonly locale?: Locale;
  readonly storedModel?: TierModel;
  /** The strategy templates sheet; default none (a run with strategy sheets then writes the default templates). */
  readonly storedTemplates?: StoredTemplates;
  readonly chunkSize?: number;
  /** 1-based worksheet rows hidden or filtered out, as Excel's rowHidden would report them. */
  readonly hiddenRows?: readonly number[];
}

/** Awaited before write step `step` (0-based); resolve it to let the write go on. */
export type WriteStepGate = (step: number, signal: AbortSignal | undefined) => Promise<void>;

function cancelled(): TierBookError {
  return new TierBookError('CANCELLED', text('已取消', 'cancelled'));
}

function asValues(rows: readonly (readonly PlanCell[])[]): CellValue[][] {
  return rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.result ?? null : cell)));
}

export class MemoryGateway implements WorkbookGateway {
  readonly sheetName: string;
  readonly grid: CellValue[][];
  readonly locale: Locale;
  readonly chunkSize: number;
  /** 1-based worksheet rows hidden or filtered out; a test may change them before a read. */
  hiddenRows: readonly number[];
  stored: StoredModel | undefined;
  storedTemplates: StoredTemplates | undefined;
  /** The workbook's AHP judgements sheet, as readStoredJudgements returns it. */
  storedJudgements: StoredJudgements | undefined;
  /** When set, readStoredTemplates rejects with it, as the Office gateway does for a templates sheet with errors. */
  templatesError: TierBookError | undefined;
  /** The tracking loop's sheets as readTrackingSheets gives them (the Office gateway reads them by TRACKING_READS). */
  trackingSheets: TrackingSheets = {};
  /** How many times the pane asked for the tracking sheets. */
  trackingReads = 0;
  /** How many times the pane asked for the templates. */
  templateReads = 0;
  /** Every plan passed to writePlan, in order. */
  readonly plans: OutputPlan[] = [];
  /** The signal of every long operation, in order. */
  readonly signals: (AbortSignal | undefined)[] = [];
  readonly selectedCells: { sheetName: string; address: string }[] = [];
  /** Written sheets by name, as values. */
  readonly writtenSheets = new Map<string, CellValue[][]>();
  writeStepGate: WriteStepGate | undefined;
  /** The run log's rows, appended to by every run that writes one (header once), as the Office gateway does. */
  readonly runLogRows: CellValue[][] = [];
  /** Sheet name by upper-cased sheet marker, for every sheet written. */
  private readonly sheetsByMarker: Record<string, string> = {};
  /** Every sheet the pane asked to show, in order. */
  readonly activatedSheets: string[] = [];
  /** Columns and sheets written and not yet removed, as removeTierBookOutput would find them by their markers. */
  private readonly output = { columns: new Set<string>(), sheets: new Set<string>() };
  readonly removals: RemovedOutput[] = [];
  private readonly modelListeners = new Set<() => void>();

  constructor(options: MemoryGatewayOptions) {
    this.sheetName = options.sheetName;
    this.grid = options.grid;
    this.locale = options.locale ?? 'en-US';
    this.chunkSize = options.chunkSize ?? 16;
    this.hiddenRows = options.hiddenRows ?? [];
    this.stored = options.storedModel ? { model: options.storedModel, sheetName: 'Tier Model' } : undefined;
    this.storedTemplates = options.storedTemplates;
  }

  displayLocale(): Locale {
    return this.locale;
  }

  /** The bounding box of the non-blank cells, as Excel's current region would give it for this sheet. */
  async findClientTable(): Promise<ClientTableSource> {
    let top = Infinity, bottom = -1, left = Infinity, right = -1;
    this.grid.forEach((row, r) => row.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
    }));
    if (bottom < 0) throw new TierBookError('INPUT_NOT_FOUND', text('工作表是空的', 'the sheet is empty'));
    const rowCount = bottom - top + 1;
    return {
      sheetName: this.sheetName, address: `${cellAddress(top, left)}:${cellAddress(bottom, right)}`,
      firstRow: top, firstColumn: left, rowCount, columnCount: right - left + 1,
      topRows: this.block(top, Math.min(bottom, top + 29), left, right), lastUsedColumn: right,
    };
  }

  private block(fromRow: number, toRow: number, left: number, right: number): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let r = fromRow; r <= toRow; r++) rows.push(Array.from({ length: right - left + 1 }, (_, c) => this.grid[r]?.[left + c] ?? null));
    return rows;
  }

  async readRows(source: ClientTableSource, onRows: (rows: CellValue[][], firstRowNumber: number) => void, options: LongOperationOptions = {}): Promise<RowsRead> {
    this.signals.push(options.signal);
    const last = source.firstRow + source.rowCount - 1;
    for (let r = source.firstRow; r <= last; r += this.chunkSize) {
      await Promise.resolve();
      if (options.signal?.aborted) throw cancelled();
      const to = Math.min(last, r + this.chunkSize - 1);
      onRows(this.block(r, to, source.firstColumn, source.firstColumn + source.columnCount - 1), r + 1);
      options.onProgress?.({ phase: 'read', done: to - source.firstRow + 1, total: source.rowCount });
    }
    // As the Office gateway: the block's hidden rows only, ascending.
    const hiddenRowNumbers = [...new Set(this.hiddenRows)].filter((row) => row > source.firstRow && row <= last + 1).sort((a, b) => a - b);
    return { hiddenRowNumbers };
  }

  async writePlan(plan: OutputPlan, options: LongOperationOptions = {}): Promise<WriteReport> {
    this.plans.push(plan);
    this.signals.push(options.signal);
    const written = { columns: [] as string[], sheets: [] as string[], pivots: [] as string[], charts: [] as string[] };
    const steps: (() => void)[] = [
      ...plan.columns.map((column) => () => { written.columns.push(column.header); this.output.columns.add(column.header); }),
      ...plan.sheets.map((sheet) => () => {
        const values = asValues(sheet.rows);
        this.writtenSheets.set(sheet.preferredName, values);
        this.sheetsByMarker[sheetMarkerName(sheet.key).toUpperCase()] = sheet.preferredName;
        if (sheet.role === 'log') this.runLogRows.push(...values.slice(this.runLogRows.length === 0 ? 0 : 1));
        if (sheet.key === JUDGEMENT_SHEET_KEY) {
          this.storedJudgements = { sheetName: sheet.preferredName, judgements: readJudgementSheet(values, sheet.preferredName) };
        } else if (sheet.key === STRATEGY_TEMPLATES_SHEET_KEY) {
          this.storedTemplates = { playbooks: readStrategyTemplates(values, sheet.preferredName), sheetName: sheet.preferredName };
        } else if (sheet.key === 'model') {
          this.stored = { model: readModelSheet(values, sheet.preferredName), sheetName: sheet.preferredName };
        }
        written.sheets.push(sheet.preferredName);
        // As removeTierBookOutput: the kept sheets (the model, templates, log, the tracking loop's user sheets) stay.
        if (!KEPT_SHEET_KEYS.includes(sheet.key)) this.output.sheets.add(sheet.preferredName);
      }),
      ...plan.pivots.map((pivot) => () => { written.pivots.push(pivot.name); }),
      ...plan.charts.map((chart) => () => { written.charts.push(chart.title); }),
    ];
    for (let step = 0; step < steps.length; step++) {
      try {
        await (this.writeStepGate ? this.writeStepGate(step, options.signal) : Promise.resolve());
      } catch (error) {
        const cause = error instanceof TierBookError ? error : new TierBookError('INTERNAL', text('写入失败', 'the write failed'));
        throw new WritePlanError(cause, { ...written, warnings: [], incomplete: true });
      }
      if (options.signal?.aborted) return { ...written, warnings: [], incomplete: true };
      steps[step]();
      options.onProgress?.({ phase: 'write', done: step + 1, total: steps.length });
    }
    return { ...written, warnings: [], incomplete: false };
  }

  /** What the Office gateway adds: TierBook's columns and sheets go, the model sheet, the templates and the run log stay. */
  async removeTierBookOutput(): Promise<RemovedOutput> {
    const removed = { columns: [...this.output.columns], sheets: [...this.output.sheets] };
    this.output.columns.clear();
    this.output.sheets.clear();
    this.removals.push(removed);
    return removed;
  }

  async readStoredModel(): Promise<StoredModel | undefined> {
    return this.stored;
  }

  async readStoredJudgements(): Promise<StoredJudgements | undefined> {
    return this.storedJudgements;
  }

  async readTrackingSheets(options: LongOperationOptions = {}): Promise<TrackingSheets> {
    this.trackingReads++;
    await Promise.resolve();
    if (options.signal?.aborted) throw cancelled();
    return this.trackingSheets;
  }

  async readStoredTemplates(): Promise<StoredTemplates | undefined> {
    this.templateReads++;
    if (this.templatesError) throw this.templatesError;
    return this.storedTemplates;
  }

  async onStoredModelChanged(handler: () => void): Promise<() => Promise<void>> {
    this.modelListeners.add(handler);
    return async () => { this.modelListeners.delete(handler); };
  }

  /** As if the user edited the model sheet by hand. */
  editStoredModel(model: TierModel): void {
    this.stored = { model, sheetName: this.stored?.sheetName ?? 'Tier Model' };
    for (const listener of this.modelListeners) listener();
  }

  get listenerCount(): number {
    return this.modelListeners.size;
  }

  async readRunLog(): Promise<StoredRunLog | undefined> {
    const sheetName = this.sheetsByMarker[sheetMarkerName('log').toUpperCase()];
    return sheetName ? { sheetName, rows: this.runLogRows.map((r) => [...r]), sheetsByMarker: { ...this.sheetsByMarker } } : undefined;
  }

  async activateSheet(sheetName: string): Promise<void> {
    this.activatedSheets.push(sheetName);
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.selectedCells.push({ sheetName, address });
  }

  /** Every lock/unlock request, in order. */
  readonly lockRequests: { locked: boolean; password?: string }[] = [];

  async setModelSheetLocked(locked: boolean, password?: string): Promise<void> {
    this.lockRequests.push({ locked, password });
  }

  async readPreviousTiers(): Promise<ReadonlyMap<string, string> | undefined> {
    return undefined;
  }
}
