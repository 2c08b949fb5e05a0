import type { OutputMode } from './outputPlan';

/** What the task pane's Output section lets a user choose; score, tier and data-issue columns are always written. */
export interface AddinOutputChoices {
  readonly mode: OutputMode;
  readonly pivots: boolean;
  readonly chart: boolean;
  readonly strategySheets: boolean;
  readonly runLog: boolean;
  /** 客户画像 tags and 客户分组 columns, and the client-group sheet (src/engine/segments), with the default rules. */
  readonly segments: boolean;
  /** 投资者分类 and 适当性 columns (src/engine/suitability), from the sheet's investor-type and risk columns. */
  readonly suitabilityColumns: boolean;
  /** 敏感性分析, 升级潜力, 聚类画像 and the 聚类 column with their defaults (src/engine/analysis); off when absent. */
  readonly analysisSheets?: boolean;
  /** Also write the AHP judgements sheet (权重判断矩阵) when the workbook has none (issue 12); absent means no. */
  readonly judgementsSheet?: boolean;
}

export const DEFAULT_ADDIN_CHOICES: AddinOutputChoices = {
  mode: 'live', pivots: true, chart: true, strategySheets: true, runLog: true, segments: true, suitabilityColumns: false,
};
