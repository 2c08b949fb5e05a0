import type { LocalizedText } from '../i18n/locale';
import type { ComplianceOptions } from '../compliance/complianceOptions';
import type { SegmentRules } from '../segments/segmentRules';
import type { WeightSource } from './weightSource';

/** How a factor's raw values become a 0–100 factor score. */
export type FactorScale = 'percentile' | 'minmax' | 'log' | 'category';

/** Whether more of the raw value is better ("higher") or worse ("lower"). */
export type FactorDirection = 'higher' | 'lower';

/** How a client with a missing factor value is treated. */
export type MissingPolicy = 'zero' | 'exclude';

/** The five client-tiering dimensions a factor can stand for (资产规模, 交易频率, 客户需求, 风险偏好, 忠诚度). */
export type FactorKind = 'assets' | 'frequency' | 'needs' | 'risk' | 'loyalty';

export interface FactorSpec {
  /** Stable identifier used in formulas and output; the default model uses the FactorKind names. */
  key: string;
  /** Header of the source column, matched after NFKC, trim, case-fold and whitespace removal. */
  column: string;
  /** Relative weight; weights need not add up to 100. */
  weight: number;
  scale: FactorScale;
  /** Default "higher". */
  direction?: FactorDirection;
  /** Only for scale "category": normalised label → score in [0,100]. */
  categories?: Record<string, number>;
  /**
   * Only for scale "category": how a cell holding just a number reads. With "C", 3 reads as the label C3. Absent,
   * a bare number is an unknown label: "3" could be C3 or R3, and TierBook does not guess.
   */
  digitPrefix?: string;
  /** Display names. */
  label?: LocalizedText;
  /**
   * Numeric scales only: winsorise before scaling. [p_low, p_high] are percentiles (0–100, PERCENTILE.INC); values
   * beyond them count as the value at that percentile, so one typo cannot stretch a min–max scale for everyone.
   */
  clip?: [number, number];
}

/** A tier reached by an absolute score. */
export interface ThresholdTier {
  name: string;
  minScore: number;
  label?: LocalizedText;
}

/** A tier given by a cumulative share from the top; the last tier has no share and takes the rest. */
export interface QuotaTier {
  name: string;
  topShare?: number;
  label?: LocalizedText;
}

export type TierSpec = ThresholdTier | QuotaTier;

export interface TierModel {
  /** Header of the client-id column; auto-detected when absent. */
  idColumn?: string;
  factors: FactorSpec[];
  /** Ordered from the top tier down. All threshold tiers, or all quota tiers. */
  tiers: TierSpec[];
  /** Default "zero". */
  missing?: MissingPolicy;
  /** Optional model name and version, shown in the model sheet and the audit log. */
  name?: string;
  version?: string;
  /** Segment tag rules (客户画像); the defaults apply when absent. See docs/segments.md. */
  segments?: SegmentRules;
  /** Assessment-currency settings (docs/suitability.md); the defaults apply when absent. */
  compliance?: ComplianceOptions;
  /** Where the weights came from (AHP, entropy, CRITIC, a blend, or by hand); see docs/weights.md. */
  weightSource?: WeightSource;
}

export function isThresholdTier(t: TierSpec): t is ThresholdTier {
  return typeof (t as ThresholdTier).minScore === 'number';
}

/** Quota mode is decided by the first tier; validation guarantees that the rest agree. */
export function usesQuotaTiers(model: Pick<TierModel, 'tiers'>): boolean {
  return model.tiers.length > 0 && !isThresholdTier(model.tiers[0]);
}
