import { STRATEGY_TEMPLATES_MARKER, STRATEGY_TEMPLATES_SHEET_KEY } from '../engine';
import { findMarkedSheet } from './findMarkedSheet';

/** Where the strategy templates are, and whether that sheet still holds the TIERBOOK-STRATEGIES marker. */
export interface TemplatesSheetLocation {
  readonly sheetName: string;
  /** False for the sheet TierBook wrote its templates to when the marker cell was cleared since. */
  readonly marked: boolean;
}

/**
 * The strategy templates sheet: the one TIERBOOK-STRATEGIES marks in A1:A10, TierBook's own first (see
 * findMarkedSheet). TierBook's own templates sheet without its marker cell is still returned (unmarked), so that
 * the caller reports it instead of writing fresh defaults over the user's edits. Two syncs.
 */
export async function findTemplatesSheet(context: Excel.RequestContext): Promise<TemplatesSheetLocation | undefined> {
  // Trimmed, as readStrategyTemplates reads it: a stray space typed after the marker must not hide the sheet.
  const { marked, named } = await findMarkedSheet(context, STRATEGY_TEMPLATES_SHEET_KEY,
    (cell) => typeof cell === 'string' && cell.trim() === STRATEGY_TEMPLATES_MARKER);
  if (marked !== undefined) return { sheetName: marked, marked: true };
  return named === undefined ? undefined : { sheetName: named, marked: false };
}
