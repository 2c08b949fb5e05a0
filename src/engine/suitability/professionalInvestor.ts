import { TierBookError } from '../errors';
import { text, type Locale, type LocalizedText } from '../i18n/locale';
import { INVESTOR_CLASS_LABELS, PROFESSIONAL_FACT_LABELS, formatAmount } from './suitabilityLabels';
import { allOf, anyOf, type Truth } from './threeValued';

export type InvestorType = 'individual' | 'institution';

/** 专业投资者 / 普通投资者 / 无法判定 (the data cannot decide). */
export type InvestorClass = 'professional' | 'ordinary' | 'undetermined';

/** The fields the test reads; the names are the sheet's column roles. */
export type ProfessionalFact = 'investorType' | 'financialAssets' | 'annualIncome' | 'experienceYears' | 'netAssets';

/** One client's facts; undefined or NaN means missing. Amounts in RMB, experience in years. */
export interface ProfessionalInvestorFacts {
  readonly investorType?: InvestorType;
  readonly financialAssets?: number;
  /** Average annual income over the last 3 years (individuals). */
  readonly annualIncome?: number;
  /** Years of investment experience, or of relevant work (individuals). */
  readonly experienceYears?: number;
  /** Net assets at the end of the last year (institutions). */
  readonly netAssets?: number;
}

/** Individuals: (financial assets ≥ A OR average income ≥ I) AND experience ≥ E. */
export interface IndividualProfessionalRules {
  readonly minFinancialAssets: number;
  readonly minAverageAnnualIncome: number;
  readonly minExperienceYears: number;
}

/** Institutions: net assets ≥ N AND financial assets ≥ A AND experience ≥ E. */
export interface InstitutionProfessionalRules {
  readonly minNetAssets: number;
  readonly minFinancialAssets: number;
  readonly minExperienceYears: number;
}

export interface ProfessionalInvestorRules {
  readonly individual: IndividualProfessionalRules;
  readonly institution: InstitutionProfessionalRules;
}

/** 证券期货投资者适当性管理办法 Art. 8 (4) and (5): every bound is "不低于" / "以上", i.e. ≥. */
export const DEFAULT_PROFESSIONAL_INVESTOR_RULES: ProfessionalInvestorRules = {
  individual: { minFinancialAssets: 5_000_000, minAverageAnnualIncome: 500_000, minExperienceYears: 2 },
  institution: { minNetAssets: 20_000_000, minFinancialAssets: 10_000_000, minExperienceYears: 2 },
};

/** One "fact ≥ threshold" test. */
export interface Condition {
  readonly fact: ProfessionalFact;
  readonly value: number | undefined;
  readonly threshold: number;
  readonly truth: Truth;
}

/** Conditions joined by OR ('any') or AND ('all'). */
export interface Clause {
  readonly join: 'any' | 'all';
  readonly conditions: readonly Condition[];
  readonly truth: Truth;
}

/** One type's test: all its clauses must hold. */
export interface TestOutcome {
  readonly type: InvestorType;
  readonly clauses: readonly Clause[];
  readonly truth: Truth;
}

export interface InvestorClassification {
  readonly status: InvestorClass;
  /** Why, naming the figures compared or the missing fields. */
  readonly reason: LocalizedText;
  /** Fields whose absence keeps the status undetermined; empty when decided. */
  readonly missing: readonly ProfessionalFact[];
}

function known(value: number | undefined): number | undefined {
  return value === undefined || value !== value ? undefined : value;
}

function atLeast(fact: ProfessionalFact, raw: number | undefined, threshold: number): Condition {
  const value = known(raw);
  return { fact, value, threshold, truth: value === undefined ? undefined : value >= threshold };
}

function clause(join: Clause['join'], conditions: Condition[]): Clause {
  const truths = conditions.map((c) => c.truth);
  return { join, conditions, truth: join === 'any' ? anyOf(truths) : allOf(truths) };
}

function outcome(type: InvestorType, clauses: Clause[]): TestOutcome {
  return { type, clauses, truth: allOf(clauses.map((c) => c.truth)) };
}

/** Art. 8 (5): natural persons. */
export function individualTest(facts: ProfessionalInvestorFacts, rules: IndividualProfessionalRules): TestOutcome {
  return outcome('individual', [
    clause('any', [atLeast('financialAssets', facts.financialAssets, rules.minFinancialAssets), atLeast('annualIncome', facts.annualIncome, rules.minAverageAnnualIncome)]),
    clause('all', [atLeast('experienceYears', facts.experienceYears, rules.minExperienceYears)]),
  ]);
}

/** Art. 8 (4): legal persons and other organisations. */
export function institutionTest(facts: ProfessionalInvestorFacts, rules: InstitutionProfessionalRules): TestOutcome {
  return outcome('institution', [
    clause('all', [atLeast('netAssets', facts.netAssets, rules.minNetAssets)]),
    clause('all', [atLeast('financialAssets', facts.financialAssets, rules.minFinancialAssets)]),
    clause('all', [atLeast('experienceYears', facts.experienceYears, rules.minExperienceYears)]),
  ]);
}

/** The missing fields that could still change an undecided test: only those inside its undecided clauses. */
function missingFacts(test: TestOutcome): ProfessionalFact[] {
  if (test.truth !== undefined) return [];
  return test.clauses.filter((c) => c.truth === undefined).flatMap((c) => c.conditions.filter((d) => d.truth === undefined).map((d) => d.fact));
}

function conditionText(c: Condition, locale: Locale): string {
  return `${PROFESSIONAL_FACT_LABELS[c.fact][locale]} ${formatAmount(c.value as number)} ${c.truth ? '≥' : '<'} ${formatAmount(c.threshold)}`;
}

/** A decided clause in words: the first condition that holds for a true OR, every condition otherwise. */
function clauseText(c: Clause, locale: Locale): string {
  if (c.join === 'any' && c.truth === true) return conditionText(c.conditions.find((d) => d.truth === true) as Condition, locale);
  const known = c.conditions.filter((d) => d.truth !== undefined);
  return known.map((d) => conditionText(d, locale)).join(c.join === 'any' ? (locale === 'zh-CN' ? ' 且 ' : ' and ') : (locale === 'zh-CN' ? '；' : '; '));
}

const TYPE_LABELS: Readonly<Record<InvestorType, LocalizedText>> = { individual: text('个人', 'Individual'), institution: text('机构', 'Institution') };

function missingText(facts: readonly ProfessionalFact[], locale: Locale): string {
  const names = facts.map((f) => PROFESSIONAL_FACT_LABELS[f][locale]).join(locale === 'zh-CN' ? '、' : ', ');
  return locale === 'zh-CN' ? `缺少 ${names}` : `missing ${names}`;
}

/** "个人：金融资产 6,000,000 ≥ 5,000,000；投资经验年限 3 ≥ 2": the clauses that decide the test, or what is missing. */
function testText(test: TestOutcome, locale: Locale): string {
  const sep = locale === 'zh-CN' ? '；' : '; ';
  const type = TYPE_LABELS[test.type][locale];
  const colon = locale === 'zh-CN' ? '：' : ': ';
  if (test.truth === false) return type + colon + test.clauses.filter((c) => c.truth === false).map((c) => clauseText(c, locale)).join(sep);
  if (test.truth === true) return type + colon + test.clauses.map((c) => clauseText(c, locale)).join(sep);
  const decided = test.clauses.filter((c) => c.truth === true).map((c) => clauseText(c, locale));
  return type + colon + [missingText(missingFacts(test), locale), ...decided].join(sep);
}

function statusOf(truth: Truth): InvestorClass {
  return truth === undefined ? 'undetermined' : truth ? 'professional' : 'ordinary';
}

function localized(build: (locale: Locale) => string): LocalizedText {
  return text(build('zh-CN'), build('en-US'));
}

/**
 * 专业投资者 / 普通投资者 / 无法判定 under three-valued logic. A known investor type runs its own test. An unknown type
 * runs both and decides only when they agree, so a missing 客户类型 never silently means "individual".
 */
export function classifyProfessionalInvestor(facts: ProfessionalInvestorFacts, rules: ProfessionalInvestorRules = DEFAULT_PROFESSIONAL_INVESTOR_RULES): InvestorClassification {
  if (facts.investorType) {
    const test = facts.investorType === 'individual' ? individualTest(facts, rules.individual) : institutionTest(facts, rules.institution);
    return { status: statusOf(test.truth), reason: localized((l) => testText(test, l)), missing: missingFacts(test) };
  }
  const tests = [individualTest(facts, rules.individual), institutionTest(facts, rules.institution)];
  const [person, organisation] = tests;
  const sep = (l: Locale): string => (l === 'zh-CN' ? '；' : '; ');
  if (person.truth !== undefined && person.truth === organisation.truth) {
    return { status: statusOf(person.truth), missing: [],
      reason: localized((l) => `${l === 'zh-CN' ? '客户类型缺失，个人与机构标准结论相同' : 'investor type missing; the individual and institution tests agree'}${sep(l)}${tests.map((t) => testText(t, l)).join(sep(l))}`) };
  }
  const missing = [...new Set<ProfessionalFact>(['investorType', ...missingFacts(person), ...missingFacts(organisation)])];
  const verdicts = (l: Locale): string => tests.map((t) => `${TYPE_LABELS[t.type][l]}${l === 'zh-CN' ? '：' : ': '}${INVESTOR_CLASS_LABELS[statusOf(t.truth)][l]}`).join(sep(l));
  return { status: 'undetermined', missing, reason: localized((l) => (l === 'zh-CN' ? `${missingText(missing, l)}（${verdicts(l)}）` : `${missingText(missing, l)} (${verdicts(l)})`)) };
}

/** Only the status, without building any text: for a status per client over a whole sheet. */
export function professionalStatus(facts: ProfessionalInvestorFacts, rules: ProfessionalInvestorRules = DEFAULT_PROFESSIONAL_INVESTOR_RULES): InvestorClass {
  if (facts.investorType === 'individual') return statusOf(individualTest(facts, rules.individual).truth);
  if (facts.investorType === 'institution') return statusOf(institutionTest(facts, rules.institution).truth);
  const person = individualTest(facts, rules.individual).truth;
  return person !== undefined && person === institutionTest(facts, rules.institution).truth ? statusOf(person) : 'undetermined';
}

/** Every problem of a rule set at once: each bound must be a finite number ≥ 0. */
export function findProfessionalRuleProblems(rules: ProfessionalInvestorRules): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const bounds: [string, number][] = [
    ['individual.minFinancialAssets', rules.individual.minFinancialAssets], ['individual.minAverageAnnualIncome', rules.individual.minAverageAnnualIncome],
    ['individual.minExperienceYears', rules.individual.minExperienceYears], ['institution.minNetAssets', rules.institution.minNetAssets],
    ['institution.minFinancialAssets', rules.institution.minFinancialAssets], ['institution.minExperienceYears', rules.institution.minExperienceYears],
  ];
  for (const [path, value] of bounds) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(text(`专业投资者规则 ${path} 必须是不小于 0 的数字，而不是 ${String(value)}`, `professional-investor rule ${path} must be a number ≥ 0, not ${String(value)}`));
    }
  }
  return problems;
}

/** Throws INVALID_MODEL listing every problem, or returns the rules. */
export function validateProfessionalRules(rules: ProfessionalInvestorRules): ProfessionalInvestorRules {
  const problems = findProfessionalRuleProblems(rules);
  if (problems.length > 0) {
    throw new TierBookError('INVALID_MODEL', text(problems.map((p) => p['zh-CN']).join('；'), problems.map((p) => p['en-US']).join('; ')), undefined, problems.map((p) => p['en-US']));
  }
  return rules;
}
