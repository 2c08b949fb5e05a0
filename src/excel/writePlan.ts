import {
  appendedRows, isTierBookError, outputNames, planSheetActions, text, writtenBeforeClearing, type OutputLayout, type OutputPlan, type SheetAction, type TierBookError,
} from '../engine';
import { throwIfAborted } from './abort';
import { EXCEL_API, requireBaselineApi } from './apiSupport';
import { checkWritable } from './checkWritable';
import { createCharts } from './createCharts';
import { createPivots } from './createPivots';
import { defineNames } from './defineNames';
import { diagnoseAccessDenied } from './diagnoseAccessDenied';
import type { ExcelHost } from './host';
import { inspectWorkbook, type WorkbookState } from './inspectWorkbook';
import { officeErrorCode, toTierBookError } from './officeErrors';
import { pivotSourceBlock } from './pivotSource';
import { pendingMarkers, prepareOutput, suspendUpdates, writeBeforeClearing, type PendingMarkers, type PreparedOutput } from './prepareOutput';
import { repairMarkers } from './repairMarkers';
import type { RequestBudget } from './requestBudget';
import { RequestPacker } from './requestPacker';
import { columnUnits, writeColumns } from './writeColumns';
import { WritePlanError, WriteProgress } from './writeReport';
import { formatAppendedRows, formatSheet, sheetUnits, writeSheetRows } from './writeSheets';
import { staticPivotWarning, writeStaticPivots } from './writeStaticPivots';
import { validationsUnsupportedWarning, writeValidations } from './writeValidations';
import type { LongOperationOptions, WriteReport } from './workbookGateway';

const LIVE_PIVOT_WARNING = text(
  '实时公式模式下，数据透视表要在 TIER 公式算完后刷新（“数据 › 全部刷新”）才会显示等级',
  'in live-formula mode, refresh the PivotTables (Data › Refresh All) once the TIER formulas have calculated, so that they show the tiers');

function totalUnits(plan: OutputPlan, layout: OutputLayout, prepared: PreparedOutput): number {
  // Sheets written before the prepare request (writeBeforeClearing) are not in `prepared` and count no more.
  return columnUnits(plan) + layout.sheets.filter((s) => prepared.sheets.has(s.plan.key)).reduce((n, s) => n + sheetUnits(s.kind === 'append' ? appendedRows(s.plan, prepared.appendAt.get(s.plan.key) ?? 0) : s.plan.rows), 0);
}

async function writeSheetContent(packer: RequestPacker, action: SheetAction, prepared: PreparedOutput): Promise<void> {
  const sheet = prepared.sheets.get(action.plan.key);
  if (!sheet) return;
  if (action.kind === 'append') {
    const at = prepared.appendAt.get(action.plan.key) ?? 0;
    const rows = appendedRows(action.plan, at);
    await writeSheetRows(packer, sheet, rows, at);
    if (at === 0) await formatSheet(packer, sheet, action.plan);
    else await formatAppendedRows(packer, sheet, action.plan, at, rows.length);
    return;
  }
  await writeSheetRows(packer, sheet, action.plan.rows, 0);
  await formatSheet(packer, sheet, action.plan);
}

/** The failure as the user should read it: AccessDenied pinned to the read-only workbook or the protected sheet. */
async function explain(host: ExcelHost, plan: OutputPlan, error: unknown, sheetNames: readonly string[], modelSheet?: string): Promise<TierBookError> {
  if (officeErrorCode(error) === 'AccessDenied') {
    const sheets = [...(plan.sourceSheet ? [plan.sourceSheet] : []), ...sheetNames];
    const diagnosed = await diagnoseAccessDenied(host, sheets, modelSheet);
    if (diagnosed) return diagnosed;
  }
  return toTierBookError(error, text('写入工作簿', 'writing to the workbook'));
}

interface WriteContext {
  readonly context: Excel.RequestContext;
  readonly host: ExcelHost;
  readonly budget: RequestBudget;
  readonly plan: OutputPlan;
  readonly state: WorkbookState;
  readonly layout: OutputLayout;
  readonly prepared: PreparedOutput;
  readonly progress: WriteProgress;
  readonly options: LongOperationOptions;
}

/** PivotTables where Excel has them (ExcelApi 1.8), else static summary tables and a warning saying so. */
async function writePivots(packer: RequestPacker, w: WriteContext): Promise<void> {
  const { context, host, plan, state, layout, prepared, progress } = w;
  const block = pivotSourceBlock(plan, state.sourceHeader);
  if (plan.pivots.length === 0 || !block) return;
  const source = context.workbook.worksheets.getItem(plan.sourceSheet);
  if (host.isSetSupported('ExcelApi', EXCEL_API.pivotTables)) {
    await createPivots(packer, plan, prepared.sheets, source, block, (name) => progress.queue('pivots', name));
    if (plan.mode === 'live') progress.warnings.push(LIVE_PIVOT_WARNING);
    return;
  }
  await writeStaticPivots(packer, context, plan, prepared.sheets, source, block, state.sourceHeader, w.budget, w.options.signal);
  const sheets = [...new Set(plan.pivots.map((p) => layout.sheets.find((s) => s.plan.key === p.sheetKey)?.sheetName ?? p.sheetKey))];
  progress.warnings.push(staticPivotWarning(sheets));
}

/** PlanSheet.validations where Excel has Range.dataValidation (ExcelApi 1.8), else a warning naming the sheets. */
async function writeSheetValidations(packer: RequestPacker, w: WriteContext): Promise<void> {
  const validated = w.layout.sheets.filter((s) => (s.plan.validations?.length ?? 0) > 0 && w.prepared.sheets.has(s.plan.key));
  if (validated.length === 0) return;
  if (!w.host.isSetSupported('ExcelApi', EXCEL_API.dataValidation)) {
    w.progress.warnings.push(validationsUnsupportedWarning(validated.map((s) => s.sheetName)));
    return;
  }
  for (const action of validated) {
    const sheet = w.prepared.sheets.get(action.plan.key);
    if (sheet) await writeValidations(packer, sheet, action.plan);
  }
}

/** Everything after the prepare request, packed into budget-sized requests: columns, sheets, names, pivots, charts, log. */
async function writeContent(w: WriteContext): Promise<void> {
  const { context, host, plan, state, layout, prepared, progress, options } = w;
  const total = totalUnits(plan, layout, prepared);
  let done = 0;
  options.onProgress?.({ phase: 'write', done, total });
  const packer = new RequestPacker(context, w.budget, {
    signal: options.signal,
    onFlushed: () => progress.confirmQueued(),
    onSynced: (units) => { done = Math.min(total, done + units); options.onProgress?.({ phase: 'write', done, total }); },
    onRequestStart: () => suspendUpdates(context, host, false),
  });
  throwIfAborted(options.signal);
  if (plan.columns.length > 0) await writeColumns(packer, context.workbook.worksheets.getItem(plan.sourceSheet), plan);
  for (const action of layout.sheets) if (action.kind !== 'append') await writeSheetContent(packer, action, prepared);
  await writeSheetValidations(packer, w);
  await defineNames(packer, context, outputNames(plan, layout).ranges, state.markers.allNames);
  await writePivots(packer, w);
  await createCharts(packer, plan, prepared.sheets, (title) => progress.queue('charts', title));
  // The run log last: a run that stopped earlier leaves no log row claiming it happened.
  for (const action of layout.sheets) {
    if (action.kind !== 'append' || !prepared.sheets.has(action.plan.key)) continue;
    await writeSheetContent(packer, action, prepared);
    progress.queue('sheets', action.sheetName);
  }
  await packer.flush();
}

/**
 * Carries out an output plan. A cancel stops between requests and returns the report with `incomplete: true`; a
 * failure throws WritePlanError carrying that report. Either way every column and sheet this run started already
 * carries its marker (prepareOutput writes them with the headers and new sheets), so a re-run or
 * removeTierBookOutput cleans up. Source cells are never written: columns go right of the last used column.
 */
export async function writePlan(host: ExcelHost, budget: RequestBudget, plan: OutputPlan, options: LongOperationOptions = {}): Promise<WriteReport> {
  let progress = new WriteProgress();
  let pending: PendingMarkers | undefined;
  let layout: OutputLayout | undefined;
  // Plan keys written before the clearing request; kept across the undo fallback's second pass, so rows go in once.
  const secured = new Set<string>();
  const write = (runOptions?: Excel.RunOptions): Promise<void> => host.run(async (context) => {
    const state = await inspectWorkbook(context, host, plan);
    const planned = planSheetActions(plan, { sheetNames: state.sheets.map((s) => s.name), markers: state.markers });
    layout = planned;
    checkWritable(plan, state, planned);
    throwIfAborted(options.signal);
    pending = pendingMarkers(plan, planned);
    // The service log's new rows first, in requests of their own: only then is the plan they came from cleared.
    // A new log whose free name is a stale sheet's (deleted by the prepare request) waits for that request.
    const staleName = (name: string): boolean => planned.staleSheets.some((m) => m.sheet.toUpperCase() === name.toUpperCase());
    const first = planned.sheets.filter((s) => writtenBeforeClearing(s) && !secured.has(s.plan.key) && !(s.kind === 'create' && staleName(s.sheetName)));
    if (first.length > 0) {
      const packer = new RequestPacker(context, budget, {
        signal: options.signal, onFlushed: () => progress.confirmQueued(), onRequestStart: () => suspendUpdates(context, host, false),
      });
      const written = await writeBeforeClearing(packer, context, state, first, async (action, prepared) => {
        await writeSheetContent(packer, action, prepared);
        progress.queue('sheets', action.sheetName);
      });
      for (const key of written) secured.add(key);
    }
    const prepared = await prepareOutput(context, host, plan, state, planned, secured);
    pending = undefined;
    progress.columns.push(...plan.columns.map((c) => c.header));
    progress.sheets.push(...planned.sheets.filter((s) => s.kind !== 'append').map((s) => s.sheetName));
    await writeContent({ context, host, budget, plan, state, layout: planned, prepared, progress, options });
  }, runOptions);
  try {
    requireBaselineApi(host);
    throwIfAborted(options.signal);
    const undo = undoGroupOptions(host, plan);
    try {
      await write(undo);
    } catch (error) {
      if (!undo || officeErrorCode(error) !== 'UndoNotSupported') throw error;
      // Some call of this write has no undo support: write again the plain way (one undo step per request). The
      // markers make this pass replace whatever the grouped one wrote.
      if (pending) await repairMarkers(host, pending);
      progress = new WriteProgress();
      pending = undefined;
      await write();
    }
    return progress.report(false);
  } catch (error) {
    if (isTierBookError(error) && error.code === 'CANCELLED') return progress.report(true);
    if (pending) await repairMarkers(host, pending);
    const sheetNames = layout?.sheets.map((s) => s.sheetName) ?? [];
    const modelSheet = layout?.sheets.find((s) => s.plan.key === 'model')?.sheetName; // the roster is a 'model' role too
    throw new WritePlanError(await explain(host, plan, error, sheetNames, modelSheet), progress.report(true));
  }
}

/**
 * One Ctrl+Z for a whole run, where Excel can group it (ExcelApi 1.20): `mergeUndoGroup` on the write's single
 * Excel.run. Not for plans with PivotTables or charts, whose APIs Office lists among those without undo support
 * (a grouped batch that calls one fails with UndoNotSupported); writePlan also falls back on that error.
 */
export function undoGroupOptions(host: ExcelHost, plan: OutputPlan): Excel.RunOptions | undefined {
  if (!host.isSetSupported('ExcelApi', EXCEL_API.undoGroup)) return undefined;
  return plan.pivots.length === 0 && plan.charts.length === 0 ? { mergeUndoGroup: true } : undefined;
}
