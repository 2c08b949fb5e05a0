import { text, type Locale } from '../i18n/locale';
import type { OutputMode, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { modelHash } from './modelHash';

/** Who ran TierBook and when; hosts fill it from what they know (Office's display name, the OS user). */
export interface RunContext {
  /** ISO-8601 timestamp of the run. */
  readonly timestamp: string;
  readonly user?: string;
  readonly mode: OutputMode;
  readonly sourceSheet: string;
  readonly tool: string;
}

const LOG_HEADERS = [
  text('时间', 'Time'), text('用户', 'User'), text('工具', 'Tool'), text('客户表', 'Client sheet'), text('模型', 'Model'),
  text('模型版本', 'Model version'), text('模型哈希', 'Model hash'), text('读取行数', 'Rows read'), text('已分级', 'Tiered'),
  text('未分级', 'Not tiered'), text('数据问题', 'Data issues'), text('输出方式', 'Output mode'), text('各等级人数', 'Clients per tier'),
];

/** The log sheet's header row, in the workbook's language. */
export function runLogHeader(locale: Locale): PlanCell[] {
  return LOG_HEADERS.map((h) => h[locale]);
}

/** One audit row per run: enough to tell which model produced which tiers, and that the model changed. */
export function runLogRow(result: TieringResult, context: RunContext): PlanCell[] {
  const tiered = Array.from(result.tierCounts).reduce((a, c) => a + c, 0);
  const counts = result.model.tiers.map((t, k) => `${t.name}=${result.tierCounts[k]}`).join('; ');
  return [context.timestamp, context.user ?? null, context.tool, context.sourceSheet, result.model.name ?? null, result.model.version ?? null,
    modelHash(result.model), result.table.rowsRead, tiered, result.excluded.length, result.issues.length, context.mode, counts];
}

/** The log sheet as a plan: header plus this run's row; renderers append the row when the sheet already exists. */
export function buildRunLogSheet(result: TieringResult, context: RunContext, locale: Locale): PlanSheet {
  return {
    key: 'log', role: 'log', preferredName: text('运行日志', 'Run Log')[locale], appendOnly: true,
    rows: [runLogHeader(locale), runLogRow(result, context)], headerRows: [0], freezeRows: 1,
    columnWidths: [22, 14, 12, 14, 18, 10, 18, 10, 10, 10, 10, 10, 50],
  };
}
