import { rangeAddress } from '../engine';
import type { CellValue, OutputPlan } from '../engine';
import { EXCEL_API } from './apiSupport';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames, type MarkerIndex } from './markerIndex';

export interface SheetState {
  readonly name: string;
  readonly protected: boolean;
  readonly visible: boolean;
}

/** 0-based last used row and column; −1 when the sheet is empty. */
export interface UsedExtent {
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** Everything a write decides on, read in two syncs before anything is changed. */
export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly markers: MarkerIndex;
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  /** PivotTables (ExcelApi 1.8), to delete TierBook's before re-creating them. */
  readonly pivots: readonly { readonly name: string; readonly sheet: string }[];
  /** Used extent of the source sheet and of every sheet TierBook marked, by upper-cased sheet name. */
  readonly used: ReadonlyMap<string, UsedExtent>;
  /** Chart names on every sheet TierBook marked, by upper-cased sheet name. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
  /** The source sheet's header row from column A up to the first output column, for the pivot source. */
  readonly sourceHeader: readonly CellValue[];
}

const EMPTY: UsedExtent = { lastRow: -1, lastColumn: -1 };

export function sheetState(state: WorkbookState, name: string): SheetState | undefined {
  return state.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
}

export function usedExtent(state: WorkbookState, name: string): UsedExtent {
  return state.used.get(name.toUpperCase()) ?? EMPTY;
}

export async function inspectWorkbook(context: Excel.RequestContext, host: ExcelHost, plan: OutputPlan): Promise<WorkbookState> {
  const workbook = context.workbook;
  const supports = (version: string): boolean => host.isSetSupported('ExcelApi', version);
  const sheets = workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  const names = loadNames(context);
  if (supports(EXCEL_API.readOnly)) workbook.load('readOnly');
  const structure = supports(EXCEL_API.workbookProtection) ? workbook.protection.load('protected') : undefined;
  const pivots = supports(EXCEL_API.pivotTables) ? workbook.pivotTables.load('items/name,items/worksheet/name') : undefined;
  await context.sync();

  const sheetStates: SheetState[] = sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected, visible: s.visibility === 'Visible' }));
  const markers = indexMarkers(names, sheetStates.map((s) => s.name));
  const exists = (name: string): boolean => sheetStates.some((s) => s.name.toUpperCase() === name.toUpperCase());
  const source = plan.sourceSheet !== '' && exists(plan.sourceSheet) ? plan.sourceSheet : undefined;
  const relevant = new Set([...(source ? [source] : []), ...markers.sheets.map((m) => m.sheet), ...markers.columns.map((c) => c.cell.sheet)]);
  const usedRanges = [...relevant].map((name) => ({ name, range: workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') }));
  const charts = markers.sheets.map((m) => ({ name: m.sheet, charts: workbook.worksheets.getItem(m.sheet).charts.load('items/name') }));
  const header = source && plan.firstOutputColumn > 0
    ? workbook.worksheets.getItem(source).getRange(rangeAddress(plan.headerRow - 1, 0, 1, plan.firstOutputColumn)).load('values')
    : undefined;
  await context.sync();

  const used = new Map<string, UsedExtent>();
  for (const { name, range } of usedRanges) {
    used.set(name.toUpperCase(), range.isNullObject ? EMPTY
      : { lastRow: range.rowIndex + range.rowCount - 1, lastColumn: range.columnIndex + range.columnCount - 1 });
  }
  return {
    sheets: sheetStates,
    markers,
    readOnly: supports(EXCEL_API.readOnly) ? workbook.readOnly : false,
    structureProtected: structure ? structure.protected : false,
    pivots: pivots ? pivots.items.map((p) => ({ name: p.name, sheet: p.worksheet.name })) : [],
    used,
    charts: new Map(charts.map((c) => [c.name.toUpperCase(), c.charts.items.map((chart) => chart.name)])),
    sourceHeader: header ? (header.values[0] as CellValue[]) : [],
  };
}
