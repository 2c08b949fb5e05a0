/*
 * The pane's check of the last run (the same as `tierbook verify`): recompute, from the client rows the pane read and
 * the workbook's model sheet and templates, the run recorded last in the run log, and compare the stored score, tier,
 * suitability and compliance columns and the log's SHA-256 of the data and the model. Its own chunk, loaded on click.
 */
import {
  RUN_LOG_COL, cellAddress, cellText, clientDataSha256Steps, compareVerifiedColumns, modelSha256, quoteSheetName, tierClientTableSteps,
  type CellValue, type Locale, type OutputMode, type SheetLayout, type TierModel,
} from '../../engine';
import { ADDIN_EXTRA_ROLES, type AddinOutputChoices } from '../../engine/plan/composeOutputPlan';
import type { ClientTableSource, WorkbookGateway } from '../../excel/workbookGateway';
import { buildTableFromChunksSteps, extraColumnSteps, type RowChunk } from './rowChunks';
import { composeRunPlanSteps } from './runPlan';
import { runInTasks } from './runInTasks';
import { taskYield, type TaskYield } from '../../excel/taskYield';

export interface PaneVerifyOutcome {
  readonly match: boolean;
  readonly runDate: string;
  readonly checked: number;
  readonly count: number;
  /** The first differing cells, with sheet and address for a link. */
  readonly differences: readonly { readonly sheet: string; readonly address: string; readonly header: string; readonly stored: CellValue; readonly expected: CellValue }[];
  readonly dataHashMatches: boolean;
  readonly modelHashMatches: boolean;
}

export interface PaneVerifyInput {
  readonly gateway: WorkbookGateway;
  readonly source: ClientTableSource;
  readonly chunks: readonly RowChunk[];
  readonly layout: SheetLayout;
  readonly model: TierModel;
  readonly choices: AddinOutputChoices;
  readonly logRows: readonly (readonly CellValue[])[];
}

const MODES: readonly string[] = ['values', 'live', 'portable'];

/**
 * Undefined when the log has no run to check (or one written before verification existed). Rebuilding the table,
 * composing the plan and hashing the data are each seconds at 50,000 clients, so they run in pieces (runInTasks) and
 * the pane stays responsive; `signal` stops the check at the next give-back (`pace`: when to give the thread back).
 */
export async function verifyLastRun(input: PaneVerifyInput, { signal, pace = taskYield() }: { signal?: AbortSignal; pace?: TaskYield } = {}): Promise<PaneVerifyOutcome | undefined> {
  const { gateway, source, chunks, layout } = input;
  // The model as the workbook holds it (the pane's may have unsaved edits).
  const model = (await gateway.readStoredModel())?.model ?? input.model;
  const last = [...input.logRows].reverse().find((row) => typeof row[RUN_LOG_COL.rowsRead] === 'number');
  const runDate = cellText(last?.[RUN_LOG_COL.runDate] ?? '').trim();
  if (!last || !/^\d{4}-\d{2}-\d{2}$/u.test(runDate)) return undefined;
  const locale: Locale = cellText(input.logRows[0]?.[0] ?? '').trim() === '时间' ? 'zh-CN' : 'en-US';
  const mode = cellText(last[RUN_LOG_COL.mode] ?? '').trim();
  const sheetKeys = cellText(last[RUN_LOG_COL.sheetKeys] ?? '').split('; ').map((k) => k.trim());
  const table = await runInTasks(buildTableFromChunksSteps(chunks, layout, model, source.sheetName, { totalsRows: source.totalsRows, runDate }), signal, pace);
  const templates = await gateway.readStoredTemplates();
  const plan = await runInTasks(composeRunPlanSteps({
    source, chunks, layout, table, model, locale, templates, confirmedChecks: true, timestamp: new Date().toISOString(),
    choices: { ...input.choices, mode: (MODES.includes(mode) ? mode : input.choices.mode) as OutputMode, suitabilityColumns: sheetKeys.includes('compliance') || input.choices.suitabilityColumns },
  }), signal, pace);
  const stored = new Map<string, Awaited<ReturnType<NonNullable<WorkbookGateway['readTierBookColumn']>>>>();
  for (const column of plan.columns) stored.set(column.key, await gateway.readTierBookColumn?.(column.key));
  const compared = compareVerifiedColumns(plan, (key, row) => {
    const column = stored.get(key);
    if (!column || column.sheet !== source.sheetName) return undefined;
    return column.cells[row - column.headerRow - 2] ?? null;
  });
  const result = await runInTasks(tierClientTableSteps(table, model), signal, pace);
  const extras = await runInTasks(extraColumnSteps(chunks, layout, ADDIN_EXTRA_ROLES, model, table.rowNumbers), signal, pace);
  const dataHash = await runInTasks(clientDataSha256Steps(result, extras), signal, pace);
  const dataHashMatches = cellText(last[RUN_LOG_COL.dataSha256] ?? '').trim() === dataHash;
  const modelHashMatches = cellText(last[RUN_LOG_COL.modelSha256] ?? '').trim() === modelSha256(model);
  return {
    match: compared.count === 0 && dataHashMatches && modelHashMatches, runDate, checked: compared.checked, count: compared.count,
    differences: compared.differences.map((d) => ({ sheet: source.sheetName, address: `${quoteSheetName(source.sheetName)}!${cellAddress(d.row - 1, d.column)}`, header: d.header, stored: d.stored, expected: d.expected })),
    dataHashMatches, modelHashMatches,
  };
}
