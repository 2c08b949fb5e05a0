import { text, type Locale } from '../i18n/locale';
import type { OutputMode, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { checkCodes, checksLogText, issueCountCodes } from '../checks/checksLog';
import type { RunCheck } from '../checks/runChecks';
import { modelHash } from './modelHash';
import { describeWeightSource, type WeightSource } from '../model/weightSource';

/** Who ran TierBook and when; hosts fill it from what they know (Office's display name, the OS user). */
export interface RunContext {
  /** ISO-8601 timestamp of the run. */
  readonly timestamp: string;
  readonly user?: string;
  readonly mode: OutputMode;
  readonly sourceSheet: string;
  readonly tool: string;
  /** The data checks of this run (runChecks), and whether the user confirmed running despite blocking ones. */
  readonly checks?: readonly RunCheck[];
  readonly checksConfirmed?: boolean;
  /** Keys of the sheets the run writes (their `_TierBook_sheet_<key>` markers), so a report can link to them. */
  readonly sheetKeys?: readonly string[];
  /** The run date (YYYY-MM-DD) the assessment statuses were computed on. */
  readonly runDate?: string;
  /** SHA-256 of the client data as read (runHashes.ts) and of the model as applied. */
  readonly dataSha256?: string;
  readonly modelSha256?: string;
}

const LOG_HEADERS = [
  text('时间', 'Time'), text('用户', 'User'), text('工具', 'Tool'), text('客户表', 'Client sheet'), text('模型', 'Model'),
  text('模型版本', 'Model version'), text('模型哈希', 'Model hash'), text('读取行数', 'Rows read'), text('已分级', 'Tiered'),
  text('未分级', 'Not tiered'), text('数据问题', 'Data issues'), text('输出方式', 'Output mode'), text('各等级人数', 'Clients per tier'),
  // Added for the run report (older logs lack them; readers go by position): the checks in words, then as codes.
  text('数据检查', 'Data checks'), text('问题分类', 'Issues by kind'), text('检查代码', 'Check codes'), text('工作表键', 'Sheet keys'),
  // Added for verifiable runs (docs/cli.md, tierbook verify).
  text('运行日期', 'Run date'), text('数据 SHA-256', 'Data SHA-256'), text('模型 SHA-256', 'Model SHA-256'),
  // Added for issue 12 (blank when the model records none): where the weights came from, in words and as the model's JSON.
  text('权重来源', 'Weight source'), text('权重来源（JSON）', 'Weight source (JSON)'),
];

/** 0-based positions of the run log's columns, shared by the writer and the report that reads the log back. */
export const RUN_LOG_COL = {
  time: 0, user: 1, tool: 2, sourceSheet: 3, model: 4, modelVersion: 5, modelHash: 6, rowsRead: 7, tiered: 8, notTiered: 9,
  issues: 10, mode: 11, tierCounts: 12, checks: 13, issueKinds: 14, checkCodes: 15, sheetKeys: 16,
  runDate: 17, dataSha256: 18, modelSha256: 19, weightSource: 20, weightSourceJson: 21,
} as const;

/** The log sheet's header row, in the workbook's language. */
export function runLogHeader(locale: Locale): PlanCell[] {
  return LOG_HEADERS.map((h) => h[locale]);
}

/** One audit row per run: enough to tell which model produced which tiers, and that the model changed. */
export function runLogRow(result: TieringResult, context: RunContext, locale: Locale): PlanCell[] {
  const tiered = Array.from(result.tierCounts).reduce((a, c) => a + c, 0);
  const counts = result.model.tiers.map((t, k) => `${t.name}=${result.tierCounts[k]}`).join('; ');
  return [context.timestamp, context.user ?? null, context.tool, context.sourceSheet, result.model.name ?? null, result.model.version ?? null,
    modelHash(result.model), result.table.rowsRead, tiered, result.excluded.length, result.issues.length, context.mode, counts,
    checksLogText(context.checks ?? [], context.checksConfirmed === true, locale), issueCountCodes(result.issues),
    checkCodes(context.checks ?? [], context.checksConfirmed === true), (context.sheetKeys ?? []).join('; '),
    context.runDate ?? null, context.dataSha256 ?? null, context.modelSha256 ?? null, ...weightSourceCells(result.model.weightSource, locale)];
}

/** The weight-source cells: a line for people and the lossless JSON, or blanks when the model records no source. */
function weightSourceCells(source: WeightSource | undefined, locale: Locale): PlanCell[] {
  return source ? [describeWeightSource(source, locale), JSON.stringify(source)] : [null, null];
}

/** The log sheet as a plan: header plus this run's row; renderers append the row when the sheet already exists. */
export function buildRunLogSheet(result: TieringResult, context: RunContext, locale: Locale): PlanSheet {
  return {
    key: 'log', role: 'log', preferredName: text('运行日志', 'Run Log')[locale], appendOnly: true,
    rows: [runLogHeader(locale), runLogRow(result, context, locale)], headerRows: [0], freezeRows: 1,
    columnWidths: [22, 14, 12, 14, 18, 10, 18, 10, 10, 10, 10, 10, 50, 60, 30, 30, 40, 12, 66, 66, 40, 30],
  };
}
