import type { CellValue, Locale, OutputPlan, TrackingSheets } from '../engine';
import { activateSheet } from './activateSheet';
import { displayLocale, officeDisplayLanguage } from './displayLocale';
import { findClientTable } from './findClientTable';
import type { ExcelHost } from './host';
import { onStoredModelChanged } from './modelSheetEvents';
import { setModelSheetLocked } from './modelSheetLock';
import { readPreviousTiers } from './previousTiers';
import { readSheetBlock, readTierBookColumn } from './readTierBookColumn';
import { readTierBookSheet } from './readTierBookSheet';
import { readRows } from './readRows';
import { readRunLog } from './readRunLog';
import { readStoredModel } from './readStoredModel';
import { readStoredTemplates } from './readStoredTemplates';
import { readStoredJudgements } from './readStoredJudgements';
import { readTrackingSheets } from './readTrackingSheets';
import { removeTierBookOutput, type RemovedOutput } from './removeTierBookOutput';
import { DEFAULT_REQUEST_BUDGET, type RequestBudget } from './requestBudget';
import { selectCell } from './selectCell';
import { writePlan } from './writePlan';
import type { ClientTableSource, LongOperationOptions, RowsRead, StoredModel, StoredRunLog, StoredTemplates, WorkbookGateway, WriteReport } from './workbookGateway';

export interface OfficeGatewayOptions {
  /** Office's display language; default `Office.context.displayLanguage`. Injected so tests can set it. */
  readonly displayLanguage?: () => string | undefined;
  /** Bytes and cells per request; default 4,000,000 bytes and 5,000,000 cells (see requestBudget.ts). */
  readonly requestBudget?: Partial<RequestBudget>;
}

/** The gateway plus the cleanup the pane offers after a cancelled or failed write. */
export interface OfficeWorkbookGateway extends WorkbookGateway {
  /** Deletes every column and sheet TierBook marked, except the model sheet, the strategy templates and the run log. */
  removeTierBookOutput(): Promise<RemovedOutput>;
  readTrackingSheets(options?: LongOperationOptions): Promise<TrackingSheets>;
}

/**
 * The WorkbookGateway on Office.js, reached only through `host` (Excel.run in production, the fake in tests).
 * writePlan resolves with `incomplete: true` when cancelled and rejects with a WritePlanError (see writeReportOf)
 * carrying the report when it fails.
 */
export function createOfficeWorkbookGateway(host: ExcelHost, options: OfficeGatewayOptions = {}): OfficeWorkbookGateway {
  const budget: RequestBudget = { ...DEFAULT_REQUEST_BUDGET, ...options.requestBudget };
  const language = options.displayLanguage ?? officeDisplayLanguage;
  // TierBook's own writes raise onChanged too; the model-sheet listener ignores events while a write runs.
  let writing = 0;
  return {
    displayLocale: (): Locale => displayLocale(language),
    findClientTable: (): Promise<ClientTableSource> => findClientTable(host),
    readRows: (source: ClientTableSource, onRows: (rows: CellValue[][], firstRowNumber: number) => void, opts?: LongOperationOptions): Promise<RowsRead> =>
      readRows(host, budget, source, onRows, opts),
    writePlan: async (plan: OutputPlan, opts?: LongOperationOptions): Promise<WriteReport> => {
      writing++;
      try {
        return await writePlan(host, budget, plan, opts);
      } finally {
        // Why a macrotask: Excel delivers the write's change events after the sync that caused them.
        setTimeout(() => { writing--; }, 0);
      }
    },
    readStoredModel: (): Promise<StoredModel | undefined> => readStoredModel(host),
    readStoredTemplates: (): Promise<StoredTemplates | undefined> => readStoredTemplates(host),
    readStoredJudgements: () => readStoredJudgements(host),
    onStoredModelChanged: (handler: () => void): Promise<() => Promise<void>> => onStoredModelChanged(host, handler, () => writing > 0),
    selectCell: (sheetName: string, address: string): Promise<void> => selectCell(host, sheetName, address),
    readRunLog: (): Promise<StoredRunLog | undefined> => readRunLog(host),
    activateSheet: (sheetName: string): Promise<void> => activateSheet(host, sheetName),
    setModelSheetLocked: (locked: boolean, password?: string): Promise<void> => setModelSheetLocked(host, locked, password),
    readPreviousTiers: (source: ClientTableSource): Promise<ReadonlyMap<string, string> | undefined> => readPreviousTiers(host, budget, source),
    readPreviousComplianceStates: (source: ClientTableSource): Promise<ReadonlyMap<string, string> | undefined> => readPreviousTiers(host, budget, source, 'complianceState'),
    readTierBookColumn: (key: string) => readTierBookColumn(host, budget, key),
    readTrackingSheets: (opts?: LongOperationOptions) => readTrackingSheets(host, budget, opts?.signal),
    readSheetBlock: (sheetName: string, firstRow: number, rowCount: number, columnCount: number) => readSheetBlock(host, sheetName, firstRow, rowCount, columnCount),
    readTierBookSheet: (key: string, columnCount: number, opts?: LongOperationOptions) => readTierBookSheet(host, budget, key, columnCount, opts?.signal),
    removeTierBookOutput: (): Promise<RemovedOutput> => removeTierBookOutput(host),
  };
}

export { writeReportOf, WritePlanError } from './writeReport';
export type { RemovedOutput } from './removeTierBookOutput';
