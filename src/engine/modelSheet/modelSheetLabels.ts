import { text, type LocalizedText } from '../i18n/locale';

/** The first cell of a model sheet; it identifies the sheet as TierBook's model whatever the sheet is called. */
export const MODEL_SHEET_MARKER = 'TIERBOOK-MODEL';
export const MODEL_SHEET_FORMAT = 1;

/** Labels in column A of the model sheet. Either language is accepted when reading. */
export const MODEL_LABELS = {
  title: text('TierBook 客户分级模型', 'TierBook client tiering model'),
  name: text('模型名称', 'Model name'),
  version: text('模型版本', 'Model version'),
  idColumn: text('客户号列', 'Client id column'),
  missing: text('缺失值处理', 'Missing values'),
  /** Written only when a factor has a digitPrefix: "risk=C" (several joined with "; "). */
  digitLabels: text('数字标签', 'Digit labels'),
  /** Written only when the model records its weightSource: the JSON in B (read back), a readable line in C. */
  weightSource: text('权重来源', 'Weight source'),
  factors: text('因子', 'Factors'),
  tiers: text('等级', 'Tiers'),
  categories: text('分类映射', 'Category maps'),
} as const satisfies Record<string, LocalizedText>;

export const FACTOR_HEADERS = [
  text('键', 'Key'), text('中文名称', 'Name (zh-CN)'), text('英文名称', 'Name (en-US)'), text('数据列', 'Column'),
  text('权重', 'Weight'), text('权重占比', 'Weight %'), text('计分方式', 'Scale'), text('方向', 'Direction'),
  text('截尾下限（百分位）', 'Clip low (percentile)'), text('截尾上限（百分位）', 'Clip high (percentile)'),
] as const;

export const TIER_HEADERS = [
  text('等级', 'Tier'), text('中文名称', 'Name (zh-CN)'), text('英文名称', 'Name (en-US)'), text('最低分', 'Min score'),
  text('累计比例', 'Top share'), text('分数线', 'Cutoff'),
] as const;

export const CATEGORY_HEADERS = [text('因子键', 'Factor key'), text('标签', 'Label'), text('分数', 'Score')] as const;

/** Column offsets within the factor table, shared by writer, reader and portable formulas. */
export const FACTOR_COL = { key: 0, zh: 1, en: 2, column: 3, weight: 4, weightShare: 5, scale: 6, direction: 7, clipLow: 8, clipHigh: 9 } as const;
export const TIER_COL = { name: 0, zh: 1, en: 2, minScore: 3, topShare: 4, cutoff: 5 } as const;
export const CATEGORY_COL = { factor: 0, label: 1, score: 2 } as const;
/** The model block spans columns A:J (the factor table's clip columns are I:J); portable snapshot tables start at column L. */
export const MODEL_BLOCK_WIDTH = 10;
/** Columns D:E of the settings rows: the compliance options' labels and values (docs/suitability.md). */
export const COMPLIANCE_COL = { label: 3, value: 4 } as const;
