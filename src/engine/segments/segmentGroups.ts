import { text, type LocalizedText } from '../i18n/locale';
import type { TieringResult } from '../run/tierClients';
import type { ExtraColumns } from '../table/extraColumns';
import { dimensionFlags, FLAG_HIGH, FLAG_UNKNOWN, ruleCutoff } from './dimensionFlags';
import { dimensionValues } from './dimensionValues';
import { createDefaultSegmentRules, type SegmentDimensionSpec, type SegmentRules } from './segmentRules';

/** The four preset groups, in the order the summary lists them. */
export type SegmentGroup = 'hnw' | 'ordinary' | 'highFrequency' | 'lowFrequency';

export const SEGMENT_GROUPS: readonly SegmentGroup[] = ['hnw', 'ordinary', 'highFrequency', 'lowFrequency'];

export const SEGMENT_GROUP_LABELS: Readonly<Record<SegmentGroup, LocalizedText>> = {
  hnw: text('高净值客户', 'High-net-worth clients'),
  ordinary: text('普通客户', 'Ordinary clients'),
  highFrequency: text('高频交易客户', 'High-frequency traders'),
  lowFrequency: text('低频交易客户', 'Low-frequency traders'),
};

/** A client whose data cannot place it. */
export const NO_GROUP = -1;

/**
 * The precedence rule, on one client: HNW first; then high-frequency; then low-frequency when trades are below
 * `lowFrequencyBelow`; else ordinary. A missing value that the decision needs leaves the client ungrouped (−1):
 * unknown assets could always mean HNW, and unknown trades could mean any of the other three.
 */
export function segmentGroupOf(assetsFlag: number, frequencyFlag: number, trades: number, lowFrequencyBelow: number): number {
  if (assetsFlag === FLAG_HIGH) return SEGMENT_GROUPS.indexOf('hnw');
  if (assetsFlag === FLAG_UNKNOWN) return NO_GROUP;
  if (frequencyFlag === FLAG_HIGH) return SEGMENT_GROUPS.indexOf('highFrequency');
  if (frequencyFlag === FLAG_UNKNOWN || trades !== trades) return NO_GROUP;
  return trades < lowFrequencyBelow ? SEGMENT_GROUPS.indexOf('lowFrequency') : SEGMENT_GROUPS.indexOf('ordinary');
}

export interface SegmentGroups {
  /** Index into SEGMENT_GROUPS per client, −1 when ungrouped. */
  readonly codes: Int8Array;
  /** Per group, in SEGMENT_GROUPS order. */
  readonly counts: Int32Array;
  readonly ungrouped: number;
  /** The bounds applied, for the summary's rule line: assets and high-frequency cutoffs (a percentile rule's value), low bound. */
  readonly assetsCutoff: number;
  readonly highFrequencyCutoff: number;
  readonly lowFrequencyBelow: number;
}

/** Places every client in one of the four groups, with the model's assets and frequency rules (defaults where absent). */
export function assignSegmentGroups(result: TieringResult, rules: SegmentRules = createDefaultSegmentRules(), extras?: ExtraColumns): SegmentGroups {
  const defaults = createDefaultSegmentRules();
  const assetsSpec = rules.dimensions.assets ?? (defaults.dimensions.assets as SegmentDimensionSpec);
  const frequencySpec = rules.dimensions.frequency ?? (defaults.dimensions.frequency as SegmentDimensionSpec);
  const lowFrequencyBelow = rules.groups?.lowFrequencyBelow ?? (defaults.groups?.lowFrequencyBelow as number);
  const size = result.table.size;
  const unknown = new Int8Array(size).fill(FLAG_UNKNOWN);
  const assets = dimensionValues(result, 'assets', assetsSpec.rule, assetsSpec.factor, extras);
  const frequency = dimensionValues(result, 'frequency', frequencySpec.rule, frequencySpec.factor, extras);
  const trades = dimensionValues(result, 'frequency', { kind: 'threshold', value: 0 }, frequencySpec.factor, extras);
  const assetsFlags = assets ? dimensionFlags(assets, assetsSpec.rule) : unknown;
  const frequencyFlags = frequency ? dimensionFlags(frequency, frequencySpec.rule) : unknown;
  const tradeValues = trades && trades.kind === 'numeric' ? trades.values : new Float64Array(size).fill(NaN);
  const codes = new Int8Array(size);
  const counts = new Int32Array(SEGMENT_GROUPS.length);
  let ungrouped = 0;
  for (let i = 0; i < size; i++) {
    const g = segmentGroupOf(assetsFlags[i], frequencyFlags[i], tradeValues[i], lowFrequencyBelow);
    codes[i] = g;
    if (g < 0) ungrouped++; else counts[g]++;
  }
  return {
    codes, counts, ungrouped, lowFrequencyBelow,
    assetsCutoff: assets && assets.kind === 'numeric' ? ruleCutoff(assets.values, assetsSpec.rule) : NaN,
    highFrequencyCutoff: frequency && frequency.kind === 'numeric' ? ruleCutoff(frequency.values, frequencySpec.rule) : NaN,
  };
}
