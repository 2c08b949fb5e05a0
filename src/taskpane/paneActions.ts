/*
 * What the pane's buttons do with the workbook: read the client table, run, save, import and export the model.
 * Each one reports through notices (MessageBar) or toasts, with TierBookError messages in the pane's language.
 */
import type { Dispatch } from 'react';
import { findModelProblems, hasBlockingChecks, runChecks, tierClientTableSteps, type Locale, type OutputPlan, type TierModel } from '../engine';
import type { RemovedOutput } from '../excel/removeTierBookOutput';
import type { ClientTableSource, StoredTemplates, WorkbookGateway, WriteReport } from '../excel/workbookGateway';
import { writeReportOf } from '../excel/writeReport';
import { isCancellation, paneErrorMessage } from './errors';
import type { Strings } from './i18n';
import { downloadModelJson, parseModelJson, readFileText } from './modelFile';
import { IncrementalTable, withHiddenRows, type RowChunk } from './pipeline/rowChunks';
import { runInTasks } from './pipeline/runInTasks';
import { nextTask, SlicedFeed } from './pipeline/slicedFeed';
import { locateSourceLayout } from './pipeline/sourceLayout';
import { rememberBase, rememberTable, tableCacheKey } from './pipeline/tableCache';
import { blocksScoring } from './hooks/useTiering';
import { templatesSourceOf } from './pipeline/templatesSource';
import { writeReportLines } from './reportLines';
import type { NoticeArea, PaneAction, PaneState } from './state/paneState';
import type { LongOperation } from './hooks/useLongOperation';
import type { ShowToast } from './hooks/usePaneToasts';
import type { Tiering } from './hooks/useTiering';

export { ADDIN_TOOL_NAME } from './pipeline/addinToolName';

/** What the Office gateway adds to the contract: removing TierBook's output after a cancelled or failed write. */
export interface OutputCleanup {
  removeTierBookOutput(): Promise<RemovedOutput>;
}

/** The gateway the pane takes; the cleanup is offered only when the gateway has it. */
export type PaneGateway = WorkbookGateway & Partial<OutputCleanup>;

export interface PaneActions {
  readTable(): Promise<void>;
  /** Reads the run log back for the run report (at start, and after every run). */
  readRunLog(): Promise<void>;
  /** Undefined when the gateway cannot remove TierBook's output. */
  removeOutput?: () => Promise<void>;
  run(): Promise<void>;
  saveModel(): Promise<void>;
  importModel(file: File): Promise<void>;
  exportModel(): void;
  /** Protects or unprotects the model sheet (worksheet protection: against accidents, not a security boundary). */
  lockModelSheet(locked: boolean, password?: string): Promise<void>;
}

interface Deps {
  readonly gateway: PaneGateway;
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly tiering: Tiering;
  readonly operation: LongOperation;
  readonly toast: ShowToast;
  readonly locale: Locale;
  readonly strings: Strings;
  readonly refreshStored: () => Promise<void>;
}

/** Writes a plan; a report marked incomplete, a cancel or a failure becomes a notice saying what was written. */
async function writeWithReport(deps: Deps, plan: OutputPlan, area: NoticeArea): Promise<WriteReport | undefined> {
  const { gateway, operation, dispatch } = deps;
  try {
    const { report, aborted } = await operation.start(async (options) => {
      const written = await gateway.writePlan(plan, options);
      return { report: written, aborted: options.signal?.aborted === true };
    });
    if (report.incomplete) {
      dispatch({ type: 'notify', area, notice: { kind: 'writeStopped', cancelled: aborted, report } });
      return undefined;
    }
    return report;
  } catch (error) {
    const cancelled = isCancellation(error);
    // A failed write carries what it had written (WritePlanError), so the notice can list it.
    dispatch({ type: 'notify', area, notice: { kind: 'writeStopped', cancelled, report: writeReportOf(error), error: cancelled ? undefined : paneErrorMessage(error) } });
    return undefined;
  }
}

/**
 * The templates sheet's playbooks for a run with strategy sheets, read fresh (the user may have edited it since the
 * Output section showed it). An invalid sheet rejects: the run stops rather than quietly use the defaults.
 */
async function readRunTemplates(deps: Deps): Promise<StoredTemplates | undefined> {
  try {
    const stored = await deps.gateway.readStoredTemplates();
    deps.dispatch({ type: 'templatesRead', templates: templatesSourceOf(stored) });
    return stored;
  } catch (error) {
    deps.dispatch({ type: 'templatesRead', templates: { kind: 'error', message: paneErrorMessage(error) } });
    throw error;
  }
}

/** The table builder for a read, when the model can score it as it is (else useTiering reports why, as before). */
function startTable(state: PaneState, source: ClientTableSource): { table: IncrementalTable; key: string } | undefined {
  if (findModelProblems(state.model).some(blocksScoring)) return undefined;
  try {
    const layout = locateSourceLayout(source, state.model, state.overrides);
    return { table: new IncrementalTable(layout, state.model, source.sheetName, { totalsRows: source.totalsRows }), key: tableCacheKey(state.model, state.overrides, source.sheetName) };
  } catch {
    return undefined;
  }
}

/** Finishes the table, then scores it, each in a task of its own, and leaves both for useTiering. */
async function finishTable(building: { table: IncrementalTable; key: string }, chunks: readonly RowChunk[], hiddenRowNumbers: readonly number[], model: TierModel): Promise<void> {
  await nextTask();
  const table = building.table.finish(hiddenRowNumbers);
  rememberTable(chunks, building.key, table);
  await nextTask();
  rememberBase(table, model, await runInTasks(tierClientTableSteps(table, model)));
  await nextTask();
}

const NOTHING_WRITTEN: WriteReport = { columns: [], sheets: [], pivots: [], charts: [], warnings: [], incomplete: true };

/** Plain functions over this render's state; the pane rebuilds them each render. */
export function paneActions(deps: Deps): PaneActions {
  const { gateway, state, dispatch, tiering, operation, toast, locale, strings, refreshStored } = deps;

  const readTable = async (): Promise<void> => {
    dispatch({ type: 'notify', area: 'data', notice: undefined });
    try {
      const read = await operation.start(async (options) => {
        const source = await gateway.findClientTable();
        const chunks: RowChunk[] = [];
        // The table is built as the chunks arrive, a slice per task, and scored in a task of its own, so the pane stays responsive.
        const building = startTable(state, source);
        const feed = building && new SlicedFeed((slice) => building.table.append(slice), options.signal);
        const { hiddenRowNumbers } = await gateway.readRows(source, (rows, firstRowNumber) => {
          const chunk = { rows, firstRowNumber };
          chunks.push(chunk);
          feed?.push(chunk);
        }, options);
        const cached = withHiddenRows(chunks, hiddenRowNumbers);
        if (building && feed) {
          await feed.done();
          await finishTable(building, cached, hiddenRowNumbers, state.model);
        }
        return { source, chunks: cached };
      });
      dispatch({ type: 'tableRead', source: read.source, chunks: read.chunks });
    } catch (error) {
      dispatch({ type: 'notify', area: 'data', notice: isCancellation(error) ? { kind: 'readCancelled' } : { kind: 'error', message: paneErrorMessage(error) } });
    }
  };

  const run = async (): Promise<void> => {
    const { source, chunks, model, choices } = state;
    const { layout, table } = tiering;
    if (!source || !chunks || !layout || !table || tiering.problems.length > 0) return;
    // Blocking data checks: the Run step shows them with the confirm box; nothing runs until remap or confirm.
    if (!state.checksConfirmed && hasBlockingChecks(runChecks(table, model, source.sheetName))) {
      dispatch({ type: 'selectTab', tab: 'run' });
      return;
    }
    dispatch({ type: 'notify', area: 'run', notice: undefined });
    let plan: OutputPlan;
    try {
      // Under the progress bar from the click: the reads, the plan's chunk and the plan composed in pieces, so the pane
      // stays responsive and Cancel works before the write too.
      plan = await operation.start(async (options) => {
        // The previous run's tier column (found by TierBook's marker) gives the ↑/↓/= column and the migration sheet.
        const previousTiers = await deps.gateway.readPreviousTiers(source);
        const previousComplianceStates = choices.suitabilityColumns ? await deps.gateway.readPreviousComplianceStates?.(source) : undefined;
        const templates = choices.strategySheets ? await readRunTemplates(deps) : undefined;
        const judgementsFound = choices.judgementsSheet === true && (await deps.gateway.readStoredJudgements?.()) !== undefined;
        // The tracking loop's sheets (roster, previous plan, service log), read before anything is written so the
        // plan's filled rows reach the service log; only with strategy sheets, as the plan writes the loop then.
        const tracking = choices.strategySheets ? await deps.gateway.readTrackingSheets?.(options) : undefined;
        // The output plan's code (strategies, suitability, segments, formulas) is its own chunk, loaded at the first run.
        const { composeRunPlanSteps } = await import(/* webpackChunkName: "run-plan" */ './pipeline/runPlan');
        return runInTasks(composeRunPlanSteps({
          source, chunks, layout, table, model, choices, locale, previousTiers, templates, judgementsFound,
          confirmedChecks: state.checksConfirmed, timestamp: new Date().toISOString(), previousComplianceStates, tracking,
        }), options.signal);
      });
    } catch (error) {
      // Cancelled while composing: nothing was written yet, and the notice says so.
      dispatch({ type: 'notify', area: 'run', notice: isCancellation(error) ? { kind: 'writeStopped', cancelled: true, report: NOTHING_WRITTEN } : { kind: 'error', message: paneErrorMessage(error) } });
      return;
    }
    const report = await writeWithReport(deps, plan, 'run');
    if (!report) return;
    toast('success', strings.writtenTitle, writeReportLines(report, strings, locale));
    await readRunLog();
    await refreshStored();
  };

  const readRunLog = async (): Promise<void> => {
    try {
      dispatch({ type: 'runLogRead', runLog: await gateway.readRunLog() });
    } catch (error) {
      dispatch({ type: 'notify', area: 'run', notice: { kind: 'error', message: paneErrorMessage(error) } });
    }
  };

  const saveModel = async (): Promise<void> => {
    const { source, model } = state;
    if (tiering.problems.length > 0) return;
    dispatch({ type: 'notify', area: 'model', notice: undefined });
    const target = source ? { sheetName: source.sheetName, headerRow: tiering.layout?.headerRow ?? source.firstRow + 1, lastUsedColumn: source.lastUsedColumn } : undefined;
    const { buildModelSavePlan } = await import(/* webpackChunkName: "run-plan" */ './pipeline/runPlan');
    const plan = buildModelSavePlan(model, locale, target, tiering.live?.reweighing.tierCutoffs);
    const report = await writeWithReport(deps, plan, 'model');
    if (!report) return;
    toast('success', strings.modelSaved(report.sheets[0] ?? plan.sheets[0].preferredName));
    await refreshStored();
  };

  const importModel = async (file: File): Promise<void> => {
    dispatch({ type: 'notify', area: 'model', notice: undefined });
    try {
      const model = parseModelJson(await readFileText(file), file.name);
      dispatch({ type: 'replaceModel', model });
      toast('success', strings.modelImported(model.name ?? strings.unnamedModel));
    } catch (error) {
      dispatch({ type: 'notify', area: 'model', notice: { kind: 'error', message: paneErrorMessage(error) } });
    }
  };

  const exportModel = (): void => {
    try {
      downloadModelJson(state.model);
      toast('success', strings.modelExported);
    } catch (error) {
      dispatch({ type: 'notify', area: 'model', notice: { kind: 'error', message: paneErrorMessage(error) } });
    }
  };

  const cleanup = gateway.removeTierBookOutput?.bind(gateway);
  const removeOutput = cleanup ? async (): Promise<void> => {
    try {
      const removed = await cleanup();
      dispatch({ type: 'notify', area: 'run', notice: undefined });
      const list = (items: readonly string[]): string => items.join(strings.listSeparator);
      const lines = [
        ...(removed.columns.length > 0 ? [strings.reportColumns(list(removed.columns))] : []),
        ...(removed.sheets.length > 0 ? [strings.reportSheets(list(removed.sheets))] : []),
      ];
      toast('success', strings.removedTitle, lines.length > 0 ? lines : [strings.reportNothing]);
    } catch (error) {
      dispatch({ type: 'notify', area: 'run', notice: { kind: 'error', message: paneErrorMessage(error) } });
    }
  } : undefined;

  const lockModelSheet = async (locked: boolean, password?: string): Promise<void> => {
    dispatch({ type: 'notify', area: 'model', notice: undefined });
    try {
      await deps.gateway.setModelSheetLocked(locked, password || undefined);
      toast('success', locked ? strings.modelLocked : strings.modelUnlocked);
    } catch (error) {
      dispatch({ type: 'notify', area: 'model', notice: { kind: 'error', message: paneErrorMessage(error) } });
    }
  };

  return { readTable, readRunLog, run, saveModel, importModel, exportModel, lockModelSheet, removeOutput };
}
