/*
 * The data-quality panel's figures: counts per problem type and the first problems, each with the address of its
 * cell so that a click can select it.
 */
import { cellAddress, quoteSheetName, type DataIssue, type DataProblem, type LocalizedText, type SheetLayout } from '../../engine';

/** How many problems the panel lists; the counts cover all of them. */
export const LISTED_PROBLEMS = 50;

export const DATA_PROBLEMS: readonly DataProblem[] = ['invalid_number', 'missing_value', 'unknown_category', 'duplicate_id', 'text_number', 'hidden_row'];

export interface ProblemCell {
  readonly sheetName: string;
  /** Sheet-local, e.g. "C7", for gateway.selectCell. */
  readonly address: string;
  /** With the sheet, e.g. "'客户明细'!C7", for display. */
  readonly fullAddress: string;
  readonly message: LocalizedText;
  readonly problem: DataProblem;
}

export interface DataQuality {
  readonly clients: number;
  readonly excludedRows: number;
  readonly byProblem: Readonly<Record<DataProblem, number>>;
  readonly totalProblems: number;
  readonly listed: readonly ProblemCell[];
}

/**
 * The 0-based block column of an issue's header: the factor or id column it came from when the header matches,
 * else the first column with that header. Issues carry the header text, not the index.
 */
export function issueColumnIndex(layout: SheetLayout, header: string): number {
  const matched = [layout.id, ...layout.factors].find((m) => m !== undefined && m.header === header);
  return matched ? matched.index : layout.headers.indexOf(header);
}

/**
 * sheet-local A1 address of an issue's cell; the block's first column shifts layout indices to sheet columns.
 * A whole-row notice (no column, e.g. a hidden row) points at the row's first cell of the block.
 */
export function issueAddress(issue: DataIssue, layout: SheetLayout, firstColumn: number): string {
  const index = issue.column === '' ? 0 : Math.max(0, issueColumnIndex(layout, issue.column));
  return cellAddress(issue.row - 1, firstColumn + index);
}

export function summarizeDataQuality(
  issues: readonly DataIssue[], layout: SheetLayout, source: { readonly sheetName: string; readonly firstColumn: number },
  clients: number, excludedRows: number,
): DataQuality {
  const byProblem = Object.fromEntries(DATA_PROBLEMS.map((p) => [p, 0])) as Record<DataProblem, number>;
  for (const issue of issues) byProblem[issue.problem]++;
  const listed = issues.slice(0, LISTED_PROBLEMS).map((issue): ProblemCell => {
    const address = issueAddress(issue, layout, source.firstColumn);
    return { sheetName: source.sheetName, address, fullAddress: `${quoteSheetName(source.sheetName)}!${address}`, message: issue.message, problem: issue.problem };
  });
  return { clients, excludedRows, byProblem, totalProblems: issues.length, listed };
}
