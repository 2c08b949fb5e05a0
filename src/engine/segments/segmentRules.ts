import { TierBookError } from '../errors';
import { text, type LocalizedText } from '../i18n/locale';

/** The five portrait dimensions (客户画像), one tag each; the names are the default model's factor keys. */
export type SegmentDimension = 'assets' | 'frequency' | 'needs' | 'risk' | 'loyalty';

/** Tag order in the 客户画像 text. */
export const SEGMENT_DIMENSIONS: readonly SegmentDimension[] = ['assets', 'frequency', 'needs', 'risk', 'loyalty'];

/**
 * When a client gets a dimension's "high" tag:
 * - threshold: raw value ≥ value;
 * - percentile: among the top `value` share of clients by raw value (0.2 = top 20%), ties at the cutoff included,
 *   the same rule as quota tiers (cutoff = the value at position ceil(value × n), descending);
 * - category: the raw label is one of `high` (after NFKC, trim, case-fold).
 */
export type SegmentRule =
  | { readonly kind: 'threshold'; readonly value: number }
  | { readonly kind: 'percentile'; readonly value: number }
  | { readonly kind: 'category'; readonly high: readonly string[] };

export interface SegmentDimensionSpec {
  readonly rule: SegmentRule;
  /** Key of the model factor whose raw values are read; default the dimension name. */
  readonly factor?: string;
  /** Tag texts; defaults in SEGMENT_TAG_LABELS. */
  readonly high?: LocalizedText;
  readonly low?: LocalizedText;
}

/** The four-group preset (高净值 / 普通 / 高频交易 / 低频交易) reuses the assets and frequency rules, plus this bound. */
export interface GroupPresetRules {
  /** A client who is neither HNW nor high-frequency and trades fewer times a year than this is low-frequency. */
  readonly lowFrequencyBelow: number;
}

/** The optional `segments` part of a model. */
export interface SegmentRules {
  /** A dimension left out gets no tag. */
  readonly dimensions: Readonly<Partial<Record<SegmentDimension, SegmentDimensionSpec>>>;
  readonly groups?: GroupPresetRules;
}

/** Defaults of the 客户画像 tags and the four groups; every value is the model's to change. */
export function createDefaultSegmentRules(): SegmentRules {
  return {
    dimensions: {
      assets: { rule: { kind: 'threshold', value: 1_000_000 } },
      // An absolute count, not a share: a top-20% rule would always tag a fifth of the book, however quiet it is.
      frequency: { rule: { kind: 'threshold', value: 100 } },
      needs: { rule: { kind: 'category', high: ['专业投资', 'professional'] } },
      risk: { rule: { kind: 'category', high: ['C4', 'C5', '积极型', '激进型'] } },
      loyalty: { rule: { kind: 'threshold', value: 5 } },
    },
    groups: { lowFrequencyBelow: 12 },
  };
}

/** Every problem of a rule set at once, each with the path of the offending field. */
export function findSegmentRuleProblems(rules: SegmentRules): LocalizedText[] {
  const problems: LocalizedText[] = [];
  for (const [dimension, spec] of Object.entries(rules.dimensions) as [string, SegmentDimensionSpec | undefined][]) {
    if (!SEGMENT_DIMENSIONS.includes(dimension as SegmentDimension)) {
      problems.push(text(`segments.dimensions.${dimension}：未知的画像维度`, `segments.dimensions.${dimension}: unknown dimension`));
      continue;
    }
    if (!spec) continue;
    const path = `segments.dimensions.${dimension}.rule`;
    const rule = spec.rule;
    if (rule.kind === 'threshold' && !Number.isFinite(rule.value)) {
      problems.push(text(`${path}.value 必须是有限数字`, `${path}.value must be a finite number`));
    } else if (rule.kind === 'percentile' && !(rule.value > 0 && rule.value <= 1)) {
      problems.push(text(`${path}.value 是前多少比例的客户，必须在 (0, 1] 之间，例如 0.2 表示前 20%`, `${path}.value is the top share of clients and must lie in (0, 1], e.g. 0.2 for the top 20%`));
    } else if (rule.kind === 'category' && (!Array.isArray(rule.high) || rule.high.length === 0 || rule.high.some((h) => typeof h !== 'string'))) {
      problems.push(text(`${path}.high 必须是非空的标签列表`, `${path}.high must be a non-empty list of labels`));
    } else if (rule.kind !== 'threshold' && rule.kind !== 'percentile' && rule.kind !== 'category') {
      problems.push(text(`${path}.kind 必须是 threshold、percentile 或 category`, `${path}.kind must be threshold, percentile or category`));
    }
  }
  const low = rules.groups?.lowFrequencyBelow;
  if (low !== undefined && !(Number.isFinite(low) && low >= 0)) {
    problems.push(text('segments.groups.lowFrequencyBelow 必须是不小于 0 的数字', 'segments.groups.lowFrequencyBelow must be a number ≥ 0'));
  }
  return problems;
}

/** Throws INVALID_MODEL listing every problem, or returns the rules. */
export function validateSegmentRules(rules: SegmentRules): SegmentRules {
  const problems = findSegmentRuleProblems(rules);
  if (problems.length > 0) {
    throw new TierBookError('INVALID_MODEL', text(problems.map((p) => p['zh-CN']).join('；'), problems.map((p) => p['en-US']).join('; ')), undefined, problems.map((p) => p['en-US']));
  }
  return rules;
}
