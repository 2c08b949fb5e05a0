import { MODEL_SHEET_MARKER } from '../engine';
import { indexMarkers, loadNames, sheetMarkerOf } from './markerIndex';
import { sheetMarkerName } from './markers';

/**
 * The model sheet: the one TIERBOOK-MODEL marks in A1:A10. The sheet TierBook's own marker name points at is
 * preferred, so a copy of the model pasted elsewhere does not take over; otherwise the first marked sheet in tab order.
 */
export async function findModelSheet(context: Excel.RequestContext): Promise<string | undefined> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = loadNames(context);
  await context.sync();
  const marked = sheetMarkerOf(indexMarkers(names, sheets.items.map((s) => s.name)), sheetMarkerName('model'))?.sheet;
  const tops = sheets.items.map((s) => ({ name: s.name, range: s.getRange('A1:A10').load('values') }));
  await context.sync();
  const hasMarker = (values: unknown[][]): boolean => values.some((row) => row[0] === MODEL_SHEET_MARKER);
  const candidates = [...tops.filter((t) => t.name === marked), ...tops.filter((t) => t.name !== marked)];
  return candidates.find((t) => hasMarker(t.range.values))?.name;
}
