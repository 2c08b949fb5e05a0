import type { Locale } from '../i18n/locale';
import type { PlanCell } from './planCell';
import type { CellValue } from '../cell/cellValue';

/** How scores and tiers are written: plain values, live TIER.* formulas (needs the add-in), or portable native formulas. */
export type OutputMode = 'values' | 'live' | 'portable';

/** What a sheet is for; renderers mark TierBook's sheets with this role so re-runs replace only their own. */
export type PlanSheetRole = 'model' | 'summary' | 'strategy' | 'log' | 'migration' | 'snapshot' | 'compliance' | 'tracking' | 'analysis';

/** A column appended to the client sheet, one cell per worksheet row below the header. */
export interface PlanColumn {
  readonly key: string;
  readonly header: string;
  /** Cells for worksheet rows headerRow+1 … headerRow+length. */
  readonly length: number;
  /** Lazy, so a million-row column is never held twice. */
  cellAt(offset: number): PlanCell;
  readonly numberFormat?: string;
  readonly width?: number;
  /**
   * Most body cells are one formula filled down (filledFormula.ts): a writer may store them as one shared formula.
   * Cells that are not a filled copy (an inlined value) are still written whole; every renderer writes the same formulas.
   */
  readonly filled?: boolean;
  /**
   * For a `filled` column, optional: whether the cell at `offset` is the column's one formula filled down to its row
   * (so every two such cells are copies of each other), told without building its text; `resultAt` is then its cached
   * result. Why: a writer that stores a shared formula writes only that result for a copy, and building a 1 KB formula
   * per row just to compare it was most of the runner's garbage. A cell it does not vouch for is built and compared.
   */
  readonly isFilledAt?: (offset: number) => boolean;
  readonly resultAt?: (offset: number) => CellValue;
}

/** A 0-based rectangular block of a plan sheet. */
export interface PlanBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface PlanSheet {
  /** Stable identity across runs, e.g. "summary" or "strategy:钻石". */
  readonly key: string;
  readonly role: PlanSheetRole;
  /** A new sheet gets a free name if a user sheet already has this one (planSheetActions). */
  readonly preferredName: string;
  readonly rows: readonly (readonly PlanCell[])[];
  readonly columnWidths?: readonly number[];
  readonly freezeRows?: number;
  /** 0-based rows to draw as headers. */
  readonly headerRows?: readonly number[];
  /** Per column number formats, 0-based column → format. */
  readonly numberFormats?: Readonly<Record<number, string>>;
  /** Log sheets are appended to, never rewritten. */
  readonly appendOnly?: boolean;
  /** A block to colour with a white-to-red scale (the migration matrix's body). */
  readonly heatMap?: PlanBlock;
  /** Cells that only take certain entries (the follow-up plan's manager columns); Excel warns on anything else. */
  readonly validations?: readonly PlanValidation[];
}

/**
 * What a block of cells accepts: a date on or after `min` (a serial), one of a list, or a whole number in [min, max].
 * Both renderers carry it out: Office.js `range.dataValidation` (ExcelApi 1.8) and SpreadsheetML `<dataValidations>`.
 */
export type PlanValidationRule =
  | { readonly kind: 'date'; readonly min: number }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max: number };

export interface PlanValidation {
  /** 0-based block inside the sheet's rows. */
  readonly block: PlanBlock;
  readonly rule: PlanValidationRule;
  /** Shown when a cell is selected and when an entry is refused, in the workbook's language. */
  readonly prompt: string;
}

/** The heat map's two-colour scale, lowest value to highest, as every renderer draws it (Excel's own red). */
export const HEAT_MAP_COLORS = { lowest: '#FFFFFF', highest: '#F8696B' } as const;

export type Summarize = 'count' | 'sum' | 'average';

/** A PivotTable over the client sheet's table (source columns by header). */
export interface PlanPivot {
  readonly key: string;
  readonly sheetKey: string;
  readonly name: string;
  readonly rowField: string;
  readonly columnField?: string;
  readonly values: readonly { readonly field: string; readonly summarizeBy: Summarize; readonly caption: string }[];
  /** Where to put it in its sheet, 0-based. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/** A chart drawn from a block of a plan sheet. */
export interface PlanChart {
  readonly key: string;
  readonly sheetKey: string;
  readonly title: string;
  readonly type: 'columnClustered' | 'pie' | 'barClustered' | 'line';
  /** 0-based block inside sheetKey's rows, including its header row. */
  readonly source: { readonly row: number; readonly column: number; readonly rowCount: number; readonly columnCount: number };
}

/**
 * Everything a run writes. The renderers (Office.js in the add-in, the package editor in the runner) only carry it out,
 * with the engine's decisions: sheetActions.ts (create, reuse, append, remove, keep), cellLook.ts, markerIndex.ts, cell/a1.ts.
 */
export interface OutputPlan {
  readonly locale: Locale;
  readonly mode: OutputMode;
  readonly sourceSheet: string;
  /** 1-based worksheet row of the client table's header. */
  readonly headerRow: number;
  /** 0-based column where the first appended column goes: right after the last used column. */
  readonly firstOutputColumn: number;
  readonly columns: readonly PlanColumn[];
  readonly sheets: readonly PlanSheet[];
  readonly pivots: readonly PlanPivot[];
  readonly charts: readonly PlanChart[];
  /** Workbook names to (re)define, e.g. the model range the TIER.* formulas read. */
  readonly names: readonly { readonly name: string; readonly sheetKey: string; readonly address: string }[];
}
