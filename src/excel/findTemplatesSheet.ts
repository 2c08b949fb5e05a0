import { STRATEGY_TEMPLATES_MARKER, STRATEGY_TEMPLATES_SHEET_KEY } from '../engine';
import { indexMarkers, loadNames, sheetMarkerOf } from './markerIndex';
import { sheetMarkerName } from './markers';

/** Where the strategy templates are, and whether that sheet still holds the TIERBOOK-STRATEGIES marker. */
export interface TemplatesSheetLocation {
  readonly sheetName: string;
  /** False for the sheet TierBook wrote its templates to when the marker cell was cleared since. */
  readonly marked: boolean;
}

function hasTemplatesMarker(values: readonly (readonly unknown[])[]): boolean {
  // Trimmed, as readStrategyTemplates reads it: a stray space typed after the marker must not hide the sheet.
  return values.some((row) => typeof row[0] === 'string' && row[0].trim() === STRATEGY_TEMPLATES_MARKER);
}

/**
 * The strategy templates sheet: the one TIERBOOK-STRATEGIES marks in A1:A10, whatever it is called. The sheet
 * TierBook's marker name points at is preferred, so a pasted copy does not take over; otherwise the first marked
 * sheet in tab order. TierBook's own templates sheet without its marker cell is still returned (unmarked), so that
 * the caller reports it instead of writing fresh defaults over the user's edits. Two syncs.
 */
export async function findTemplatesSheet(context: Excel.RequestContext): Promise<TemplatesSheetLocation | undefined> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = loadNames(context);
  await context.sync();
  const named = sheetMarkerOf(indexMarkers(names, sheets.items.map((s) => s.name)), sheetMarkerName(STRATEGY_TEMPLATES_SHEET_KEY))?.sheet;
  const tops = sheets.items.map((s) => ({ name: s.name, range: s.getRange('A1:A10').load('values') }));
  await context.sync();
  const candidates = [...tops.filter((t) => t.name === named), ...tops.filter((t) => t.name !== named)];
  const found = candidates.find((t) => hasTemplatesMarker(t.range.values));
  if (found) return { sheetName: found.name, marked: true };
  return named === undefined ? undefined : { sheetName: named, marked: false };
}
