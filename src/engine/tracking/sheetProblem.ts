import type { LocalizedText } from '../i18n/locale';

/**
 * A problem in a sheet a user fills in (the roster, the service log), pinned to its cell. Reported, never fatal:
 * the run still tiers, and the cell is kept as typed.
 */
export interface SheetProblem {
  /** 'Sheet'!B7 */
  readonly address: string;
  readonly message: LocalizedText;
}
