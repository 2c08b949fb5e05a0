import { text, type LocalizedText } from '../i18n/locale';
import { asSuitabilityClient, suitabilityVerdict, isLowestCategory, type SuitabilityClient, type SuitabilityProduct } from './assessSuitability';
import { clientRiskLevelText, productRangeText, productRiskLevelText, type ClientRiskLevel, type ProductRiskLevel } from './riskLevels';
import { DEFAULT_SUITABILITY_RULES, highestSuitableLevel, LOWEST_CATEGORY_HIGHEST_LEVEL, type SuitabilityRules } from './suitabilityRules';

/** The products a client may be offered as a match, in their original order. */
export function filterSuitableProducts<P extends SuitabilityProduct>(client: ClientRiskLevel | SuitabilityClient, products: readonly P[], rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): P[] {
  return products.filter((p) => suitabilityVerdict(client, p, rules) === 'suitable');
}

/** "股票基金（R4）" / "Equity funds (R4)"; just "R4" without a name. */
function productLabel(level: ProductRiskLevel, name: LocalizedText | undefined): LocalizedText {
  const r = productRiskLevelText(level);
  return name ? text(`${name['zh-CN']}（${r}）`, `${name['en-US']} (${r})`) : text(r, r);
}

/**
 * The 风险提示 that replaces a suggested product a client may not be offered, or undefined when it is suitable.
 * Why a warning rather than silence: the service team must see that the playbook's product is off-limits for this
 * client, and why.
 */
export function riskWarning(
  clientOrLevel: ClientRiskLevel | SuitabilityClient,
  product: SuitabilityProduct,
  rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES,
  productName?: LocalizedText,
): LocalizedText | undefined {
  const verdict = suitabilityVerdict(clientOrLevel, product, rules);
  if (verdict === 'suitable') return undefined;
  const client = asSuitabilityClient(clientOrLevel);
  const label = productLabel(product.riskLevel, productName);
  if (verdict === 'unknown') {
    return text(`风险提示：客户风险等级缺失，不得推介 ${label['zh-CN']}，须先完成风险承受能力评估`,
      `Risk warning: the client's risk level is missing; do not offer ${label['en-US']} before assessing the client's risk tolerance`);
  }
  if (isLowestCategory(client) && product.riskLevel > LOWEST_CATEGORY_HIGHEST_LEVEL) {
    return text(`风险提示：最低类别客户仅可购买 R1，${label['zh-CN']} 不得向其销售`,
      `Risk warning: a lowest-category client may buy R1 only; ${label['en-US']} must not be sold to this client`);
  }
  if (verdict === 'prohibited') {
    return text(`风险提示：${label['zh-CN']} 仅限专业投资者，不得向该客户销售`, `Risk warning: ${label['en-US']} is for professional investors only and must not be sold to this client`);
  }
  const level = client.riskLevel as ClientRiskLevel; // 'unsuitable' only arises for a known C level
  const c = clientRiskLevelText(level)['en-US'];
  const range = productRangeText(highestSuitableLevel(level, rules));
  return text(`风险提示：${c} 客户可购买 ${range}，${label['zh-CN']} 高于其风险承受能力，不得主动推介；客户主动要求购买的，须进行特别的书面风险警示`,
    `Risk warning: a ${c} client may buy ${range}; ${label['en-US']} exceeds the client's risk tolerance and must not be promoted; if the client asks for it, give a special written risk warning first`);
}

/** A suggested product as a strategy sheet shows it to one client: the product, or the 风险提示 in its place. */
export function productOrRiskWarning(
  client: ClientRiskLevel | SuitabilityClient,
  suggestion: { readonly category: LocalizedText; readonly riskRating: ProductRiskLevel; readonly professionalOnly?: boolean },
  rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES,
): { readonly kind: 'product' | 'warning'; readonly text: LocalizedText } {
  const product: SuitabilityProduct = { riskLevel: suggestion.riskRating, professionalOnly: suggestion.professionalOnly };
  const warning = riskWarning(client, product, rules, suggestion.category);
  return warning ? { kind: 'warning', text: warning } : { kind: 'product', text: productLabel(suggestion.riskRating, suggestion.category) };
}
