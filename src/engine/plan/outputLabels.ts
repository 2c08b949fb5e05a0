import { text } from '../i18n/locale';

/** Headers and sheet names TierBook writes, in both languages. */
export const OUTPUT_LABELS = {
  scoreColumn: text('综合得分', 'Tier Score'),
  tierColumn: text('客户等级', 'Tier'),
  issuesColumn: text('数据问题', 'Data Issues'),
  modelSheet: text('分级模型', 'Tier Model'),
  summarySheet: text('分级汇总', 'Tier Summary'),
  strategySheet: text('服务策略', 'Service Strategies'),
  logSheet: text('运行日志', 'Run Log'),
  tier: text('等级', 'Tier'),
  clients: text('客户数', 'Clients'),
  share: text('占比', 'Share'),
  averageScore: text('平均得分', 'Average score'),
  assetsTotal: text('资产合计', 'Total assets'),
  assetsAverage: text('平均资产', 'Average assets'),
  total: text('合计', 'Total'),
  unscored: text('未评分', 'Not scored'),
  summaryTitle: text('客户分级汇总', 'Client tier summary'),
} as const;

/** The name of the workbook-scoped range that TIER.* formulas take as their model argument. */
export const MODEL_RANGE_NAME = 'TierBook_Model';
