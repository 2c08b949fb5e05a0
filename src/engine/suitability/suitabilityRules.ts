import { TierBookError } from '../errors';
import { text, type LocalizedText } from '../i18n/locale';
import { CLIENT_RISK_CODES, type ClientRiskLevel, type ProductRiskLevel } from './riskLevels';

/** The C × R matching table. Firms may make it stricter than the default, never looser. */
export interface SuitabilityRules {
  /** Highest product level each client level C1..C5 may buy; default Cn → Rn. */
  readonly highestProductLevel: Readonly<Record<1 | 2 | 3 | 4 | 5, ProductRiskLevel>>;
  /** Whether a professional investor may buy any risk level (product access rules still apply); default true. */
  readonly professionalMayBuyAnyLevel: boolean;
}

/** 最低类别 may buy R1 only, with no risk-warning exception: fixed, not configurable. */
export const LOWEST_CATEGORY_HIGHEST_LEVEL: ProductRiskLevel = 1;

/** C1 → R1, C2 → R1–R2, C3 → R1–R3, C4 → R1–R4, C5 → R1–R5; professionals any level. */
export const DEFAULT_SUITABILITY_RULES: SuitabilityRules = {
  highestProductLevel: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 },
  professionalMayBuyAnyLevel: true,
};

/** The highest product level a client level may buy under `rules`. */
export function highestSuitableLevel(level: ClientRiskLevel, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): ProductRiskLevel {
  return level === 'lowest' ? LOWEST_CATEGORY_HIGHEST_LEVEL : rules.highestProductLevel[level];
}

/**
 * Every problem of a rule table at once: a level outside R1–R5, a higher client level allowed less than a lower one,
 * or a level allowed more than the default Cn → Rn (firms may only be stricter than the regulator's baseline).
 */
export function findSuitabilityRuleProblems(rules: SuitabilityRules): LocalizedText[] {
  const problems: LocalizedText[] = [];
  let previous = 1;
  for (const c of CLIENT_RISK_CODES) {
    const r: number = rules.highestProductLevel[c];
    if (!Number.isInteger(r) || r < 1 || r > 5) {
      problems.push(text(`C${c} 可购买的最高产品等级必须是 R1–R5 之一，而不是 ${String(r)}`, `the highest product level for C${c} must be one of R1–R5, not ${String(r)}`));
      continue;
    }
    if (r > c) problems.push(text(`C${c} 最高可购买 R${r}，宽于标准的 R${c}：只能比标准更严格`, `C${c} may buy up to R${r}, looser than the standard R${c}: rules may only be stricter`));
    if (r < previous) problems.push(text(`C${c} 最高可购买 R${r}，低于更保守的等级：等级越高，可购买范围不能越小`, `C${c} may buy up to R${r}, less than a more conservative level: a higher client level cannot buy less`));
    previous = Math.max(previous, r);
  }
  return problems;
}

/** Throws INVALID_MODEL listing every problem, or returns the rules. */
export function validateSuitabilityRules(rules: SuitabilityRules): SuitabilityRules {
  const problems = findSuitabilityRuleProblems(rules);
  if (problems.length > 0) {
    throw new TierBookError('INVALID_MODEL', text(`适当性匹配规则有误：${problems.map((p) => p['zh-CN']).join('；')}`,
      `invalid suitability rules: ${problems.map((p) => p['en-US']).join('; ')}`), undefined, problems.map((p) => p['en-US']));
  }
  return rules;
}
