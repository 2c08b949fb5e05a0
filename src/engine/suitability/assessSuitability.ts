import { text, type LocalizedText } from '../i18n/locale';
import type { InvestorClass } from './professionalInvestor';
import { clientRiskLevelText, productRangeText, productRiskLevelText, type ClientRiskLevel, type ProductRiskLevel } from './riskLevels';
import { DEFAULT_SUITABILITY_RULES, LOWEST_CATEGORY_HIGHEST_LEVEL, highestSuitableLevel, type SuitabilityRules } from './suitabilityRules';

/** What suitability needs to know about a client; every field may be unknown. */
export interface SuitabilityClient {
  /** C1–C5 or 'lowest'; undefined when the client has no (readable) risk assessment. */
  readonly riskLevel?: ClientRiskLevel;
  /** The 最低类别 flag from its own column; true overrides any C level. */
  readonly lowestCategory?: boolean;
  /** Absent counts as ordinary: only a client shown to be professional gets the professional rules. */
  readonly investorClass?: InvestorClass;
}

/** What suitability needs to know about a product. */
export interface SuitabilityProduct {
  readonly riskLevel: ProductRiskLevel;
  /** 专业投资者专属: only professional investors may buy it. */
  readonly professionalOnly?: boolean;
}

/**
 * suitable: may be sold; unsuitable: above the client's tolerance, only on the client's own request after a special
 * written risk warning; prohibited: must not be sold (最低类别 above R1, or a professional-only product);
 * unknown: the client's risk level is missing.
 */
export type SuitabilityVerdict = 'suitable' | 'unsuitable' | 'prohibited' | 'unknown';

export interface SuitabilityAssessment {
  readonly verdict: SuitabilityVerdict;
  /** The 适当性匹配意见, e.g. "C3 可购买 R1–R3，本产品 R4：不匹配，需风险警示". */
  readonly opinion: LocalizedText;
}

/** A bare level is a client of that level with nothing else known. */
export function asSuitabilityClient(client: ClientRiskLevel | SuitabilityClient): SuitabilityClient {
  return typeof client === 'object' ? client : { riskLevel: client };
}

export function isLowestCategory(client: SuitabilityClient): boolean {
  return client.lowestCategory === true || client.riskLevel === 'lowest';
}

/** Which branch of the matching rule applies: decided without building any text. */
type Match = 'lowestAboveR1' | 'professionalOnly' | 'lowestR1' | 'professionalAny' | 'levelMissing' | 'withinRange' | 'aboveRange';

const VERDICT_OF: Readonly<Record<Match, SuitabilityVerdict>> = {
  lowestAboveR1: 'prohibited', professionalOnly: 'prohibited', lowestR1: 'suitable', professionalAny: 'suitable',
  levelMissing: 'unknown', withinRange: 'suitable', aboveRange: 'unsuitable',
};

/**
 * The matching rule, in this order: 最低类别 buys R1 only, no exception; a professional-only product needs a
 * professional investor; a professional may buy any level (when the rules allow); otherwise Cn buys up to the
 * rule table's level for Cn, and a missing level cannot be matched.
 */
function matchOf(client: SuitabilityClient, product: SuitabilityProduct, rules: SuitabilityRules): Match {
  if (isLowestCategory(client) && product.riskLevel > LOWEST_CATEGORY_HIGHEST_LEVEL) return 'lowestAboveR1';
  const professional = client.investorClass === 'professional';
  if (product.professionalOnly && !professional) return 'professionalOnly';
  if (isLowestCategory(client)) return 'lowestR1';
  if (professional && rules.professionalMayBuyAnyLevel) return 'professionalAny';
  if (client.riskLevel === undefined) return 'levelMissing';
  return product.riskLevel <= highestSuitableLevel(client.riskLevel, rules) ? 'withinRange' : 'aboveRange';
}

/**
 * assessSuitability's verdict without its opinion. Why: a run checks every client against every product on the tier's
 * shelf, and building the opinion in both languages for each pair was most of the runner's garbage (issue 15).
 */
export function suitabilityVerdict(clientOrLevel: ClientRiskLevel | SuitabilityClient, product: SuitabilityProduct, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): SuitabilityVerdict {
  return VERDICT_OF[matchOf(asSuitabilityClient(clientOrLevel), product, rules)];
}

/** The verdict and the 适当性匹配意见 (matchOf's rule, in words). */
export function assessSuitability(clientOrLevel: ClientRiskLevel | SuitabilityClient, product: SuitabilityProduct, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): SuitabilityAssessment {
  const client = asSuitabilityClient(clientOrLevel);
  const match = matchOf(client, product, rules);
  const verdict = VERDICT_OF[match];
  const p = productRiskLevelText(product.riskLevel);
  switch (match) {
    case 'lowestAboveR1':
      return { verdict, opinion: text(`最低类别仅可购买 R1，本产品 ${p}：不匹配，不得销售（最低类别不适用风险警示后购买）`,
        `Lowest category may buy R1 only; this product is ${p}: not suitable, must not be sold (no risk-warning exception for the lowest category)`) };
    case 'professionalOnly': {
      const who = client.investorClass === 'undetermined' ? text('客户未能认定为专业投资者', 'the client is not established as a professional investor')
        : text('客户为普通投资者', 'the client is an ordinary investor');
      return { verdict, opinion: text(`本产品 ${p} 仅限专业投资者，${who['zh-CN']}：不得销售`,
        `This product (${p}) is for professional investors only; ${who['en-US']}: must not be sold`) };
    }
    case 'lowestR1':
      return { verdict, opinion: text(`最低类别仅可购买 R1，本产品 ${p}：匹配`, `Lowest category may buy R1 only; this product is ${p}: suitable`) };
    case 'professionalAny':
      return { verdict, opinion: text(`专业投资者可购买 R1–R5，本产品 ${p}：匹配`, `Professional investor may buy R1–R5; this product is ${p}: suitable`) };
    case 'levelMissing':
      return { verdict, opinion: text(`客户风险等级缺失，本产品 ${p}：无法判定，须先完成风险承受能力评估`,
        `Client risk level missing; this product is ${p}: cannot decide, assess the client's risk tolerance first`) };
    default: {
      const level = client.riskLevel as ClientRiskLevel; // withinRange and aboveRange arise for a known C level only
      const c = clientRiskLevelText(level)['en-US'];
      const range = productRangeText(highestSuitableLevel(level, rules));
      return match === 'withinRange'
        ? { verdict, opinion: text(`${c} 可购买 ${range}，本产品 ${p}：匹配`, `${c} may buy ${range}; this product is ${p}: suitable`) }
        : { verdict, opinion: text(`${c} 可购买 ${range}，本产品 ${p}：不匹配，需风险警示`, `${c} may buy ${range}; this product is ${p}: not suitable, risk warning required`) };
    }
  }
}

/** Whether the product may be sold to the client as a match (no warning needed). */
export function isSuitable(client: ClientRiskLevel | SuitabilityClient, product: SuitabilityProduct, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): boolean {
  return suitabilityVerdict(client, product, rules) === 'suitable';
}

/** The bilingual 适当性匹配意见 for one client and one product. */
export function matchOpinion(client: ClientRiskLevel | SuitabilityClient, product: SuitabilityProduct, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): LocalizedText {
  return assessSuitability(client, product, rules).opinion;
}
