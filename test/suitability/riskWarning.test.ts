import { text } from '../../src/engine/i18n/locale';
import { filterSuitableProducts, productOrRiskWarning, riskWarning, type SuitabilityProduct } from '../../src/engine/suitability';

const equityFunds = text('股票基金', 'Equity funds');

describe('riskWarning: the 风险提示 in place of a product', () => {
  it('is undefined for a suitable product', () => {
    expect(riskWarning(4, { riskLevel: 4 })).toBeUndefined();
    expect(riskWarning({ riskLevel: 1, investorClass: 'professional' }, { riskLevel: 5, professionalOnly: true })).toBeUndefined();
  });

  it('warns a C2 client off an R4 product, naming the range', () => {
    expect(riskWarning(2, { riskLevel: 4 }, undefined, equityFunds)).toEqual({
      'zh-CN': '风险提示：C2 客户可购买 R1–R2，股票基金（R4） 高于其风险承受能力，不得主动推介；客户主动要求购买的，须进行特别的书面风险警示',
      'en-US': 'Risk warning: a C2 client may buy R1–R2; Equity funds (R4) exceeds the client\'s risk tolerance and must not be promoted; if the client asks for it, give a special written risk warning first',
    });
  });

  it('forbids, without the written-warning route, for 最低类别', () => {
    expect(riskWarning({ riskLevel: 3, lowestCategory: true }, { riskLevel: 2 })?.['zh-CN']).toBe('风险提示：最低类别客户仅可购买 R1，R2 不得向其销售');
    // The lowest-category rule comes first, so it is the reason given even for a professional-only product.
    expect(riskWarning('lowest', { riskLevel: 3, professionalOnly: true })?.['zh-CN']).toBe('风险提示：最低类别客户仅可购买 R1，R3 不得向其销售');
    expect(riskWarning('lowest', { riskLevel: 1, professionalOnly: true })?.['zh-CN']).toBe('风险提示：R1 仅限专业投资者，不得向该客户销售');
  });

  it('forbids professional-only products to ordinary investors', () => {
    expect(riskWarning({ riskLevel: 5, investorClass: 'ordinary' }, { riskLevel: 3, professionalOnly: true }, undefined, text('私募', 'Private funds'))?.['en-US'])
      .toBe('Risk warning: Private funds (R3) is for professional investors only and must not be sold to this client');
  });

  it('asks for an assessment when the level is missing', () => {
    expect(riskWarning({}, { riskLevel: 1 })?.['zh-CN']).toBe('风险提示：客户风险等级缺失，不得推介 R1，须先完成风险承受能力评估');
  });
});

describe('productOrRiskWarning for a strategy sheet suggestion', () => {
  it('keeps a suitable suggestion', () => {
    expect(productOrRiskWarning(4, { category: equityFunds, riskRating: 4 })).toEqual({ kind: 'product', text: text('股票基金（R4）', 'Equity funds (R4)') });
  });

  it('replaces one above the client level', () => {
    const shown = productOrRiskWarning(3, { category: equityFunds, riskRating: 4 });
    expect(shown.kind).toBe('warning');
    expect(shown.text['zh-CN']).toContain('C3 客户可购买 R1–R3');
  });
});

describe('filterSuitableProducts', () => {
  const products: (SuitabilityProduct & { code: string })[] = [
    { code: 'P5', riskLevel: 5 }, { code: 'P1', riskLevel: 1 }, { code: 'Q3', riskLevel: 3, professionalOnly: true }, { code: 'P3', riskLevel: 3 }, { code: 'P2', riskLevel: 2 },
  ];

  it.each([
    [1, ['P1']], [2, ['P1', 'P2']], [3, ['P1', 'P3', 'P2']], [4, ['P1', 'P3', 'P2']], [5, ['P5', 'P1', 'P3', 'P2']], ['lowest', ['P1']],
  ] as const)('C%s keeps %j in the original order', (level, codes) => {
    expect(filterSuitableProducts(level, products).map((p) => p.code)).toEqual(codes);
  });

  it('keeps professional-only products for professionals only', () => {
    expect(filterSuitableProducts({ investorClass: 'professional' }, products).map((p) => p.code)).toEqual(['P5', 'P1', 'Q3', 'P3', 'P2']);
  });

  it('keeps nothing for an unassessed ordinary client', () => {
    expect(filterSuitableProducts({}, products)).toEqual([]);
  });
});
