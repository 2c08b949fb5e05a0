import { normalizeLabel } from '../cell/normalizeText';
import { kthLargest } from '../tiers/kthLargest';
import { quotaPosition } from '../tiers/quotaCutoffs';
import type { DimensionValues } from './dimensionValues';
import type { SegmentRule } from './segmentRules';

/** A client's place on one dimension. */
export const FLAG_HIGH = 1;
export const FLAG_LOW = 0;
export const FLAG_UNKNOWN = -1;

/** The raw value at position ceil(topShare × n) among the n present values, descending; NaN when none is present. */
export function percentileCutoff(values: Float64Array, topShare: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === 0) return NaN;
  return kthLargest(values, [Math.min(n, quotaPosition(topShare, n))])[0];
}

/** The bound a numeric rule compares against: the threshold itself, or the percentile rule's cutoff value. */
export function ruleCutoff(values: Float64Array, rule: SegmentRule): number {
  if (rule.kind === 'threshold') return rule.value;
  if (rule.kind === 'percentile') return percentileCutoff(values, rule.value);
  return NaN;
}

/** 1 (high), 0 (low) or −1 (unknown: missing value) per client. A numeric rule on labels, or the reverse, is all unknown. */
export function dimensionFlags(values: DimensionValues, rule: SegmentRule): Int8Array {
  if (values.kind === 'labels') {
    const size = values.labels.length;
    const flags = new Int8Array(size).fill(FLAG_UNKNOWN);
    if (rule.kind !== 'category') return flags;
    const high = new Set(rule.high.map(normalizeLabel));
    for (let i = 0; i < size; i++) {
      const label = values.labels[i];
      if (label !== undefined) flags[i] = high.has(label) ? FLAG_HIGH : FLAG_LOW;
    }
    return flags;
  }
  const flags = new Int8Array(values.values.length).fill(FLAG_UNKNOWN);
  if (rule.kind === 'category') return flags;
  const cutoff = ruleCutoff(values.values, rule);
  for (let i = 0; i < flags.length; i++) {
    const v = values.values[i];
    if (v === v) flags[i] = v >= cutoff ? FLAG_HIGH : FLAG_LOW;
  }
  return flags;
}
