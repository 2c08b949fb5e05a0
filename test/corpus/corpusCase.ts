/*
 * The shape of one bad-input case: the sheet (as the engine sees it), how the .xlsx and the fake workbook differ
 * from that grid when they must (merges, real dates, protection), the model, and what must come out.
 */
import type ExcelJS from 'exceljs';
import type {
  CellLocation, CellValue, DataProblem, ExclusionReason, Locale, TierBookErrorCode,
} from '../../src/engine';
import type { FakeExcel, FakeExcelOptions, SeedCell } from '../fake-excel';

/** A worksheet as row-major cells: grid[0] is worksheet row 1, grid[r][0] is column A. */
export type Grid = readonly (readonly CellValue[])[];

export interface ClientExpectation {
  /** 1-based worksheet row. */
  readonly row: number;
  readonly id?: string;
  /** null: the row is a client without a tier. */
  readonly tier: string | null;
  /** Composite score to 1e-9; null for an unscored client. */
  readonly score?: number | null;
}

export interface IssueExpectation {
  readonly row: number;
  /** Header of the column as the sheet wrote it. */
  readonly column: string;
  readonly problem: DataProblem;
  /** The raw cell text, when it matters. */
  readonly value?: string;
}

/** A correct tiering: counts per tier, and whichever clients, issues and exclusions the case is about. */
export interface ResultExpectation {
  readonly kind: 'result';
  /** Every tier of the model, top first, with its client count. */
  readonly tierCounts: Readonly<Record<string, number>>;
  /** 1-based worksheet row of the header TierBook must find. */
  readonly headerRow?: number;
  /** Number of client rows (tiered or not); default: the sum of tierCounts (nobody left without a tier). */
  readonly clientCount?: number;
  readonly clients?: readonly ClientExpectation[];
  /** When given: exactly these issues, in any order. When absent: no issue at all. */
  readonly issues?: readonly IssueExpectation[];
  /** When given: exactly these excluded rows. When absent: none. */
  readonly excluded?: readonly { readonly row: number; readonly reason: ExclusionReason }[];
}

/** A refusal a user can act on: the code, and what both messages must say (sheet, row, column, problem). */
export interface ErrorExpectation {
  readonly kind: 'error';
  readonly code: TierBookErrorCode;
  readonly messageIncludes: Readonly<Record<Locale, readonly string[]>>;
  /** Fields the error's location must have (engine and add-in; the CLI prints only the message). */
  readonly location?: Partial<CellLocation>;
}

export type Expectation = ResultExpectation | ErrorExpectation;

/** A leg that cannot express the case, and why (shown in docs/corpus.md). */
export interface NotApplicable {
  readonly notApplicable: string;
}

export type LegExpectation = Expectation | NotApplicable;

export function isNotApplicable(e: LegExpectation): e is NotApplicable {
  return 'notApplicable' in e;
}

/** What the .xlsx written for the CLI holds beyond the grid. */
export interface XlsxSpec {
  /** Cells to write instead of the grid's value (real Dates, formulas with cached results, …). */
  readonly cells?: Readonly<Record<string, ExcelJS.CellValue>>;
  /** Anything else on the client sheet: merges, hidden rows, an auto-filter, protection. */
  readonly decorate?: (sheet: ExcelJS.Worksheet) => void | Promise<void>;
  /** chmod the input file (e.g. 0o444) before the run. */
  readonly fileMode?: number;
}

/** What the fake workbook holds beyond the grid. */
export interface FakeSpec {
  readonly options?: Omit<FakeExcelOptions, 'sheets'>;
  /** Cells to seed instead of the grid's value, e.g. a formula with its cached result. */
  readonly cells?: Readonly<Record<string, SeedCell>>;
  /** Changes made through the Office.js API before the run (hiding rows, …). */
  readonly prepare?: (fake: FakeExcel, sheetName: string) => Promise<void>;
  /** Cell the user selected before reading the table; default column A of the first row below the header. */
  readonly select?: string;
}

export interface CorpusCase {
  /** Stable, kebab-case; also the file name under cases/. */
  readonly id: string;
  readonly title: string;
  /** The client sheet as the engine sees it (dates as serials, errors as their text). */
  readonly grid: Grid;
  /**
   * 1-based rows of the client sheet that are hidden or filtered out. The .xlsx hides them, the fake hides them (a
   * filter's hidden rows are hidden rows to Office.js), and the engine leg passes them to noteHiddenRows, as a host
   * that reads row visibility does.
   */
  readonly hiddenRows?: readonly number[];
  /** Default 客户清单. */
  readonly sheetName?: string;
  /** Other sheets, before and after the client sheet in tab order. */
  readonly sheetsBefore?: Readonly<Record<string, Grid>>;
  readonly sheetsAfter?: Readonly<Record<string, Grid>>;
  /** A model as JSON data (validated like a --model file); default: the default model. */
  readonly model?: unknown;
  /** The model file's text when it is not JSON at all. */
  readonly modelText?: string;
  /** A model sheet (named by modelSheetName, default 分级模型) to read the model from instead. */
  readonly modelSheet?: Grid;
  readonly modelSheetName?: string;
  readonly xlsx?: XlsxSpec;
  readonly fake?: FakeSpec;
  /** The outcome every leg must reach unless it says otherwise below. */
  readonly expect: Expectation;
  readonly engine?: LegExpectation;
  readonly cli?: LegExpectation;
  readonly addin?: LegExpectation;
  /** Checks beyond the expectation, on the CLI's output workbook (e.g. no client text became a formula). */
  readonly checkCliOutput?: (output: ExcelJS.Workbook) => void;
  /** The same, on the fake after the add-in wrote its plan. */
  readonly checkAddinOutput?: (fake: FakeExcel) => void;
}

/** What it takes to build a case's workbook (and model): enough for the legs and the safety checks. */
export type CaseWorkbook = Pick<CorpusCase,
  'id' | 'grid' | 'hiddenRows' | 'sheetName' | 'sheetsBefore' | 'sheetsAfter' | 'model' | 'modelText' | 'modelSheet' | 'modelSheetName' | 'xlsx' | 'fake'>;

export const DEFAULT_SHEET = '客户清单';
export const DEFAULT_MODEL_SHEET = '分级模型';

export function sheetNameOf(c: Pick<CorpusCase, 'sheetName'>): string {
  return c.sheetName ?? DEFAULT_SHEET;
}

export type Leg = 'engine' | 'cli' | 'addin';

/** The expectation a leg must meet. */
export function legExpectation(c: CorpusCase, leg: Leg): LegExpectation {
  return c[leg] ?? c.expect;
}
