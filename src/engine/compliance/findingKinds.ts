import { text, type LocalizedText } from '../i18n/locale';

/**
 * Every kind of compliance finding, in the order the 合规检查 sheet lists them. The codes are the keys of
 * `tierbook --json`'s "compliance" object.
 */
export const FINDING_KINDS = [
  'above_level', 'lowest_category', 'professional_only', 'unrated_product', 'assessment_lapsed', 'not_assessed', 'shelf_unsuitable',
  'risk_level_changed', 'became_lowest', 'left_lowest', 'professional_changed',
  'flag_professional_fails_test', 'flag_ordinary_passes_test', 'bad_assessment_date',
] as const;

export type FindingKind = typeof FINDING_KINDS[number];

/** CSRC Order No. 130 (证券期货投资者适当性管理办法) articles, as docs/suitability.md quotes them. */
export const FINDING_ARTICLES: Record<FindingKind, LocalizedText> = {
  above_level: text('第二十二条', 'Art. 22'),
  lowest_category: text('第十九条、第二十二条', 'Art. 19, 22'),
  professional_only: text('第二十二条', 'Art. 22'),
  unrated_product: text('第二十二条', 'Art. 22'),
  assessment_lapsed: text('第二十一条', 'Art. 21'),
  not_assessed: text('第二十一条', 'Art. 21'),
  shelf_unsuitable: text('第二十二条', 'Art. 22'),
  risk_level_changed: text('第二十一条', 'Art. 21'),
  became_lowest: text('第十九条、第二十一条', 'Art. 19, 21'),
  left_lowest: text('第二十一条', 'Art. 21'),
  professional_changed: text('第八条、第二十一条', 'Art. 8, 21'),
  flag_professional_fails_test: text('第八条', 'Art. 8'),
  flag_ordinary_passes_test: text('第八条', 'Art. 8'),
  bad_assessment_date: text('第二十一条', 'Art. 21'),
};

export const FINDING_LABELS: Record<FindingKind, LocalizedText> = {
  above_level: text('产品等级高于客户风险承受能力', 'Product above the client\'s risk level'),
  lowest_category: text('最低类别客户：R1 以上产品', 'Lowest-category client: product above R1'),
  professional_only: text('专业投资者专属产品', 'Professional-only product'),
  unrated_product: text('模板中产品风险等级缺失或无法识别', 'Product R-level missing/unknown in the templates'),
  assessment_lapsed: text('风险测评已过期', 'Risk assessment expired'),
  not_assessed: text('未测评或风险等级缺失', 'Not assessed or risk level missing'),
  shelf_unsuitable: text('等级产品货架对多数客户不适当', 'Tier shelf unsuitable for most of its clients'),
  risk_level_changed: text('风险等级变化：须重新匹配并告知', 'Risk level changed: re-match and inform'),
  became_lowest: text('新成为最低类别', 'Became lowest category'),
  left_lowest: text('不再属于最低类别', 'No longer lowest category'),
  professional_changed: text('专业/普通投资者分类变化', 'Professional/ordinary class changed'),
  flag_professional_fails_test: text('标记为专业投资者但数据不符合第八条', 'Flagged professional, data fails Art. 8'),
  flag_ordinary_passes_test: text('标记为普通投资者但数据符合第八条', 'Flagged ordinary, data passes Art. 8'),
  bad_assessment_date: text('风险测评日期有误', 'Bad assessment date'),
};

/** Kinds that compare this run with the previous one (notices), as opposed to findings of this run alone. */
export const NOTICE_KINDS: readonly FindingKind[] = ['risk_level_changed', 'became_lowest', 'left_lowest', 'professional_changed'];

/** One finding: a client (and product) or a tier, with what it was before and after where that applies. */
export interface ComplianceFinding {
  readonly kind: FindingKind;
  /** Index of the client in the table, when the finding is about a client. */
  readonly client?: number;
  readonly tier?: string;
  readonly product?: LocalizedText;
  readonly before?: LocalizedText;
  readonly after?: LocalizedText;
  /** Where the input was wrong, e.g. "'客户清单'!H12". */
  readonly cell?: string;
  readonly reason: LocalizedText;
}

export type ComplianceCounts = Partial<Record<FindingKind, number>>;

/** Findings counted by kind; kinds without findings are left out. */
export function countFindings(findings: readonly ComplianceFinding[]): ComplianceCounts {
  const counts: ComplianceCounts = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}
