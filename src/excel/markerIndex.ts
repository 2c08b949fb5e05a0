import { indexMarkers as indexWorkbookNames, type MarkerIndex } from '../engine';

// The index itself is the engine's (src/engine/plan/markerIndex.ts), shared with the runner; this is its Office.js reading.
export type { ColumnMarker, MarkerIndex, SheetMarker } from '../engine';

/** Queues the load of the workbook's names; `indexMarkers` reads them after the sync. */
export function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load('items/name,items/type,items/value');
}

/** The loaded names, indexed; `sheetNames` are the workbook's sheets now. */
export function indexMarkers(names: Excel.NamedItemCollection, sheetNames: readonly string[]): MarkerIndex {
  return indexWorkbookNames(names.items.map((item) => ({ name: item.name, reference: typeof item.value === 'string' ? item.value : '' })), sheetNames);
}
