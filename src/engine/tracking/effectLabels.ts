import { text, type LocalizedText } from '../i18n/locale';

/** 客户快照: what the next run compares with (tiers and assets per client). */
export const SNAPSHOT_LABELS = {
  sheetName: text('客户快照', 'Client Snapshot'),
  title: text('TierBook 客户快照（本次运行时每位客户的等级与资产）', 'TierBook client snapshot (each client\'s tier and assets at this run)'),
  help: text(
    '下次运行先读取本表，用于流失预警的「资产下降」、留存率和留存客户资产变化，然后重写本表。请勿手工修改；删除本表后，下次运行不计算这些跨期数字。',
    'The next run reads this sheet for the watchlist\'s asset drop, retention and the retained clients\' asset change, then rewrites it. Do not edit it; without it the next run leaves those figures blank.'),
  clientId: text('客户号', 'Client ID'),
  tier: text('客户等级', 'Tier'),
  assets: text('资产', 'Assets'),
} as const satisfies Record<string, LocalizedText>;

/** 效果历史: one row per run and tier, appended. */
export const HISTORY_LABELS = {
  sheetName: text('效果历史', 'Effect History'),
  title: text('TierBook 效果历史（每次运行、每个等级一行，只追加）', 'TierBook effect history (one row per run and tier; append-only)'),
  runTime: text('运行时间', 'Run time'),
  runDate: text('运行日期', 'Run date'),
  tier: text('等级', 'Tier'),
  clients: text('客户数', 'Clients'),
  assetsTotal: text('资产合计', 'Total assets'),
  assetsAverage: text('平均资产', 'Average assets'),
  scoreAverage: text('平均得分', 'Average score'),
  due: text('应回访', 'Contacts due'),
  done: text('已回访', 'Contacts logged'),
  completion: text('回访完成率', 'Follow-up completion'),
  rated: text('满意度样本', 'Ratings'),
  satisfaction: text('平均满意度', 'Average satisfaction'),
  upIn: text('升入', 'Upgraded in'),
  downIn: text('降入', 'Downgraded in'),
  upOut: text('升出', 'Upgraded out'),
  downOut: text('降出', 'Downgraded out'),
  previousClients: text('上次客户数', 'Clients at previous run'),
  retained: text('留存客户', 'Retained'),
  retention: text('留存率', 'Retention'),
  retainedBefore: text('留存客户上次资产', 'Retained: assets before'),
  retainedNow: text('留存客户本次资产', 'Retained: assets now'),
  retainedChange: text('留存客户资产变化', 'Retained: asset change'),
  retainedChangeRate: text('留存客户资产变化率', 'Retained: asset change %'),
} as const satisfies Record<string, LocalizedText>;

/** 效果评估: the last runs per tier, this period per manager. */
export const EFFECT_LABELS = {
  sheetName: text('效果评估', 'Effect Evaluation'),
  title: text('TierBook 效果评估', 'TierBook effect evaluation'),
  note: text(
    '每个等级一块，列为最近的运行（最多 12 次，最右为本次）；比率以百分数表示。数据来自「效果历史」表。运行器（tierbook 命令）只写表格，不能绘制图表：在 Excel 中选中一块即可插入折线图。',
    'One block per tier, one column per run (the last 12 at most, this run on the right); rates are percentages. The figures come from the Effect History sheet. The runner (the tierbook command) writes the tables only and cannot draw charts: select a block in Excel and insert a line chart.'),
  completionPct: text('回访完成率（%）', 'Follow-up completion (%)'),
  retentionPct: text('留存率（%）', 'Retention (%)'),
  retainedChangePct: text('留存客户资产变化（%）', 'Retained: asset change (%)'),
  managerTitle: text('本期客户经理表现', 'Account managers this period'),
  manager: text('客户经理', 'Account manager'),
  book: text('名下客户', 'Clients'),
  served: text('本期回访客户', 'Clients contacted'),
  completion: text('完成率（%）', 'Completion (%)'),
  noManager: text('（未指定客户经理）', '(no manager)'),
  trendTitle: text('各等级客户数（按运行）', 'Clients per tier by run'),
  runDate: text('运行日期', 'Run date'),
} as const satisfies Record<string, LocalizedText>;

/** The period of a run: since the previous run's date (from the snapshot), or only this run's harvest on a first run. */
export function periodText(previousRun: string | undefined, run: string): LocalizedText {
  return previousRun === undefined
    ? text(`本期：截至 ${run}（没有上次运行的快照，只计本次从回访计划记入的回访）`, `This period: up to ${run} (no snapshot of a previous run: only the contacts this run copied from the plan)`)
    : text(`本期：${previousRun} 之后至 ${run}`, `This period: after ${previousRun} up to ${run}`);
}
