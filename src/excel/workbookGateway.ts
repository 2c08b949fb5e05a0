import type { StoredColumn } from './readTierBookColumn';
import { sheetMarkerName, type CellValue, type LocalizedText, type Locale, type OutputPlan, type Playbook, type TierModel, type TrackingSheets } from '../engine';
import type { StoredJudgements } from './readStoredJudgements';
import type { StoredSheet } from './readTierBookSheet';

/** Where a long operation is, for a ProgressBar; `total` may grow while reading. */
export interface ProgressUpdate {
  readonly phase: 'read' | 'write';
  readonly done: number;
  readonly total: number;
  readonly message?: LocalizedText;
}

export interface LongOperationOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (update: ProgressUpdate) => void;
}

/** The block of a worksheet that holds the client table, as found from the selection. */
export interface ClientTableSource {
  readonly sheetName: string;
  /** Sheet-local A1 address of the whole block, title rows included, e.g. "A1:N5003". */
  readonly address: string;
  /** 0-based sheet row and column of the block's top-left cell. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The block's first rows (up to 30), for header location. Cells indexed from the block's first column. */
  readonly topRows: readonly (readonly CellValue[])[];
  /** Name of the Excel table the selection is in, when it is one. */
  readonly tableName?: string;
  /**
   * 1-based worksheet rows the Excel table declares as its totals row (`showTotals`: the table range's last row).
   * The engine excludes them whatever they hold; pass them to ClientTableBuilder as `{ totalsRows }`.
   */
  readonly totalsRows?: readonly number[];
  /** 0-based index of the sheet's last used column: TierBook's columns go right after it. */
  readonly lastUsedColumn: number;
}

/** What readRows learned besides the cells. */
export interface RowsRead {
  /**
   * 1-based worksheet rows of the block that are hidden or filtered out (Excel's `rowHidden` covers both),
   * ascending. TierBook tiers them like any other row; the pane passes them to ClientTableBuilder.noteHiddenRows.
   */
  readonly hiddenRowNumbers: readonly number[];
}

/** What a write did, so the pane can say it, and what to remove after a cancel or failure. */
export interface WriteReport {
  readonly columns: readonly string[];
  readonly sheets: readonly string[];
  readonly pivots: readonly string[];
  readonly charts: readonly string[];
  readonly warnings: readonly LocalizedText[];
  /** True when the write stopped early (cancelled or failed); what is listed above was written. */
  readonly incomplete: boolean;
}

/** The run log (运行日志) as found by its marker, for the run report; sheets by upper-cased marker name. */
export interface StoredRunLog {
  readonly sheetName: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** `_TIERBOOK_SHEET_<KEY>` → the sheet's name now (markers follow renames); see sheetOfKey. */
  readonly sheetsByMarker: Readonly<Record<string, string>>;
}

/** A model sheet found in the workbook. */
export interface StoredModel {
  readonly model: TierModel;
  readonly sheetName: string;
}

/** The playbooks of a strategy templates sheet found in the workbook (the user's editable copy). */
export interface StoredTemplates {
  readonly playbooks: readonly Playbook[];
  readonly sheetName: string;
}

/**
 * Everything the task pane needs from the workbook. src/excel implements it on Office.js (through an ExcelHost,
 * so tests run it on the fake); the pane never calls Excel.run itself.
 */
export interface WorkbookGateway {
  /** Office's display language mapped to a supported locale. */
  displayLocale(): Locale;
  /** The client table under the selection: the Excel table, else the current region (whole used range as fallback). */
  findClientTable(): Promise<ClientTableSource>;
  /**
   * Reads the block's rows in chunks sized under the request limits, calling `onRows` per chunk with the 1-based
   * worksheet row number of its first row. Cells are indexed from the block's first column. Resolves, after the
   * last chunk, with the block's hidden and filtered-out rows.
   */
  readRows(source: ClientTableSource, onRows: (rows: CellValue[][], firstRowNumber: number) => void, options?: LongOperationOptions): Promise<RowsRead>;
  /** Carries out an output plan: columns after the last used column, sheets, names, pivots, charts, log rows. */
  writePlan(plan: OutputPlan, options?: LongOperationOptions): Promise<WriteReport>;
  /** The model sheet's model, if the workbook has one (recognised by its marker); throws TierBookError if it is invalid. */
  readStoredModel(): Promise<StoredModel | undefined>;
  /**
   * The strategy templates sheet's playbooks, if the workbook has one (recognised by its TIERBOOK-STRATEGIES marker,
   * not by its name); throws TierBookError naming the sheet and cell if it is invalid.
   */
  readStoredTemplates(): Promise<StoredTemplates | undefined>;
  /** The AHP judgements sheet (权重判断矩阵) by its marker, if the workbook has one; optional so other gateways need not. */
  readStoredJudgements?(): Promise<StoredJudgements | undefined>;
  /** Calls `handler` when the model sheet is edited; returns a function that stops listening. */
  onStoredModelChanged(handler: () => void): Promise<() => Promise<void>>;
  /** The run log, if the workbook has one (found by its marker), with where TierBook's sheets are now. */
  readRunLog(): Promise<StoredRunLog | undefined>;
  /** Shows a sheet, for the run report's links. */
  activateSheet(sheetName: string): Promise<void>;
  /** Selects a cell, for "go to the problem" links. */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Protects or unprotects the model sheet against accidental edits (not a security boundary). */
  setModelSheetLocked(locked: boolean, password?: string): Promise<void>;
  /** Tier per client id from TierBook's tier column of a previous run on this sheet, for migration. */
  readPreviousTiers(source: ClientTableSource): Promise<ReadonlyMap<string, string> | undefined>;
  /** 合规快照 per client id from a previous run on this sheet, for the compliance notices (optional: older gateways lack it). */
  readPreviousComplianceStates?(source: ClientTableSource): Promise<ReadonlyMap<string, string> | undefined>;
  /** The cells of TierBook's column `key` as stored now, for checking a past run (optional, as above). */
  readTierBookColumn?(key: string): Promise<StoredColumn | undefined>;
  /**
   * The tracking loop's roster, previous follow-up plan and service log as TRACKING_READS finds and reads them, for
   * composeOutputPlan's `tracking` (optional, as above: a gateway without it runs without the loop's sheets).
   */
  readTrackingSheets?(options?: LongOperationOptions): Promise<TrackingSheets>;
  /** Values of rows firstRow… (0-based) of a sheet's first columns, for the 合规检查 counts (optional, as above). */
  readSheetBlock?(sheetName: string, firstRow: number, rowCount: number, columnCount: number): Promise<CellValue[][]>;
  /** The sheet TierBook marked with plan key `key` (follow-up plan, watchlist), its first `columnCount` columns, in chunks (optional, as above). */
  readTierBookSheet?(key: string, columnCount: number, options?: LongOperationOptions): Promise<StoredSheet | undefined>;
}

/** Where the sheet of a plan key is now, from a run log's markers (undefined when it is gone). */
export function sheetOfKey(log: StoredRunLog, key: string): string | undefined {
  return log.sheetsByMarker[sheetMarkerName(key).toUpperCase()];
}
