import type { LocalizedText } from '../i18n/locale';

/** A product's risk rating R1–R5 under the CSRC suitability rules (适当性管理办法): a Cn client may buy up to Rn. */
export type ProductRiskRating = 1 | 2 | 3 | 4 | 5;

export const PRODUCT_RISK_RATINGS: readonly ProductRiskRating[] = [1, 2, 3, 4, 5];

/** A suggested product category, rated so that a suitability layer can drop what a client may not buy. */
export interface ProductSuggestion {
  readonly category: LocalizedText;
  /** Undefined when the templates give no or an unknown R-level: the product is then unsuitable for everyone until fixed. */
  readonly riskRating: ProductRiskRating | undefined;
  /** The templates cell whose R-level was missing or unknown, e.g. "'策略模板'!E14", and what it held. */
  readonly unrated?: { readonly cell: string; readonly typed: string };
}

/** Where a tier sits in the model, for tiers no playbook names: the first, the last, or one in between. */
export type TierRank = 'top' | 'middle' | 'bottom';

/**
 * Who a playbook is for. A playbook applies when ANY of its rules does:
 * - tier: the tier's name or label equals one of `names` (after NFKC, trim and case-fold);
 * - rank: the tier's position, used only when no playbook names the tier;
 * - factor: a client's 0–100 score on the factor with this key lies in [min, max] (bounds inclusive, each optional).
 */
export type AudienceRule =
  | { readonly kind: 'tier'; readonly names: readonly string[] }
  | { readonly kind: 'rank'; readonly rank: TierRank }
  | { readonly kind: 'factor'; readonly factor: string; readonly min?: number; readonly max?: number };

/** A service playbook (服务策略): what the client-service team does for an audience, in both languages. */
export interface Playbook {
  /** Stable identifier, e.g. "hnw" or "tier-diamond"; the templates sheet groups its rows by it. */
  readonly key: string;
  readonly title: LocalizedText;
  readonly audience: readonly AudienceRule[];
  /** Service actions (服务动作), in the order a service team would take them. */
  readonly actions: readonly LocalizedText[];
  readonly channels?: readonly LocalizedText[];
  /** Contact frequency (联系频率). */
  readonly cadence?: LocalizedText;
  /** The cadence as a schedule: a follow-up call every N days (回访周期), for the follow-up plan. */
  readonly followUpDays?: number;
  /** Whether every client this playbook serves must have a dedicated account manager (专属客户经理). */
  readonly dedicatedManager?: boolean;
  readonly products?: readonly ProductSuggestion[];
  readonly kpis?: readonly LocalizedText[];
}

/** "R3": how ratings are written in sheets and product lists; "R?" for a product whose R-level the templates lack. */
export function formatRiskRating(rating: ProductRiskRating | undefined): string {
  return rating === undefined ? 'R?' : `R${rating}`;
}
