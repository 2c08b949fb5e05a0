import { text, type LocalizedText } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { ClientTable } from '../table/clientTable';
import type { DataIssue } from '../table/dataIssue';

/** A factor column where more than this share of the clients' cells is unreadable or unknown gets a warning. */
export const COLUMN_WARNING_SHARE = 0.2;

/** How readable one factor column was: a bad export shows in one line instead of a thousand row issues. */
export interface FactorColumnQuality {
  readonly factor: string;
  /** The header as the sheet wrote it, and its 0-based index in the rows read (column letter for the runner). */
  readonly column: string;
  readonly columnIndex: number;
  readonly clients: number;
  /** Blank cells and missing markers ("-", "N/A"). */
  readonly missing: number;
  /** Cells that could not be read (not a number, not a date). */
  readonly unreadable: number;
  /** Category labels the map does not know or reads two ways. */
  readonly unknown: number;
  /** (unreadable + unknown) / clients; 0 when there are no clients. */
  readonly badShare: number;
  /** Set when badShare is above COLUMN_WARNING_SHARE. */
  readonly warning?: LocalizedText;
}

/** Per factor, counts of the problem cells in the issues already found; the warning says what share was bad. */
export function factorColumnQuality(table: ClientTable, model: TierModel, issues: readonly DataIssue[]): FactorColumnQuality[] {
  const byHeader = new Map<string, { missing: number; unreadable: number; unknown: number }>();
  const countsOf = (header: string) => {
    let c = byHeader.get(header);
    if (!c) byHeader.set(header, c = { missing: 0, unreadable: 0, unknown: 0 });
    return c;
  };
  for (const issue of issues) {
    if (issue.problem === 'missing_value') countsOf(issue.column).missing++;
    else if (issue.problem === 'invalid_number') countsOf(issue.column).unreadable++;
    else if (issue.problem === 'unknown_category') countsOf(issue.column).unknown++;
  }
  return model.factors.map((factor, f) => {
    const match = table.layout.factors[f];
    const { missing, unreadable, unknown } = countsOf(match.header);
    const clients = table.size;
    const badShare = clients === 0 ? 0 : (unreadable + unknown) / clients;
    const percent = (100 * badShare).toFixed(1);
    const warning = badShare > COLUMN_WARNING_SHARE
      ? text(`${match.header} 有 ${percent}% 的单元格无法识别（无法读取 ${unreadable}，未知分类 ${unknown}，共 ${clients} 个客户），该因子对这些客户按缺失处理；请检查导出格式或模型的分类映射`,
        `${percent}% of the cells in ${match.header} could not be read (${unreadable} unreadable, ${unknown} unknown labels, of ${clients} clients); the factor counts as missing for them: check the export or the model's category map`)
      : undefined;
    return { factor: factor.key, column: match.header, columnIndex: match.index, clients, missing, unreadable, unknown, badShare, ...(warning ? { warning } : {}) };
  });
}
