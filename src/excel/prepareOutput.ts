import { cellAddress, columnToBottom, outputNames, rangeAddress, type OutputLayout, type OutputPlan, type SheetAction, type SheetCell } from '../engine';
import { EXCEL_API } from './apiSupport';
import { characterWidthToPoints } from './columnWidth';
import { excelInputOf } from './excelInput';
import type { ExcelHost } from './host';
import { usedExtent, type WorkbookState } from './inspectWorkbook';
import type { RequestPacker } from './requestPacker';

/** The markers one prepare request adds, so that a failed request can be checked and completed (repairMarkers). */
export interface PendingMarkers {
  readonly sheets: readonly { readonly marker: string; readonly sheetName: string }[];
  readonly columns: readonly { readonly marker: string; readonly cell: SheetCell; readonly header: string }[];
}

export function pendingMarkers(plan: OutputPlan, layout: OutputLayout): PendingMarkers {
  return {
    sheets: layout.sheets.filter((s) => s.kind === 'create').map((s) => ({ marker: s.marker, sheetName: s.sheetName })),
    columns: outputNames(plan, layout).columns.map((c, i) => ({ marker: c.name, header: plan.columns[i].header, cell: c.cell })),
  };
}

export interface PreparedOutput {
  /** The worksheet of each plan sheet, by plan key. */
  readonly sheets: ReadonlyMap<string, Excel.Worksheet>;
  /** 0-based row where each append-only sheet's new rows go, by plan key. */
  readonly appendAt: ReadonlyMap<string, number>;
}

/** Queues a request's calculation (and, once, screen-updating) suspension where the API has it. */
export function suspendUpdates(context: Excel.RequestContext, host: ExcelHost, screen: boolean): void {
  if (host.isSetSupported('ExcelApi', EXCEL_API.suspendApiCalculation)) context.application.suspendApiCalculationUntilNextSync();
  // Why only once: the docs warn that calling suspendScreenUpdatingUntilNextSync repeatedly makes the window flicker.
  if (screen && host.isSetSupported('ExcelApi', EXCEL_API.suspendScreenUpdating)) context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * The sheets the engine says go before anything is cleared (writtenBeforeClearing: the service log), created with
 * their marker or appended to, in requests of their own that precede prepareOutput's. Only after they synced is the
 * follow-up plan, whose filled rows they hold, cleared. Returns the plan keys written.
 */
export async function writeBeforeClearing(
  packer: RequestPacker, context: Excel.RequestContext, state: WorkbookState, actions: readonly SheetAction[],
  write: (action: SheetAction, prepared: PreparedOutput) => Promise<void>,
): Promise<string[]> {
  const { worksheets, names } = context.workbook;
  for (const action of actions) {
    const key = action.plan.key;
    let sheet: Excel.Worksheet;
    let at = 0;
    if (action.kind === 'create') {
      sheet = worksheets.add(action.sheetName);
      names.add(action.marker, sheet.getRange('A1'));
    } else {
      sheet = worksheets.getItem(action.sheetName);
      at = usedExtent(state, action.sheetName).lastRow + 1;
    }
    await write(action, { sheets: new Map([[key, sheet]]), appendAt: new Map([[key, at]]) });
  }
  await packer.flush();
  return actions.map((a) => a.plan.key);
}

/**
 * One request that makes room and claims it: removes what earlier runs left (pivots, charts, old columns, stale
 * sheets), creates or clears this run's sheets, and writes the column headers, each new sheet and column together
 * with its marker. If it fails, nothing of this run exists yet without a marker (see repairMarkers for hosts that
 * apply part of a failed request).
 */
export async function prepareOutput(
  context: Excel.RequestContext, host: ExcelHost, plan: OutputPlan, state: WorkbookState, layout: OutputLayout,
  written: ReadonlySet<string> = new Set(),
): Promise<PreparedOutput> {
  const { worksheets, names } = context.workbook;
  suspendUpdates(context, host, true);
  for (const name of layout.brokenMarkers) names.getItem(name).delete();

  const reused = layout.sheets.filter((s) => s.kind === 'reuse');
  const isReused = (sheet: string): boolean => reused.some((s) => s.sheetName.toUpperCase() === sheet.toUpperCase());
  const planPivots = new Set(plan.pivots.map((p) => p.name.toUpperCase()));
  // PivotTables first: Excel refuses to clear cells that belong to one.
  for (const pivot of state.pivots) {
    if (isReused(pivot.sheet) || planPivots.has(pivot.name.toUpperCase())) context.workbook.pivotTables.getItem(pivot.name).delete();
  }
  for (const action of reused) {
    const sheet = worksheets.getItem(action.sheetName);
    for (const chart of state.charts.get(action.sheetName.toUpperCase()) ?? []) sheet.charts.getItem(chart).delete();
    const used = usedExtent(state, action.sheetName);
    if (used.lastRow >= 0) sheet.getRange(rangeAddress(0, 0, used.lastRow + 1, used.lastColumn + 1)).clear('All');
    sheet.freezePanes.unfreeze();
  }
  for (const column of layout.oldColumns) {
    worksheets.getItem(column.cell.sheet).getRange(columnToBottom(column.cell)).clear('All');
    names.getItem(column.name).delete();
  }
  for (const name of layout.detachedMarkers) names.getItem(name).delete();
  for (const stale of layout.staleSheets) {
    names.getItem(stale.name).delete();
    worksheets.getItem(stale.sheet).delete();
  }

  const sheets = new Map<string, Excel.Worksheet>();
  const appendAt = new Map<string, number>();
  for (const action of layout.sheets) {
    // Already written before this request (writeBeforeClearing): neither created nor appended to again.
    if (written.has(action.plan.key)) continue;
    if (action.kind === 'create') {
      const sheet = worksheets.add(action.sheetName);
      names.add(action.marker, sheet.getRange('A1'));
      sheets.set(action.plan.key, sheet);
    } else {
      sheets.set(action.plan.key, worksheets.getItem(action.sheetName));
      if (action.kind === 'append') appendAt.set(action.plan.key, usedExtent(state, action.sheetName).lastRow + 1);
    }
  }

  if (plan.columns.length > 0) {
    const source = worksheets.getItem(plan.sourceSheet);
    const headerRow = plan.headerRow - 1;
    const headers = source.getRange(rangeAddress(headerRow, plan.firstOutputColumn, 1, plan.columns.length));
    headers.values = [plan.columns.map((c) => excelInputOf(c.header))];
    headers.format.font.bold = true;
    outputNames(plan, layout).columns.forEach((marker, i) => {
      const cell = source.getRange(cellAddress(marker.cell.row, marker.cell.column));
      names.add(marker.name, cell);
      const { width } = plan.columns[i];
      if (width !== undefined) cell.format.columnWidth = characterWidthToPoints(width);
    });
  }
  await context.sync();
  return { sheets, appendAt };
}
