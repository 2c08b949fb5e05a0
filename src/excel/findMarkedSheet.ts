import { sheetMarkerName, sheetMarkerOf } from '../engine';
import { indexMarkers, loadNames } from './markerIndex';

/** Where a marked settings sheet is, and which sheet TierBook's own marker name points at. */
export interface MarkedSheet {
  /** The sheet whose A1:A10 holds the marker cell, if any. */
  readonly marked?: string;
  /** The sheet the workbook name `_TierBook_sheet_<key>` points at, if it still exists. */
  readonly named?: string;
}

/**
 * A settings sheet (the model, the strategy templates): the one whose A1:A10 holds its marker cell, whatever it is
 * called. The sheet TierBook's marker name points at is preferred, so a pasted copy does not take over; otherwise
 * the first marked sheet in tab order. Two syncs, whatever the number of sheets.
 */
export async function findMarkedSheet(context: Excel.RequestContext, key: string, isMarkerCell: (cell: unknown) => boolean): Promise<MarkedSheet> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = loadNames(context);
  await context.sync();
  const named = sheetMarkerOf(indexMarkers(names, sheets.items.map((s) => s.name)), sheetMarkerName(key))?.sheet;
  const tops = sheets.items.map((s) => ({ name: s.name, range: s.getRange('A1:A10').load('values') }));
  await context.sync();
  const candidates = [...tops.filter((t) => t.name === named), ...tops.filter((t) => t.name !== named)];
  return { marked: candidates.find((t) => t.range.values.some((row) => isMarkerCell(row[0])))?.name, named };
}
