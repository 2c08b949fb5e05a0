import {
  allOf, anyOf, classifyProfessionalInvestor, DEFAULT_PROFESSIONAL_INVESTOR_RULES, findProfessionalRuleProblems, parseInvestorType,
  professionalStatus, validateProfessionalRules,
  type InvestorClass, type ProfessionalFact, type ProfessionalInvestorFacts, type ProfessionalInvestorRules,
} from '../../src/engine/suitability';

interface Case {
  name: string;
  facts: ProfessionalInvestorFacts;
  status: InvestorClass;
  missing: ProfessionalFact[];
}

const M = 1_000_000;

/** The same cases with the investor type set. */
function asType(investorType: 'individual' | 'institution', cases: Case[]): Case[] {
  return cases.map((c) => ({ ...c, facts: { ...c.facts, investorType } }));
}

// Art. 8 (5): (financial assets ≥ 5,000,000 OR average income ≥ 500,000) AND experience ≥ 2.
const INDIVIDUAL: Case[] = asType('individual', [
  { name: 'assets and experience exactly at the bounds', facts: { financialAssets: 5 * M, experienceYears: 2 }, status: 'professional', missing: [] },
  { name: 'income exactly at the bound, assets 1 yuan short', facts: { financialAssets: 5 * M - 1, annualIncome: 500_000, experienceYears: 2 }, status: 'professional', missing: [] },
  { name: 'both a cent short', facts: { financialAssets: 5 * M - 0.01, annualIncome: 499_999.99, experienceYears: 10 }, status: 'ordinary', missing: [] },
  { name: 'rich but experience just short', facts: { financialAssets: 6 * M, experienceYears: 1.99 }, status: 'ordinary', missing: [] },
  { name: 'wealth unknown, experience < 2: fails regardless', facts: { experienceYears: 1 }, status: 'ordinary', missing: [] },
  { name: 'assets ≥ 5M, experience missing', facts: { financialAssets: 6 * M }, status: 'undetermined', missing: ['experienceYears'] },
  { name: 'assets missing, income short, experience ok', facts: { annualIncome: 300_000, experienceYears: 5 }, status: 'undetermined', missing: ['financialAssets'] },
  { name: 'assets missing, income enough', facts: { annualIncome: 600_000, experienceYears: 5 }, status: 'professional', missing: [] },
  { name: 'assets short, income and experience missing', facts: { financialAssets: M }, status: 'undetermined', missing: ['annualIncome', 'experienceYears'] },
  { name: 'nothing known', facts: {}, status: 'undetermined', missing: ['financialAssets', 'annualIncome', 'experienceYears'] },
  { name: 'NaN is missing', facts: { financialAssets: NaN, annualIncome: NaN, experienceYears: 3 }, status: 'undetermined', missing: ['financialAssets', 'annualIncome'] },
  { name: 'net assets do not count for a person', facts: { netAssets: 100 * M, financialAssets: M, annualIncome: 100_000, experienceYears: 9 }, status: 'ordinary', missing: [] },
]);

// Art. 8 (4): net assets ≥ 20,000,000 AND financial assets ≥ 10,000,000 AND experience ≥ 2.
const INSTITUTION: Case[] = asType('institution', [
  { name: 'every bound exactly', facts: { netAssets: 20 * M, financialAssets: 10 * M, experienceYears: 2 }, status: 'professional', missing: [] },
  { name: 'net assets 1 yuan short', facts: { netAssets: 20 * M - 1, financialAssets: 10 * M, experienceYears: 2 }, status: 'ordinary', missing: [] },
  { name: 'financial assets 1 yuan short', facts: { netAssets: 20 * M, financialAssets: 10 * M - 1, experienceYears: 2 }, status: 'ordinary', missing: [] },
  { name: 'experience short', facts: { netAssets: 30 * M, financialAssets: 15 * M, experienceYears: 1.9 }, status: 'ordinary', missing: [] },
  { name: 'net assets missing, rest ok', facts: { financialAssets: 12 * M, experienceYears: 3 }, status: 'undetermined', missing: ['netAssets'] },
  { name: 'net assets missing, financial assets short', facts: { financialAssets: 5 * M, experienceYears: 3 }, status: 'ordinary', missing: [] },
  { name: 'income never qualifies an institution', facts: { annualIncome: 1e9, financialAssets: M, netAssets: 50 * M, experienceYears: 5 }, status: 'ordinary', missing: [] },
  { name: 'nothing known', facts: {}, status: 'undetermined', missing: ['netAssets', 'financialAssets', 'experienceYears'] },
]);

// No investor type: decided only when both tests agree.
const UNTYPED: Case[] = [
  { name: 'person passes, institution fails', facts: { financialAssets: 6 * M, experienceYears: 3 }, status: 'undetermined', missing: ['investorType'] },
  { name: 'both fail', facts: { financialAssets: M, annualIncome: 100_000, experienceYears: 5, netAssets: M }, status: 'ordinary', missing: [] },
  { name: 'both pass', facts: { financialAssets: 12 * M, experienceYears: 3, netAssets: 25 * M }, status: 'professional', missing: [] },
  { name: 'experience < 2 fails both, whatever else is missing', facts: { experienceYears: 1 }, status: 'ordinary', missing: [] },
  { name: 'person passes, institution lacks net assets', facts: { financialAssets: 12 * M, experienceYears: 3 }, status: 'undetermined', missing: ['investorType', 'netAssets'] },
  { name: 'nothing known', facts: {}, status: 'undetermined', missing: ['investorType', 'financialAssets', 'annualIncome', 'experienceYears', 'netAssets'] },
];

describe.each([['individual', INDIVIDUAL], ['institution', INSTITUTION], ['no investor type', UNTYPED]] as const)('%s', (_, cases) => {
  it.each(cases)('$name → $status', ({ facts, status, missing }) => {
    const result = classifyProfessionalInvestor(facts);
    expect(result.status).toBe(status);
    expect(result.missing).toEqual(missing);
    expect(professionalStatus(facts)).toBe(status);
  });
});

describe('reasons a compliance officer can re-check', () => {
  it('names both compared figures on a pass', () => {
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 5 * M, experienceYears: 2 }).reason).toEqual({
      'zh-CN': '个人：金融资产 5,000,000 ≥ 5,000,000；投资经验年限 2 ≥ 2',
      'en-US': 'Individual: financial assets 5,000,000 ≥ 5,000,000; years of investment experience 2 ≥ 2',
    });
  });

  it('names both wealth conditions when neither holds', () => {
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 5 * M - 0.01, annualIncome: 499_999.99, experienceYears: 10 }).reason['zh-CN'])
      .toBe('个人：金融资产 4,999,999.99 < 5,000,000 且 近三年年均收入 499,999.99 < 500,000');
  });

  it('names only the failing clause', () => {
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 6 * M, experienceYears: 1.99 }).reason['zh-CN'])
      .toBe('个人：投资经验年限 1.99 < 2');
  });

  it('names the missing field (example from the brief)', () => {
    const r = classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 6 * M });
    expect(r.reason['zh-CN']).toBe('个人：缺少 投资经验年限；金融资产 6,000,000 ≥ 5,000,000');
    expect(r.reason['en-US']).toBe('Individual: missing years of investment experience; financial assets 6,000,000 ≥ 5,000,000');
  });

  it('institution with net assets missing', () => {
    expect(classifyProfessionalInvestor({ investorType: 'institution', financialAssets: 12 * M, experienceYears: 3 }).reason['zh-CN'])
      .toBe('机构：缺少 净资产；金融资产 12,000,000 ≥ 10,000,000；投资经验年限 3 ≥ 2');
  });

  it('a missing investor type says what each test concluded', () => {
    const r = classifyProfessionalInvestor({ financialAssets: 6 * M, experienceYears: 3 });
    expect(r.reason['zh-CN']).toBe('缺少 客户类型（个人：专业投资者；机构：普通投资者）');
    expect(r.reason['en-US']).toBe('missing investor type (Individual: Professional investor; Institution: Ordinary investor)');
  });
});

describe('configurable thresholds', () => {
  const firm: ProfessionalInvestorRules = {
    individual: { minFinancialAssets: 6 * M, minAverageAnnualIncome: 800_000, minExperienceYears: 3 },
    institution: { minNetAssets: 30 * M, minFinancialAssets: 15 * M, minExperienceYears: 3 },
  };

  it('applies the firm bounds', () => {
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 5.5 * M, annualIncome: 700_000, experienceYears: 5 }, firm).status).toBe('ordinary');
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 5.5 * M, experienceYears: 5 }, firm).status).toBe('undetermined');
    expect(classifyProfessionalInvestor({ investorType: 'individual', financialAssets: 6 * M, experienceYears: 3 }, firm).status).toBe('professional');
    expect(classifyProfessionalInvestor({ investorType: 'institution', netAssets: 25 * M, financialAssets: 20 * M, experienceYears: 5 }, firm).status).toBe('ordinary');
  });

  it('validates bounds', () => {
    expect(findProfessionalRuleProblems(DEFAULT_PROFESSIONAL_INVESTOR_RULES)).toEqual([]);
    const bad: ProfessionalInvestorRules = { ...firm, institution: { ...firm.institution, minNetAssets: -1, minExperienceYears: NaN } };
    expect(findProfessionalRuleProblems(bad).map((p) => p['en-US'])).toEqual([
      'professional-investor rule institution.minNetAssets must be a number ≥ 0, not -1',
      'professional-investor rule institution.minExperienceYears must be a number ≥ 0, not NaN',
    ]);
    expect(() => validateProfessionalRules(bad)).toThrow('institution.minNetAssets');
  });
});

describe('three-valued logic', () => {
  it.each([
    [[true, true], true, true], [[true, false], false, true], [[false, false], false, false],
    [[true, undefined], undefined, true], [[false, undefined], false, undefined], [[undefined, undefined], undefined, undefined],
  ] as const)('%j: all %j, any %j', (values, all, any) => {
    expect(allOf(values)).toBe(all);
    expect(anyOf(values)).toBe(any);
  });
});

describe('parseInvestorType', () => {
  it.each([
    ['个人', 'individual'], [' 自然人 ', 'individual'], ['Individual', 'individual'], ['机构', 'institution'], ['法人', 'institution'],
    ['ＩＮＳＴＩＴＵＴＩＯＮ', 'institution'], ['其他组织', 'institution'], [null, undefined], ['  ', undefined], ['产品', 'unknown'], [1, 'unknown'],
  ] as const)('%j → %j', (cell, type) => {
    expect(parseInvestorType(cell)).toBe(type);
  });
});
