/// <reference types="custom-functions-runtime" />
import { investorTypeFunction } from '../../src/functions/functions';
import { parseResultLanguage, professionalInvestorClass, readProfessionalFacts } from '../../src/functions/investorType';
import { expectInvalidValue } from './customFunctionErrors';

const PRO = '专业投资者';
const ORDINARY = '普通投资者';
const UNDETERMINED = '无法判定';


describe('TIER.INVESTORTYPE: individuals, Art. 8 (5) — (assets ≥ 5,000,000 OR income ≥ 500,000) AND experience ≥ 2', () => {
  it.each([
    ['assets exactly 5,000,000, experience exactly 2', 5_000_000, null, 2, PRO],
    ['assets 4,999,999.99, no income figure', 4_999_999.99, 0, 2, ORDINARY],
    ['assets 4,999,999.99, income exactly 500,000', 4_999_999.99, 500_000, 2, PRO],
    ['assets 0, income 499,999.99', 0, 499_999.99, 10, ORDINARY],
    ['assets 6,000,000, experience 1.99', 6_000_000, 600_000, 1.99, ORDINARY],
    ['assets 6,000,000, experience 2.5', 6_000_000, null, 2.5, PRO],
  ] as const)('%s → %s', (_case, assets, income, years, expected) => {
    expect(professionalInvestorClass('个人', assets, income, years)).toBe(expected);
    expect(investorTypeFunction('个人', assets, income, years, null, null)).toBe(expected);
  });

  it('ignores net assets for an individual', () => {
    expect(professionalInvestorClass('个人', 5_000_000, null, 2, -1)).toBe(PRO);
    expect(professionalInvestorClass('individual', 1_000, 1_000, 2, 99_000_000)).toBe(ORDINARY);
  });
});

describe('TIER.INVESTORTYPE: institutions, Art. 8 (4) — net assets ≥ 20,000,000 AND financial assets ≥ 10,000,000 AND experience ≥ 2', () => {
  it.each([
    ['every bound exactly met', 10_000_000, 2, 20_000_000, PRO],
    ['net assets 1 yuan short', 10_000_000, 2, 19_999_999, ORDINARY],
    ['financial assets 0.01 short', 9_999_999.99, 2, 20_000_000, ORDINARY],
    ['experience 1.99 years', 10_000_000, 1.99, 20_000_000, ORDINARY],
    ['negative net assets (insolvent)', 50_000_000, 5, -3_000_000, ORDINARY],
  ] as const)('%s → %s', (_case, assets, years, netAssets, expected) => {
    expect(professionalInvestorClass('机构', assets, null, years, netAssets)).toBe(expected);
  });

  it('does not let a high income make an institution professional', () => {
    expect(professionalInvestorClass('机构', 9_000_000, 900_000_000, 5, 30_000_000)).toBe(ORDINARY);
  });
});

describe('missing facts → 无法判定 naming what is missing', () => {
  it('individual without experience', () => {
    expect(professionalInvestorClass('个人', 6_000_000, null, null)).toBe(`${UNDETERMINED}：缺少 投资经验年限`);
    expect(professionalInvestorClass('个人', 6_000_000, null, null, null, 'en-US')).toBe('Cannot determine: missing years of investment experience');
  });

  it('individual with failing income names only the assets (the field that could still change the class)', () => {
    expect(professionalInvestorClass('个人', null, 300_000, 5)).toBe(`${UNDETERMINED}：缺少 金融资产`);
  });

  it('individual with neither assets nor income names both', () => {
    expect(professionalInvestorClass('个人', null, '', 3)).toBe(`${UNDETERMINED}：缺少 金融资产、近三年年均收入`);
    expect(professionalInvestorClass('个人', undefined, undefined, 3, undefined, 'en')).toBe(
      'Cannot determine: missing financial assets, average annual income (last 3 years)',
    );
  });

  it('individual with every figure empty names all three (docs/excel-manual-test.md 5.4)', () => {
    const expected = `${UNDETERMINED}：缺少 金融资产、近三年年均收入、投资经验年限`;
    expect(investorTypeFunction('个人', null, null, null)).toBe(expected);
    expect(investorTypeFunction('个人', '', '', '')).toBe(expected);
  });

  it('institution without net assets (the optional argument omitted)', () => {
    expect(professionalInvestorClass('机构', 12_000_000, null, 3)).toBe(`${UNDETERMINED}：缺少 净资产`);
    expect(investorTypeFunction('机构', 12_000_000, null, 3)).toBe(`${UNDETERMINED}：缺少 净资产`);
    expect(professionalInvestorClass('institution', 12_000_000, null, 3, null, 'en-US')).toBe('Cannot determine: missing net assets');
  });

  it('a missing field that cannot change the class is not asked for', () => {
    expect(professionalInvestorClass('机构', 5_000_000, null, 3)).toBe(ORDINARY);
    expect(professionalInvestorClass('个人', null, null, 1)).toBe(ORDINARY);
  });

  it('missing markers of the engine ("-", "N/A") and blank text count as missing, not 0', () => {
    expect(professionalInvestorClass('个人', '-', 'N/A', 3)).toBe(`${UNDETERMINED}：缺少 金融资产、近三年年均收入`);
    expect(professionalInvestorClass('机构', '1200万', '', 3, '   ')).toBe(`${UNDETERMINED}：缺少 净资产`);
  });

  it('investor type blank: decided only when both tests agree, otherwise 客户类型 is named', () => {
    expect(professionalInvestorClass('', 6_000_000, null, 3)).toBe(`${UNDETERMINED}：缺少 客户类型`);
    expect(professionalInvestorClass(null, 6_000_000, null, 3, null, 'en-US')).toBe('Cannot determine: missing investor type');
    expect(professionalInvestorClass('', 12_000_000, null, 3, 25_000_000)).toBe(PRO);
    expect(professionalInvestorClass(null, 12_000_000, null, 1, 25_000_000)).toBe(ORDINARY);
  });
});

describe('numbers typed as text, as the client table reads them', () => {
  it.each([
    ['500万', 5_000_000],
    ['¥5,000,000', 5_000_000],
    ['５００万元', 5_000_000],
    ['0.05亿', 5_000_000],
    ['4,999,999.99', 4_999_999.99],
    ['499.999999万', 4_999_999.99],
  ])('%s reads as %d', (typed, value) => {
    expect(readProfessionalFacts('个人', typed, null, 2, null).financialAssets).toBe(value);
  });

  it('decides on text amounts exactly as on numbers', () => {
    expect(professionalInvestorClass('个人', '500万', null, '2')).toBe(PRO);
    expect(professionalInvestorClass('个人', '499.999999万', '49.999999万', '2')).toBe(ORDINARY);
    expect(professionalInvestorClass('个人', '100万', '50万', '2')).toBe(PRO);
    expect(professionalInvestorClass('机构', '1000万', '', 2, '0.2亿')).toBe(PRO);
  });
});

describe('investor type labels (whatever parseInvestorType accepts)', () => {
  it.each(['个人', '自然人', 'individual', ' Individual ', 'ＩＮＤＩＶＩＤＵＡＬ', 'person'])('%j is an individual', (typed) => {
    expect(readProfessionalFacts(typed, null, null, null, null).investorType).toBe('individual');
  });

  it.each(['机构', '法人', '企业', '其他组织', 'institution', 'Corporate'])('%j is an institution', (typed) => {
    expect(readProfessionalFacts(typed, null, null, null, null).investorType).toBe('institution');
  });
});

describe('result language', () => {
  it.each([
    [null, 'zh-CN'], [undefined, 'zh-CN'], ['', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], [' ZH-cn ', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en-US'], ['en', 'en-US'], ['EN-gb', 'en-US'],
  ] as const)('%j → %s', (typed, locale) => {
    expect(parseResultLanguage(typed)).toBe(locale);
  });

  it('labels the decided classes in English', () => {
    expect(professionalInvestorClass('个人', 5_000_000, null, 2, null, 'en-US')).toBe('Professional investor');
    expect(professionalInvestorClass('个人', 4_999_999.99, 0, 2, null, 'en-US')).toBe('Ordinary investor');
  });
});

describe('invalid input throws #VALUE! naming the argument, in English and Chinese', () => {
  it.each(['个体户', 'retail', 'C3', '1'])('investorType %j', (typed) => {
    expectInvalidValue(
      () => professionalInvestorClass(typed, 5_000_000, null, 2),
      `investorType "${typed}" is not 个人/机构`,
      `客户类型（investorType）"${typed}" 不是 个人/机构`,
    );
  });

  it('investorType given as a number or TRUE', () => {
    expectInvalidValue(() => professionalInvestorClass(1, 5_000_000, null, 2), 'investorType "1"');
    expectInvalidValue(() => professionalInvestorClass(true, 5_000_000, null, 2), 'investorType "true"');
  });

  it.each([
    ['financialAssets', '金融资产', ['abc', 5_000_000, 2, null]],
    ['annualIncome', '近三年年均收入', [5_000_000, '50万元多', 2, null]],
    ['experienceYears', '投资经验年限', [5_000_000, null, '两年', null]],
    ['netAssets', '净资产', [5_000_000, null, 2, '2000万？']],
  ] as const)('garbage text in %s', (name, label, [assets, income, years, netAssets]) => {
    const typed = [assets, income, years, netAssets].find((v) => typeof v === 'string') as string;
    expectInvalidValue(
      () => professionalInvestorClass('个人', assets, income, years, netAssets),
      `${name} "${typed}" is not a number`,
      `${label}（${name}）"${typed}" 不是数字`,
    );
  });

  it.each([
    ['financialAssets', '金融资产', [-1, null, 2]],
    ['financialAssets', '金融资产', ['-500万', null, 2]],
    ['annualIncome', '近三年年均收入', [null, -500_000, 2]],
    ['experienceYears', '投资经验年限', [6_000_000, null, -2]],
  ] as const)('negative %s', (name, label, [assets, income, years]) => {
    expectInvalidValue(
      () => professionalInvestorClass('个人', assets, income, years),
      `${name} "`,
      'cannot be negative',
      `${label}（${name}）`,
      '不能为负数',
    );
  });

  it('a boolean or a non-finite number is not an amount', () => {
    expectInvalidValue(() => professionalInvestorClass('个人', true, null, 2), 'financialAssets "true" is not a number');
    expectInvalidValue(() => professionalInvestorClass('个人', 5_000_000, null, Number.POSITIVE_INFINITY), 'experienceYears "Infinity" is not a number');
    expectInvalidValue(() => professionalInvestorClass('个人', 5_000_000, null, Number.NaN), 'experienceYears "NaN" is not a number');
  });

  it('an argument that is not a cell value (e.g. an entity object) is refused, not read as blank', () => {
    expectInvalidValue(() => professionalInvestorClass({ type: 'Entity' }, 5_000_000, null, 2), 'investorType ""');
    expectInvalidValue(() => professionalInvestorClass('个人', [[5_000_000]], null, 2), 'financialAssets "" is not a number');
    expectInvalidValue(() => parseResultLanguage({}), 'language ""');
  });

  it.each(['fr', 'chinese', '中文', 'e', 'zh CN'])('language %j', (typed) => {
    expectInvalidValue(
      () => professionalInvestorClass('个人', 5_000_000, null, 2, null, typed),
      `language "${typed}" is not zh-CN or en-US`,
      `语言（language）"${typed}" 不是 zh-CN 或 en-US`,
    );
  });

  it('a number as the language is refused too', () => {
    expectInvalidValue(() => parseResultLanguage(1), 'language "1"');
  });

  it('reports the first bad argument in argument order', () => {
    expectInvalidValue(() => professionalInvestorClass('??', 'abc', null, -1, null, 'fr'), 'investorType "??"');
    expectInvalidValue(() => professionalInvestorClass('个人', 'abc', null, -1, null, 'fr'), 'financialAssets "abc"');
  });

  it('throws through the registered custom function too', () => {
    expectInvalidValue(() => investorTypeFunction('个人', '-1', null, 2), 'financialAssets "-1" cannot be negative');
  });
});

describe('the worked example of docs/suitability.md (empty arguments arrive as null, as Excel passes them)', () => {
  it.each([
    [['个人', '500万', null, 2], PRO],
    [['个人', 4999999.99, 499999.99, 10], ORDINARY],
    [['个人', 3200000, '65万', 3], PRO],
    [['个人', '600万', null, 1.99], ORDINARY],
    [['个人', null, 300000, 5], `${UNDETERMINED}：缺少 金融资产`],
    [['机构', '1000万', null, 2, '2000万'], PRO],
    [['机构', '1200万', null, 3], `${UNDETERMINED}：缺少 净资产`],
    [['机构', '1200万', null, 3, null, 'en-US'], 'Cannot determine: missing net assets'],
    [[null, '600万', null, 3], `${UNDETERMINED}：缺少 客户类型`],
  ] as const)('=TIER.INVESTORTYPE(%j) → %s', (args, expected) => {
    const [type, assets, income, years, netAssets = null, language = null] = args as readonly unknown[];
    expect(investorTypeFunction(type, assets, income, years, netAssets, language)).toBe(expected);
  });

  it('=TIER.INVESTORTYPE("个人", "-500万", , 2) → #VALUE!', () => {
    expectInvalidValue(() => investorTypeFunction('个人', '-500万', null, 2), 'financialAssets "-500万" cannot be negative');
  });
});
