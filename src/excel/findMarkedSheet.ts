import { sheetMarkerName, sheetMarkerOf, type CellValue } from '../engine';
import { indexMarkers, loadNames } from './markerIndex';

/** Where a marked settings sheet is, and which sheet TierBook's own marker name points at. */
export interface MarkedSheet {
  /** The sheet whose A1:A10 holds the marker cell, if any. */
  readonly marked?: string;
  /** The sheet the workbook name `_TierBook_sheet_<key>` points at, if it still exists. */
  readonly named?: string;
}

/** Every sheet's column A top, in tab order, and the sheet each key's marker name points at. */
export interface MarkedSheets {
  readonly sheets: readonly { readonly name: string; readonly markerCells: readonly CellValue[] }[];
  /** key → the sheet `_TierBook_sheet_<key>` points at, for the keys that have one. */
  readonly named: ReadonlyMap<string, string>;
}

/**
 * What finding marked sheets needs, for several keys at once: each sheet's A1:A{markerRows} and where TierBook's marker
 * names point. Two syncs, whatever the number of sheets and keys.
 */
export async function findMarkedSheets(context: Excel.RequestContext, keys: readonly string[], markerRows = 10): Promise<MarkedSheets> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = loadNames(context);
  await context.sync();
  const index = indexMarkers(names, sheets.items.map((s) => s.name));
  const named = new Map<string, string>();
  for (const key of keys) {
    const sheet = sheetMarkerOf(index, sheetMarkerName(key))?.sheet;
    if (sheet !== undefined) named.set(key, sheet);
  }
  const tops = sheets.items.map((s) => ({ name: s.name, range: s.getRange(`A1:A${markerRows}`).load('values') }));
  await context.sync();
  return { sheets: tops.map((t) => ({ name: t.name, markerCells: t.range.values.map((row) => row[0] as CellValue) })), named };
}

/**
 * A settings sheet (the model, the strategy templates): the one whose A1:A10 holds its marker cell, whatever it is
 * called. The sheet TierBook's marker name points at is preferred, so a pasted copy does not take over; otherwise
 * the first marked sheet in tab order. Two syncs, whatever the number of sheets.
 */
export async function findMarkedSheet(context: Excel.RequestContext, key: string, isMarkerCell: (cell: unknown) => boolean): Promise<MarkedSheet> {
  const found = await findMarkedSheets(context, [key]);
  const named = found.named.get(key);
  const candidates = [...found.sheets.filter((t) => t.name === named), ...found.sheets.filter((t) => t.name !== named)];
  return { marked: candidates.find((t) => t.markerCells.some(isMarkerCell))?.name, named };
}
