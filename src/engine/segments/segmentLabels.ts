import { text, type LocalizedText } from '../i18n/locale';
import type { SegmentDimension } from './segmentRules';

/** Default tag texts per dimension: [high, low]. */
export const SEGMENT_TAG_LABELS: Readonly<Record<SegmentDimension, { readonly high: LocalizedText; readonly low: LocalizedText }>> = {
  assets: { high: text('高净值', 'HNW'), low: text('普通', 'Mass-market') },
  frequency: { high: text('高频', 'High-frequency'), low: text('低频', 'Low-frequency') },
  needs: { high: text('专业', 'Professional'), low: text('基础', 'Basic') },
  risk: { high: text('高风险偏好', 'High risk appetite'), low: text('低风险偏好', 'Low risk appetite') },
  loyalty: { high: text('高忠诚', 'Loyal'), low: text('低忠诚', 'Low loyalty') },
};

/** Separator between tags in the 客户画像 column. */
export const TAG_SEPARATOR = ' · ';

export const SEGMENT_LABELS = {
  tagsColumn: text('客户画像', 'Client profile'),
  groupColumn: text('客户分组', 'Client group'),
  groupSheet: text('客户分组', 'Client Groups'),
  groupSheetTitle: text('客户分组汇总', 'Client group summary'),
  group: text('分组', 'Group'),
  clients: text('客户数', 'Clients'),
  share: text('占比', 'Share'),
  averageScore: text('平均得分', 'Average score'),
  assetsTotal: text('资产合计', 'Total assets'),
  assetsAverage: text('平均资产', 'Average assets'),
  tradesAverage: text('平均年交易次数', 'Average trades a year'),
  ungrouped: text('未分组（数据缺失）', 'Not grouped (missing data)'),
  total: text('合计', 'Total'),
  byTier: text('分组 × 等级', 'Group × tier'),
  rules: text('规则', 'Rules'),
} as const;
