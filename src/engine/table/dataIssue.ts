import type { LocalizedText } from '../i18n/locale';

/** `hidden_row` is a notice rather than a fault: the row is hidden or filtered out in the sheet and is tiered all the same. */
export type DataProblem = 'invalid_number' | 'missing_value' | 'unknown_category' | 'duplicate_id' | 'text_number' | 'hidden_row';

/** A cell TierBook could not take at face value, located by worksheet row and header (`''` for a whole-row notice). */
export interface DataIssue {
  /** 1-based worksheet row. */
  readonly row: number;
  /** Header of the column as written in the sheet; `''` when the issue is about the whole row (`hidden_row`). */
  readonly column: string;
  /** The raw cell text. */
  readonly value: string;
  readonly problem: DataProblem;
  readonly message: LocalizedText;
  /** Index of the client in the table, for the per-row data-issue column. */
  readonly client: number;
}

export type ExclusionReason = 'total_row' | 'header_row' | 'empty_id' | 'unscored' | 'below_tiers';

/** A row that got no tier, and why. */
export interface ExcludedRow {
  readonly row: number;
  readonly reason: ExclusionReason;
  readonly message: LocalizedText;
}
