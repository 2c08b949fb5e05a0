import {
  HEADER_SEARCH_ROWS, createDefaultModel, locateSheetLayout, matchHeader,
  type CellValue, type TierModel,
} from '../../src/engine';
import { thrownBy } from '../support/thrownBy';

/** A two-factor model with an id column: small enough to write header rows by hand. */
function twoFactorModel(): TierModel {
  return {
    idColumn: '客户号',
    factors: [
      { key: 'assets', column: '总资产', weight: 35, scale: 'percentile' },
      { key: 'frequency', column: '年交易次数', weight: 20, scale: 'percentile' },
    ],
    tiers: [{ name: '钻石', minScore: 80 }, { name: '普通', minScore: 0 }],
    missing: 'zero',
  };
}

describe('matchHeader', () => {
  it('matches after NFKC, so full-width brackets equal ASCII ones', () => {
    expect(matchHeader(['客户号', '总资产(元)'], '总资产（元）')).toEqual({ index: 1, header: '总资产(元)', kind: 'exact' });
    expect(matchHeader(['客户号', '总资产（元）'], '总资产(元)')).toEqual({ index: 1, header: '总资产（元）', kind: 'exact' });
  });

  it('ignores case and every whitespace', () => {
    expect(matchHeader(['x', ' Total  Assets '], 'totalassets')).toEqual({ index: 1, header: ' Total  Assets ', kind: 'exact' });
    expect(matchHeader(['总资产 （元）'], '总资产(元)')?.index).toBe(0);
  });

  it('drops a bracketed unit on either side', () => {
    expect(matchHeader(['客户号', '总资产（元）'], '总资产')).toEqual({ index: 1, header: '总资产（元）', kind: 'unit' });
    expect(matchHeader(['总资产'], '总资产（万元）')).toEqual({ index: 0, header: '总资产', kind: 'unit' });
  });

  it('prefers an exact header to one that only matches without its unit', () => {
    expect(matchHeader(['总资产(万元)', '总资产'], '总资产')).toEqual({ index: 1, header: '总资产', kind: 'exact' });
  });

  it('uses the aliases of the five factor keys and of the id only when given the role', () => {
    expect(matchHeader(['AUM'], '总资产')).toBeUndefined();
    expect(matchHeader(['AUM'], '总资产', 'assets')).toEqual({ index: 0, header: 'AUM', kind: 'alias' });
    expect(matchHeader(['ＡＵＭ'], '总资产', 'assets')?.kind).toBe('alias'); // full-width letters fold to "aum"
    expect(matchHeader(['日均资产（万元）'], '总资产', 'assets')).toEqual({ index: 0, header: '日均资产（万元）', kind: 'alias' });
    expect(matchHeader(['交易笔数'], '年交易次数', 'frequency')?.index).toBe(0);
    expect(matchHeader(['需求类型'], '客户需求', 'needs')?.index).toBe(0);
    expect(matchHeader(['风险承受能力'], '风险等级', 'risk')?.index).toBe(0);
    expect(matchHeader(['Tenure'], '开户年限', 'loyalty')?.index).toBe(0);
    expect(matchHeader(['姓名', '资金账号'], '客户号', 'id')).toEqual({ index: 1, header: '资金账号', kind: 'alias' });
  });

  it('skips empty and non-text headers and returns undefined when nothing matches', () => {
    expect(matchHeader([null, true, '', '姓名'], '总资产', 'assets')).toBeUndefined();
    expect(matchHeader([null, 2024, '总资产'], '总资产')?.index).toBe(2);
    expect(matchHeader([2024], '2024')?.index).toBe(0);
  });
});

describe('locateSheetLayout', () => {
  const header: CellValue[] = ['客户号', '客户姓名', '总资产（元）', '年交易次数'];

  it('skips title rows above the header and reports the header row 1-based', () => {
    const grid: CellValue[][] = [
      ['2024年第三季度客户资产明细', null, null, null],
      [null, null, null, null],
      ['导出时间：2024-10-01', null, '单位：元', null],
      header,
      ['C001', '张三', 1000, 5],
    ];
    const layout = locateSheetLayout(grid, twoFactorModel());
    expect(layout.headerRow).toBe(4);
    expect(layout.id).toEqual({ index: 0, header: '客户号', kind: 'exact' });
    expect(layout.factors).toEqual([
      { index: 2, header: '总资产（元）', kind: 'unit' },
      { index: 3, header: '年交易次数', kind: 'exact' },
    ]);
    expect(layout.headers).toEqual(['客户号', '客户姓名', '总资产（元）', '年交易次数']);
    expect(layout.extras.name).toEqual({ index: 1, header: '客户姓名', kind: 'alias' });
  });

  it('takes the first row holding every mapped column, not a title row holding only some', () => {
    const grid: CellValue[][] = [
      ['总资产', '说明：总资产含融资融券'], // mentions one column only
      header,
      header, // a second complete row is data to the engine, not the header
    ];
    expect(locateSheetLayout(grid, twoFactorModel()).headerRow).toBe(2);
  });

  it('finds a header at row 30, the last row searched', () => {
    expect(HEADER_SEARCH_ROWS).toBe(30);
    const titles: CellValue[][] = Array.from({ length: 29 }, (_, r) => [`说明 ${r + 1}`, null, null, null]);
    const layout = locateSheetLayout([...titles, header, ['C001', '张三', 1, 1]], twoFactorModel());
    expect(layout.headerRow).toBe(30);
  });

  it('does not find a header at row 31: HEADER_NOT_FOUND in both languages', () => {
    const titles: CellValue[][] = Array.from({ length: 30 }, (_, r) => [`说明 ${r + 1}`, null, null, null]);
    const error = thrownBy(() => locateSheetLayout([...titles, header, ['C001', '张三', 1, 1]], twoFactorModel(), '客户'));
    expect(error.code).toBe('HEADER_NOT_FOUND');
    expect(error.location?.sheet).toBe('客户');
    expect(error.messageIn('zh-CN')).toContain('前 30 行中找不到表头');
    expect(error.messageIn('zh-CN')).toContain('「客户」');
    expect(error.messageIn('zh-CN')).toContain('总资产、年交易次数');
    expect(error.messageIn('en-US')).toContain('no header row found in the first 30 rows');
    expect(error.messageIn('en-US')).toContain('"客户"');
    expect(error.messageIn('en-US')).toContain('总资产, 年交易次数');
    expect(error.message).toBe(error.messageIn('en-US'));
  });

  it('says HEADER_NOT_FOUND for an empty sheet', () => {
    expect(thrownBy(() => locateSheetLayout([], twoFactorModel())).code).toBe('HEADER_NOT_FOUND');
  });

  it('names the missing column and the header row: COLUMN_NOT_FOUND in both languages', () => {
    const grid: CellValue[][] = [
      ['客户资产明细', null, null],
      ['客户号', '客户姓名', '总资产'], // lacks 年交易次数
      ['C001', '张三', 1000],
    ];
    const error = thrownBy(() => locateSheetLayout(grid, twoFactorModel(), 'Sheet1'));
    expect(error.code).toBe('COLUMN_NOT_FOUND');
    expect(error.location).toEqual({ sheet: 'Sheet1', row: 2, column: '年交易次数' });
    expect(error.messageIn('zh-CN')).toContain('第 2 行');
    expect(error.messageIn('zh-CN')).toContain('缺少列');
    expect(error.messageIn('zh-CN')).toContain('年交易次数');
    expect(error.messageIn('en-US')).toContain('column "年交易次数" not found in the header at row 2');
    expect(error.messageIn('en-US')).toContain('sheet "Sheet1"');
  });

  it('counts a missing id column as a missing column', () => {
    const grid: CellValue[][] = [['姓名', '总资产', '年交易次数']];
    const error = thrownBy(() => locateSheetLayout(grid, twoFactorModel()));
    expect(error.code).toBe('COLUMN_NOT_FOUND');
    expect(error.location?.column).toBe('客户号');
    expect(error.location?.row).toBe(1);
  });

  it('lists every missing column of the default model', () => {
    const grid: CellValue[][] = [['客户号', '总资产', '年交易次数', '客户需求']];
    const error = thrownBy(() => locateSheetLayout(grid, createDefaultModel()));
    expect(error.code).toBe('COLUMN_NOT_FOUND');
    expect(error.messageIn('zh-CN')).toContain('风险等级、开户年限');
    expect(error.messageIn('en-US')).toContain('columns "风险等级", "开户年限" not found in the header at row 1');
  });

  it('finds every default-model column through aliases', () => {
    const grid: CellValue[][] = [['资金账号', 'AUM', '交易笔数', '需求类型', '风险承受能力', 'tenure_years']];
    const layout = locateSheetLayout(grid, createDefaultModel());
    expect(layout.id?.index).toBe(0);
    expect(layout.factors.map((f) => [f.index, f.kind])).toEqual([[1, 'alias'], [2, 'alias'], [3, 'alias'], [4, 'alias'], [5, 'alias']]);
  });

  it('lets explicit column choices override the model headers', () => {
    const grid: CellValue[][] = [['客户号', '总资产', '日均资产', '年交易次数']];
    const layout = locateSheetLayout(grid, twoFactorModel(), '', { assets: '日均资产' });
    expect(layout.factors[0]).toEqual({ index: 2, header: '日均资产', kind: 'exact' });
  });
});
