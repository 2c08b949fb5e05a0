import type { Locale, LocalizedText } from '../i18n/locale';
import type { TieringResult } from '../run/tierClients';
import type { ExtraColumns } from '../table/extraColumns';
import { dimensionFlags, FLAG_HIGH, FLAG_UNKNOWN, ruleCutoff } from './dimensionFlags';
import { dimensionValues } from './dimensionValues';
import { SEGMENT_TAG_LABELS, TAG_SEPARATOR } from './segmentLabels';
import { createDefaultSegmentRules, SEGMENT_DIMENSIONS, type SegmentDimension, type SegmentRules } from './segmentRules';

/** One dimension's outcome for every client. */
export interface DimensionTags {
  readonly dimension: SegmentDimension;
  /** Header of the column read. */
  readonly header: string;
  /** 1 high, 0 low, −1 unknown (missing value), per client. */
  readonly flags: Int8Array;
  /** The bound a numeric rule used (the threshold, or the percentile rule's cutoff value); NaN for a category rule. */
  readonly cutoff: number;
  readonly high: LocalizedText;
  readonly low: LocalizedText;
}

/** The 客户画像 of every client: one entry per dimension the rules name and the sheet has, in tag order. */
export interface SegmentTags {
  readonly size: number;
  readonly dimensions: readonly DimensionTags[];
}

/** Tags every client on every configured dimension whose values can be found (factor first, then extra column). */
export function computeSegmentTags(result: TieringResult, rules: SegmentRules = createDefaultSegmentRules(), extras?: ExtraColumns): SegmentTags {
  const dimensions: DimensionTags[] = [];
  for (const dimension of SEGMENT_DIMENSIONS) {
    const spec = rules.dimensions[dimension];
    if (!spec) continue;
    const values = dimensionValues(result, dimension, spec.rule, spec.factor, extras);
    if (!values) continue;
    dimensions.push({
      dimension, header: values.header, flags: dimensionFlags(values, spec.rule),
      cutoff: values.kind === 'numeric' ? ruleCutoff(values.values, spec.rule) : NaN,
      high: spec.high ?? SEGMENT_TAG_LABELS[dimension].high, low: spec.low ?? SEGMENT_TAG_LABELS[dimension].low,
    });
  }
  return { size: result.table.size, dimensions };
}

/** "高净值 · 高频 · 专业 · 高风险偏好 · 高忠诚"; an unknown dimension is left out; null when nothing is known. */
export function segmentTagText(tags: SegmentTags, client: number, locale: Locale): string | null {
  const parts: string[] = [];
  for (const d of tags.dimensions) {
    const flag = d.flags[client];
    if (flag !== FLAG_UNKNOWN) parts.push((flag === FLAG_HIGH ? d.high : d.low)[locale]);
  }
  return parts.length > 0 ? parts.join(TAG_SEPARATOR) : null;
}

/** The flags of one dimension, or undefined when the rules or the sheet lack it. */
export function flagsOf(tags: SegmentTags, dimension: SegmentDimension): Int8Array | undefined {
  return tags.dimensions.find((d) => d.dimension === dimension)?.flags;
}
