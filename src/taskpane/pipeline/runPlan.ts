/*
 * What a run writes, composed from the pane's table: the output plan of src/engine/plan/composeOutputPlan. Its own module so
 * that the plan's code (strategies, suitability, segments, formulas) is a chunk loaded with the Run step or at the
 * first run or save, not part of the pane's first screen.
 */
import { serialOfDay, tierClientTableSteps, type ClientTable, type Locale, type OutputPlan, type SheetLayout, type TierModel, type TrackingSheets } from '../../engine';
import { ADDIN_EXTRA_ROLES, composeOutputPlanSteps, type AddinOutputChoices } from '../../engine/plan/composeOutputPlan';
import { runSteps, type Steps } from '../../engine/run/steps';
import type { ClientTableSource, StoredTemplates } from '../../excel/workbookGateway';
import { extraColumnSteps, type RowChunk } from './rowChunks';
import { sourceLastRow } from './sourceLayout';
import { ADDIN_TOOL_NAME } from './addinToolName';
import { rememberResult } from './tableCache';

export { buildModelSavePlan } from '../../engine/plan/composeOutputPlan';

export interface RunPlanInput {
  readonly source: ClientTableSource;
  readonly chunks: readonly RowChunk[];
  readonly layout: SheetLayout;
  readonly table: ClientTable;
  readonly model: TierModel;
  /** Whether the workbook has its AHP judgements sheet (read only when the choice asks for the sheet). */
  readonly judgementsFound?: boolean;
  readonly choices: AddinOutputChoices;
  readonly locale: Locale;
  readonly previousTiers?: ReadonlyMap<string, string>;
  /** The workbook's templates sheet, when it has one (undefined: the defaults are written to a new one). */
  readonly templates?: StoredTemplates;
  readonly confirmedChecks: boolean;
  readonly timestamp: string;
  /** The previous run's 合规快照 per client id, for the compliance notices. */
  readonly previousComplianceStates?: ReadonlyMap<string, string>;
  /** The roster, the previous follow-up plan and the service log as the gateway read them (TRACKING_READS). */
  readonly tracking?: TrackingSheets;
  /** The run date as an Excel serial; default: the day of `timestamp` (UTC), as the runner without --run-date. */
  readonly runDate?: number;
}

/** The UTC day of an ISO timestamp as a serial; today for the preview's empty timestamp. */
function runDay(timestamp: string): number {
  const ms = Date.parse(timestamp);
  return serialOfDay(Number.isNaN(ms) ? new Date() : new Date(ms));
}

/** The plan a run writes; the Run step previews the same plan, so "what will be written" is what is written. */
export function composeRunPlan(input: RunPlanInput): OutputPlan {
  return runSteps(composeRunPlanSteps(input));
}

/** composeRunPlan in pieces of a few tens of ms: the pane runs it with runInTasks, so a run never blocks it long. */
export function* composeRunPlanSteps(input: RunPlanInput): Steps<OutputPlan> {
  const { source, chunks, layout, table, model, templates } = input;
  const result = yield* tierClientTableSteps(table, model);
  rememberResult(table, model, result); // for the what-if baseline once this model is saved (savedModelResult)
  yield;
  const extras = yield* extraColumnSteps(chunks, layout, ADDIN_EXTRA_ROLES, model, table.rowNumbers);
  return yield* composeOutputPlanSteps({
    result, locale: input.locale, choices: input.choices, extras,
    source: { sheetName: source.sheetName, firstColumn: source.firstColumn, lastUsedColumn: source.lastUsedColumn, lastRow: sourceLastRow(source) },
    run: { timestamp: input.timestamp, tool: ADDIN_TOOL_NAME },
    previousTiers: input.previousTiers,
    // A workbook without a templates sheet gets the defaults written to one, for the user to edit.
    playbooks: templates?.playbooks, templatesSheet: templates ? 'found' : 'missing',
    judgementsSheet: input.choices.judgementsSheet === true ? (input.judgementsFound === true ? 'found' : 'missing') : undefined,
    confirmedChecks: input.confirmedChecks, previousComplianceStates: input.previousComplianceStates,
    // The tracking loop, exactly as the runner passes it (src/cli/runPlan.ts): the run date and time, then the sheets found.
    tracking: { runDate: input.runDate ?? runDay(input.timestamp), timestamp: input.timestamp, ...input.tracking },
  });
}
