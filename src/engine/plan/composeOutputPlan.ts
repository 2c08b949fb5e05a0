import { DEFAULT_ANALYSIS, type AnalysisChoices } from '../analysis/analysisChoices';
import { buildAnalysisOutput } from '../analysis/analysisOutput';
import { buildRunLogSheet, type RunContext } from '../audit/runLog';
import { buildComplianceForPlan } from '../compliance/complianceForPlan';
import { suitableShelfText } from '../compliance/complianceOutput';
import { clientDataSha256Steps, modelSha256 } from '../audit/runHashes';
import { requireConfirmedChecks } from '../checks/requireConfirmedChecks';
import { runChecks } from '../checks/runChecks';
import { TierBookError } from '../errors';
import { buildMigrationColumns, buildMigrationSheet, migrateTiers } from '../migration';
import { text, type Locale, type LocalizedText } from '../i18n/locale';
import type { ColumnRole } from '../model/headerAliases';
import type { TierModel } from '../model/types';
import { cellAddress } from '../cell/a1';
import { MODEL_BLOCK_WIDTH } from '../modelSheet/modelSheetLabels';
import { writeModelSheet } from '../modelSheet/writeModelSheet';
import { runSteps, type Steps } from '../run/steps';
import type { TieringResult } from '../run/tierClients';
import { createDefaultPlaybooks } from '../strategy/defaultPlaybooks';
import type { Playbook } from '../strategy/playbook';
import { buildStrategyOverviewSheet, tierStrategySheetSteps, type ClientIdCells } from '../strategy/strategySheets';
import { buildStrategyTemplatesSheet } from '../strategy/strategyTemplatesSheet';
import { buildSegmentGroupColumn, buildSegmentTagsColumn } from '../segments/segmentColumns';
import { buildSegmentGroupSheet } from '../segments/segmentGroupSheet';
import { assignSegmentGroups } from '../segments/segmentGroups';
import { SEGMENT_DIMENSIONS } from '../segments/segmentRules';
import { computeSegmentTags } from '../segments/segmentTags';
import { buildClientSuitability, SUITABILITY_EXTRA_ROLES } from '../suitability/clientSuitability';
import { buildSuitabilityColumns } from '../suitability/suitabilityColumns';
import { resolveExtraColumn, textExtra, type ExtraColumns } from '../table/extraColumns';
import { requireClients } from '../table/requireClients';
import { trackingOutputSteps, type TrackingInputs } from '../tracking/trackingPlan';
import { buildOutputPlan, type PlanOptions } from './buildOutputPlan';
import { MODEL_RANGE_NAME, OUTPUT_LABELS } from './outputLabels';
import type { OutputPlan, PlanChart, PlanColumn, PlanPivot, PlanSheet } from './outputPlan';

// In a module of their own so the task pane's first screen can import them without the plan's code.
export { DEFAULT_ADDIN_CHOICES, type AddinOutputChoices } from './addinChoices';
import type { AddinOutputChoices } from './addinChoices';
import { buildJudgementSheet } from '../weights/judgementSheet';

/** Where the client table is in the workbook, as the gateway found it. */
export interface AddinPlanSource {
  readonly sheetName: string;
  /**
   * 0-based sheet column of the client block's first column, which the layout's indices count from; portable formulas
   * need it to address source cells. Default 0 (a block starting in column A).
   */
  readonly firstColumn?: number;
  /** 0-based index of the sheet's last used column. */
  readonly lastUsedColumn: number;
  /** 1-based worksheet row of the table's last row. */
  readonly lastRow: number;
}

export interface AddinPlanInput {
  readonly result: TieringResult;
  readonly locale: Locale;
  readonly choices: AddinOutputChoices;
  readonly source: AddinPlanSource;
  /** Who and when, for the run log; mode and source sheet come from the choices and the source. */
  readonly run: Omit<RunContext, 'mode' | 'sourceSheet'>;
  /** Columns the client table does not keep (name, branch, suitability facts), aligned with its clients. */
  readonly extras?: ExtraColumns;
  /** Default: the engine's default playbooks. */
  readonly playbooks?: readonly Playbook[];
  /**
   * Whether the workbook already has a strategy templates sheet. 'found': `playbooks` came from it and the sheet is
   * never rewritten, so the user's edits survive every run. 'missing': with strategy sheets chosen, the plan also
   * writes the templates sheet (holding `playbooks`, default the engine's) for the user to edit. Absent: no templates
   * sheet is written.
   */
  readonly templatesSheet?: 'found' | 'missing';
  /**
   * The AHP judgements sheet (权重判断矩阵), written only on request: 'missing' when the user asked for it and the
   * workbook has none, so the plan writes it once (all judgements 1); 'found' or absent writes nothing, and a found
   * sheet is kept (KEPT_SHEET_KEYS), so the user's judgements survive every run.
   */
  readonly judgementsSheet?: 'found' | 'missing';
  /** Tier per client id from the previous run on this sheet: adds the change column and the migration sheet. */
  readonly previousTiers?: ReadonlyMap<string, string>;
  /** The ids' own type and number format in the client sheet, for the strategy sheets; default: ids as text. */
  readonly idCells?: ClientIdCells;
  /** The user confirmed running despite blocking data checks (runChecks); recorded in the run log. */
  readonly confirmedChecks?: boolean;
  /** The previous run's 合规快照 per client id on this sheet, for the compliance notices. */
  readonly previousComplianceStates?: ReadonlyMap<string, string>;
  /**
   * The tracking loop's sheets as the host found them and the run date: with strategy sheets chosen, the plan adds the
   * manager proposal, the service log (appended), the follow-up plan and, when missing, the roster (docs/tracking.md).
   */
  readonly tracking?: TrackingInputs;
  /** Sensitivity, upgrade and cluster sheets (src/engine/analysis); absent: the defaults if choices.analysisSheets, else none. */
  readonly analysis?: AnalysisChoices;
}

/**
 * The columns the pane reads besides the factors: names and branches for strategy sheets, suitability facts, and the
 * segment dimensions (used when the model has no factor for one).
 */
export const ADDIN_EXTRA_ROLES: readonly ColumnRole[] = [...new Set<ColumnRole>(['name', 'branch', 'manager', ...SUITABILITY_EXTRA_ROLES, ...SEGMENT_DIMENSIONS])];

/** Captions and names of what the composer adds, in both languages. */
export const ADDIN_PLAN_LABELS = {
  tierPivot: text('各等级客户与资产', 'Clients and assets by tier'),
  riskPivot: text('各等级风险等级分布', 'Risk levels by tier'),
  clients: text('客户数', 'Clients'),
  assetsTotal: text('资产合计', 'Total assets'),
  averageScore: text('平均得分', 'Average score'),
  chartTitle: text('各等级客户数', 'Clients per tier'),
} as const satisfies Record<string, LocalizedText>;

/** PivotTable names are workbook-wide in Excel, so they carry TierBook's prefix. */
export const TIER_PIVOT_NAME = 'TierBook_TierPivot';
export const RISK_PIVOT_NAME = 'TierBook_RiskPivot';
export const TIER_CHART_KEY = 'tierChart';

/** Spare rows under the model block, as buildOutputPlan keeps them, so the name covers hand-added category rows. */
const MODEL_SPARE_ROWS = 50;

/** The block of the summary sheet that holds tier and client count per tier, header row included. */
export function tierCountBlock(summary: PlanSheet, locale: Locale, tierCount: number): PlanChart['source'] {
  const header = summary.rows.findIndex((row) => row[0] === OUTPUT_LABELS.tier[locale] && row[1] === OUTPUT_LABELS.clients[locale]);
  if (header < 0) {
    throw new TierBookError('INTERNAL', text('汇总表中找不到“等级 / 客户数”表头', 'the summary sheet has no "Tier / Clients" header row'));
  }
  return { row: header, column: 0, rowCount: tierCount + 1, columnCount: 2 };
}

/**
 * Tier × (count, Σ assets, average score) and tier × risk level, over the client sheet with TierBook's columns.
 * Why the summary sheet: the pivots sit to the right of the engine's own summary, one place for the tier figures.
 */
export function tierPivots(result: TieringResult, locale: Locale, summary: PlanSheet): PlanPivot[] {
  const L = ADDIN_PLAN_LABELS;
  const tierField = OUTPUT_LABELS.tierColumn[locale];
  const scoreField = OUTPUT_LABELS.scoreColumn[locale];
  const { layout } = result.table;
  const assets = resolveExtraColumn(layout, 'assets', result.model);
  const risk = resolveExtraColumn(layout, 'risk', result.model);
  const column = Math.max(...summary.rows.map((r) => r.length)) + 1;
  const tierPivot: PlanPivot = {
    key: 'tierPivot', sheetKey: summary.key, name: TIER_PIVOT_NAME, rowField: tierField, anchor: { row: 1, column },
    values: [
      { field: tierField, summarizeBy: 'count', caption: L.clients[locale] },
      ...(assets ? [{ field: assets.header, summarizeBy: 'sum' as const, caption: L.assetsTotal[locale] }] : []),
      { field: scoreField, summarizeBy: 'average', caption: L.averageScore[locale] },
    ],
  };
  if (!risk) return [tierPivot];
  // A pivot takes a header row, one row per tier and a total row; three rows of gap keep the next one clear.
  const below = 1 + result.model.tiers.length + 2 + 3;
  return [tierPivot, {
    key: 'riskPivot', sheetKey: summary.key, name: RISK_PIVOT_NAME, rowField: tierField, columnField: risk.header,
    anchor: { row: 1 + below, column }, values: [{ field: tierField, summarizeBy: 'count', caption: L.clients[locale] }],
  }];
}

/** A column chart of clients per tier, drawn from the summary sheet's tier block. */
export function tierDistributionChart(summary: PlanSheet, locale: Locale, tierCount: number): PlanChart {
  return {
    key: TIER_CHART_KEY, sheetKey: summary.key, title: ADDIN_PLAN_LABELS.chartTitle[locale], type: 'columnClustered',
    source: tierCountBlock(summary, locale, tierCount),
  };
}

/** The overview and one sheet per tier, listing names and branches when the sheet has them. */
function* strategySheets(result: TieringResult, locale: Locale, playbooks: readonly Playbook[], extras?: ExtraColumns, idCells?: ClientIdCells, shelfText?: (client: number) => string | null): Steps<PlanSheet[]> {
  const extraColumns: Record<string, readonly (string | null)[]> = {};
  for (const role of ['name', 'branch'] as const) if (extras?.columns[role]) extraColumns[role] = textExtra(extras, role);
  const overview = buildStrategyOverviewSheet(result, playbooks, locale);
  yield;
  return [overview, ...yield* tierStrategySheetSteps(result, playbooks, locale, { extraColumns, idCells, shelfText })];
}

function suitabilityColumns(result: TieringResult, locale: Locale, extras: ExtraColumns | undefined, lastRow: number): PlanColumn[] {
  if (!extras) {
    throw new TierBookError('INTERNAL', text('适当性列需要读取客户表的附加列', 'suitability columns need the client table\'s extra columns'));
  }
  const headerRow = result.table.layout.headerRow;
  const profiles = buildClientSuitability(extras, result.table.rowNumbers);
  return buildSuitabilityColumns(result, profiles, headerRow, Math.max(0, lastRow - headerRow), locale);
}

/** 客户画像 tags and 客户分组 per client row, and the client-group summary sheet. */
function segmentOutput(result: TieringResult, locale: Locale, extras: ExtraColumns | undefined, lastRow: number): { columns: PlanColumn[]; sheet: PlanSheet } {
  const headerRow = result.table.layout.headerRow;
  const length = Math.max(0, lastRow - headerRow);
  const groups = assignSegmentGroups(result, undefined, extras);
  return {
    columns: [
      buildSegmentTagsColumn(result, computeSegmentTags(result, undefined, extras), headerRow, length, locale),
      buildSegmentGroupColumn(result, groups, headerRow, length, locale),
    ],
    sheet: buildSegmentGroupSheet(result, groups, locale, undefined, extras),
  };
}

/** The pane's output choices as one plan: core columns, model and summary sheets, then whatever was ticked. */
export function composeOutputPlan(input: AddinPlanInput): OutputPlan {
  return runSteps(composeOutputPlanSteps(input));
}

/** composeOutputPlan, pausing between its parts and within the per-client ones (see run/steps). */
export function* composeOutputPlanSteps(input: AddinPlanInput): Steps<OutputPlan> {
  const { result, locale, choices, source } = input;
  requireClients(result.table, source.sheetName); // the one place every host (pane, runner) refuses an empty tiering
  const checks = runChecks(result.table, result.model, source.sheetName);
  const confirmed = input.confirmedChecks === true;
  requireConfirmedChecks(checks, confirmed); // and the one place blocking data checks stop a run
  yield;
  const segments = choices.segments ? segmentOutput(result, locale, input.extras, source.lastRow) : undefined;
  yield;
  const extraSheets: PlanSheet[] = [];
  if (segments) extraSheets.push(segments.sheet);
  const playbooks = input.playbooks ?? createDefaultPlaybooks();
  // Compliance goes with the suitability columns: both need the sheet's risk levels.
  const compliance = choices.suitabilityColumns && input.extras ? buildComplianceForPlan({
    result, extras: input.extras, playbooks, sourceSheet: source.sheetName, columnOffset: source.firstColumn,
    previousStates: input.previousComplianceStates, locale, lastRow: source.lastRow,
  }) : undefined;
  if (choices.strategySheets) {
    const shelfText = compliance && ((c: number): string | null => suitableShelfText(compliance.compliance.shelves[c], locale));
    extraSheets.push(...yield* strategySheets(result, locale, playbooks, input.extras, input.idCells, shelfText));
    if (input.templatesSheet === 'missing') extraSheets.push(buildStrategyTemplatesSheet(playbooks, locale, result.model.factors));
  }
  if (compliance) extraSheets.push(compliance.sheet);
  if (input.judgementsSheet === 'missing') extraSheets.push(buildJudgementSheet(result.model.factors, locale));
  yield;
  // The run log's fingerprint of the data hashes every client's line: in pieces, as the rest (run/steps).
  const dataSha256 = yield* clientDataSha256Steps(result, input.extras);
  const logContext: RunContext = {
    ...input.run, mode: choices.mode, sourceSheet: source.sheetName, checks, checksConfirmed: confirmed,
    runDate: result.table.runDate, dataSha256, modelSha256: modelSha256(result.model),
  };
  if (choices.runLog) extraSheets.push(buildRunLogSheet(result, logContext, locale));
  const headerRow = result.table.layout.headerRow;
  const length = Math.max(0, source.lastRow - headerRow);
  const migration = input.previousTiers && input.previousTiers.size > 0 ? migrateTiers(input.previousTiers, result) : undefined;
  if (migration) extraSheets.push(buildMigrationSheet(migration, result.model, locale));
  const tracking = choices.strategySheets && input.tracking
    ? yield* trackingOutputSteps(result, playbooks, input.extras, migration, input.tracking, headerRow, length, locale) : undefined;
  if (tracking) extraSheets.push(...tracking.sheets);
  yield;
  const analysisChoices = input.analysis ?? (choices.analysisSheets ? DEFAULT_ANALYSIS : undefined);
  const analysis = analysisChoices ? buildAnalysisOutput(result, locale, analysisChoices, source.lastRow) : undefined;
  if (analysis) extraSheets.push(...analysis.sheets);
  yield;
  const suitability = choices.suitabilityColumns ? suitabilityColumns(result, locale, input.extras, source.lastRow) : [];
  yield;
  const options: PlanOptions = {
    locale, mode: choices.mode, sourceSheet: source.sheetName, lastUsedColumn: source.lastUsedColumn, lastRow: source.lastRow,
    sourceColumnOffset: source.firstColumn, extraSheets,
    extraColumns: [
      ...(segments?.columns ?? []),
      ...suitability,
      ...(compliance?.columns ?? []),
      ...(migration ? buildMigrationColumns(result, migration, headerRow, length, locale) : []),
      ...(tracking?.columns ?? []),
      ...(analysis?.columns ?? []),
    ],
  };
  const plan = buildOutputPlan(result, options);
  yield;
  const summary = plan.sheets.find((s) => s.role === 'summary');
  if (!summary) throw new TierBookError('INTERNAL', text('输出计划缺少汇总表', 'the output plan has no summary sheet'));
  const tierCount = result.model.tiers.length;
  // The log row names every sheet of the plan by key, which only the finished plan knows.
  const sheetKeys = plan.sheets.map((s) => s.key);
  const sheets = plan.sheets.map((s) => (s.role === 'log' ? buildRunLogSheet(result, { ...logContext, sheetKeys }, locale) : s));
  return {
    ...plan,
    sheets,
    pivots: choices.pivots ? tierPivots(result, locale, summary) : [],
    charts: choices.chart ? [tierDistributionChart(summary, locale, tierCount), ...(tracking ? [tracking.chart] : [])] : [],
  };
}

/** Where "Save model" writes when no client table is known yet: the plan has no columns, so these go unused. */
export interface ModelSaveTarget {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly lastUsedColumn: number;
}

/**
 * A plan holding only the model sheet and the model range name, for "Save to model sheet". Quota cutoffs go in
 * when the pane has them, so the sheet shows the scores the quotas meant on this data.
 */
export function buildModelSavePlan(model: TierModel, locale: Locale, target?: ModelSaveTarget, tierCutoffs?: Float64Array): OutputPlan {
  const grid = writeModelSheet(model, locale, tierCutoffs);
  // Same shape as buildOutputPlan's model sheet, so a save and a run write the sheet alike.
  const modelSheet: PlanSheet = {
    key: 'model', role: 'model', preferredName: OUTPUT_LABELS.modelSheet[locale], rows: grid.rows,
    headerRows: [0, 8], columnWidths: [16, 14, 18, 16, 10, 10, 12, 10, 12, 12], numberFormats: { 5: '0.0%' },
  };
  return {
    locale, mode: 'values',
    sourceSheet: target?.sheetName ?? '', headerRow: target?.headerRow ?? 1, firstOutputColumn: (target?.lastUsedColumn ?? -1) + 1,
    columns: [], sheets: [modelSheet], pivots: [], charts: [],
    names: [{ name: MODEL_RANGE_NAME, sheetKey: 'model', address: `A1:${cellAddress(grid.anchors.lastRow + MODEL_SPARE_ROWS, MODEL_BLOCK_WIDTH - 1)}` }],
  };
}
