import {
  assessSuitability, DEFAULT_SUITABILITY_RULES, findSuitabilityRuleProblems, isSuitable, matchOpinion, validateSuitabilityRules,
  type ClientRiskLevel, type InvestorClass, type ProductRiskLevel, type SuitabilityRules, type SuitabilityVerdict,
} from '../../src/engine/suitability';
import { TierBookError } from '../../src/engine/errors';

/** The default rule written out cell by cell: S = suitable, W = unsuitable (risk warning), X = prohibited. */
const ORDINARY_MATRIX: readonly [ClientRiskLevel, string][] = [
  //            R1 R2 R3 R4 R5
  ['lowest', 'S X X X X'],
  [1, 'S W W W W'],
  [2, 'S S W W W'],
  [3, 'S S S W W'],
  [4, 'S S S S W'],
  [5, 'S S S S S'],
];

const VERDICT: Readonly<Record<string, SuitabilityVerdict>> = { S: 'suitable', W: 'unsuitable', X: 'prohibited' };

const CELLS = ORDINARY_MATRIX.flatMap(([client, row]) => row.split(' ').map((v, i) => ({ client, product: (i + 1) as ProductRiskLevel, verdict: VERDICT[v] })));

describe('the C × R matrix with the default rules (ordinary investors)', () => {
  it('has 30 cells', () => expect(CELLS).toHaveLength(30));

  it.each(CELLS)('$client × R$product → $verdict', ({ client, product, verdict }) => {
    expect(assessSuitability(client, { riskLevel: product }).verdict).toBe(verdict);
    expect(isSuitable({ riskLevel: client, investorClass: 'ordinary' }, { riskLevel: product })).toBe(verdict === 'suitable');
  });
});

describe('最低类别', () => {
  it.each([1, 2, 3, 4, 5] as const)('the flag overrides C%s: R1 only', (c) => {
    const client = { riskLevel: c, lowestCategory: true };
    expect(assessSuitability(client, { riskLevel: 1 }).verdict).toBe('suitable');
    for (const r of [2, 3, 4, 5] as const) expect(assessSuitability(client, { riskLevel: r }).verdict).toBe('prohibited');
  });

  it('stays R1 only for a professional investor: no exception', () => {
    const client = { riskLevel: 5 as const, lowestCategory: true, investorClass: 'professional' as const };
    expect(isSuitable(client, { riskLevel: 1 })).toBe(true);
    expect(assessSuitability(client, { riskLevel: 2 }).verdict).toBe('prohibited');
  });

  it('applies with no C level at all', () => {
    expect(isSuitable({ lowestCategory: true }, { riskLevel: 1 })).toBe(true);
    expect(assessSuitability({ lowestCategory: true }, { riskLevel: 3 }).verdict).toBe('prohibited');
  });

  it('a false flag changes nothing', () => {
    expect(assessSuitability({ riskLevel: 3, lowestCategory: false }, { riskLevel: 3 }).verdict).toBe('suitable');
  });
});

describe('professional investors and 专业投资者专属 products', () => {
  const classes: InvestorClass[] = ['professional', 'ordinary', 'undetermined'];

  it.each([1, 2, 3, 4, 5] as const)('a professional C1 may buy R%s', (r) => {
    expect(isSuitable({ riskLevel: 1, investorClass: 'professional' }, { riskLevel: r })).toBe(true);
  });

  it('a professional with no risk level may buy any level', () => {
    expect(isSuitable({ investorClass: 'professional' }, { riskLevel: 5 })).toBe(true);
  });

  it.each(classes.flatMap((cls) => ([1, 2, 3, 4, 5] as const).map((r) => ({ cls, r }))))(
    'a professional-only R$r product for a C5 $cls investor', ({ cls, r }) => {
      const verdict = assessSuitability({ riskLevel: 5, investorClass: cls }, { riskLevel: r, professionalOnly: true }).verdict;
      expect(verdict).toBe(cls === 'professional' ? 'suitable' : 'prohibited');
    });

  it('an absent investor class counts as ordinary', () => {
    expect(assessSuitability({ riskLevel: 5 }, { riskLevel: 3, professionalOnly: true }).verdict).toBe('prohibited');
    expect(assessSuitability({ riskLevel: 2 }, { riskLevel: 3 }).verdict).toBe('unsuitable');
  });

  it('when the rules withhold the professional exemption, a professional follows the C table', () => {
    const rules: SuitabilityRules = { ...DEFAULT_SUITABILITY_RULES, professionalMayBuyAnyLevel: false };
    expect(assessSuitability({ riskLevel: 2, investorClass: 'professional' }, { riskLevel: 3 }, rules).verdict).toBe('unsuitable');
    expect(assessSuitability({ riskLevel: 2, investorClass: 'professional' }, { riskLevel: 2, professionalOnly: true }, rules).verdict).toBe('suitable');
    expect(assessSuitability({ investorClass: 'professional' }, { riskLevel: 1 }, rules).verdict).toBe('unknown');
  });
});

describe('a missing risk level', () => {
  it.each([1, 2, 3, 4, 5] as const)('cannot be matched to R%s', (r) => {
    expect(assessSuitability({}, { riskLevel: r }).verdict).toBe('unknown');
    expect(isSuitable({}, { riskLevel: r })).toBe(false);
  });
});

describe('适当性匹配意见 texts', () => {
  it('C3 × R4: not suitable, needs a risk warning', () => {
    expect(matchOpinion(3, { riskLevel: 4 })).toEqual({
      'zh-CN': 'C3 可购买 R1–R3，本产品 R4：不匹配，需风险警示',
      'en-US': 'C3 may buy R1–R3; this product is R4: not suitable, risk warning required',
    });
  });

  it('C1 × R1: a one-level range reads R1', () => {
    expect(matchOpinion(1, { riskLevel: 1 })['zh-CN']).toBe('C1 可购买 R1，本产品 R1：匹配');
  });

  it('最低类别 × R2: must not be sold', () => {
    expect(matchOpinion('lowest', { riskLevel: 2 })['zh-CN']).toBe('最低类别仅可购买 R1，本产品 R2：不匹配，不得销售（最低类别不适用风险警示后购买）');
  });

  it('professional-only product for an ordinary and an undetermined investor', () => {
    expect(matchOpinion({ riskLevel: 5, investorClass: 'ordinary' }, { riskLevel: 5, professionalOnly: true })['zh-CN'])
      .toBe('本产品 R5 仅限专业投资者，客户为普通投资者：不得销售');
    expect(matchOpinion({ riskLevel: 5, investorClass: 'undetermined' }, { riskLevel: 5, professionalOnly: true })['en-US'])
      .toBe('This product (R5) is for professional investors only; the client is not established as a professional investor: must not be sold');
  });

  it('professional investor × R5', () => {
    expect(matchOpinion({ riskLevel: 1, investorClass: 'professional' }, { riskLevel: 5 })['zh-CN']).toBe('专业投资者可购买 R1–R5，本产品 R5：匹配');
  });
});

describe('configurable, stricter rules', () => {
  const strict: SuitabilityRules = { highestProductLevel: { 1: 1, 2: 1, 3: 2, 4: 3, 5: 5 }, professionalMayBuyAnyLevel: true };

  it('applies the firm table', () => {
    expect(assessSuitability(2, { riskLevel: 2 }, strict).verdict).toBe('unsuitable');
    expect(assessSuitability(3, { riskLevel: 2 }, strict).verdict).toBe('suitable');
    expect(assessSuitability(3, { riskLevel: 3 }, strict).verdict).toBe('unsuitable');
    expect(matchOpinion(4, { riskLevel: 4 }, strict)['zh-CN']).toBe('C4 可购买 R1–R3，本产品 R4：不匹配，需风险警示');
  });

  it('is valid', () => {
    expect(findSuitabilityRuleProblems(strict)).toEqual([]);
    expect(findSuitabilityRuleProblems(DEFAULT_SUITABILITY_RULES)).toEqual([]);
  });

  it('rejects a looser, a decreasing or an out-of-range table, naming each problem', () => {
    const bad = { highestProductLevel: { 1: 2, 2: 2, 3: 1, 4: 4, 5: 6 }, professionalMayBuyAnyLevel: true } as unknown as SuitabilityRules;
    const problems = findSuitabilityRuleProblems(bad).map((p) => p['en-US']);
    expect(problems).toEqual([
      'C1 may buy up to R2, looser than the standard R1: rules may only be stricter',
      'C3 may buy up to R1, less than a more conservative level: a higher client level cannot buy less',
      'the highest product level for C5 must be one of R1–R5, not 6',
    ]);
    expect(() => validateSuitabilityRules(bad)).toThrow(TierBookError);
  });
});
