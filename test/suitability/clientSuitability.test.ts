import type { CellValue } from '../../src/engine/cell/cellValue';
import { createDefaultModel } from '../../src/engine/model/defaultModel';
import { tierGrid } from '../../src/engine/run/tierClients';
import { buildClientSuitability, buildSuitabilityColumns, SUITABILITY_EXTRA_ROLES } from '../../src/engine/suitability';
import { ExtraColumnsBuilder, numericExtra, readExtraColumns, textExtra } from '../../src/engine/table/extraColumns';

/*
 * Five clients among a title, a blank row, an id-less row and a totals row. Expected, by Art. 8 with default bounds:
 *   P001 individual, financial assets 6,000,000 ≥ 5,000,000, experience 5 ≥ 2          → 专业投资者
 *   P002 individual, 500万 = 5,000,000 ≥ 5,000,000, experience missing                  → 无法判定 (投资经验年限)
 *   I001 institution, net 25,000,000 ≥ 20M, financial 12,000,000 ≥ 10M, experience 3    → 专业投资者
 *   P003 no type, experience 1 < 2 fails both tests                                     → 普通投资者; 最低类别 = 是
 *   P004 type 产品 (unknown), financial assets "abc", income missing                    → 无法判定; flag "maybe" → 最低类别
 */
const GRID: CellValue[][] = [
  ['客户适当性信息', null, null, null, null, null, null, null, null, null, null, null, null], // 1
  ['客户号', '客户姓名', '客户类型', '总资产', '金融资产', '近三年年均收入', '投资经验年限', '净资产', '年交易次数', '客户需求', '风险等级', '是否最低类别', '开户年限'], // 2
  ['P001', '张三', '个人', 8_000_000, 6_000_000, 300_000, 5, null, 150, '专业投资', 'C4', '否', 8], // 3
  ['P002', '李四', '个人', '500万', '500万', 100_000, null, null, 20, '基础理财', 'C3', null, 3], // 4
  [null, null, null, null, null, null, null, null, null, null, null, null, null], // 5 blank
  [null, '无号', '个人', 1, 1, 1, 1, null, 1, '基础理财', 'C1', null, 1], // 6 no id
  ['I001', '某公司', '机构', 30_000_000, 12_000_000, null, 3, 25_000_000, 60, '专业投资', 'C5', '否', 10], // 7
  ['P003', '王五', null, 200_000, 180_000, 80_000, 1, null, 5, '基础理财', 'C2', '是', 1], // 8
  ['合计', null, null, 39_400_000, null, null, null, null, 247, null, null, null, null], // 9 totals
  ['P004', '赵六', '产品', 1_000_000, 'abc', null, 4, null, 12, '基础理财', '稳健型', 'maybe', 6], // 10
];

const model = createDefaultModel();
const result = tierGrid(GRID, model, '客户');
const { layout, rowNumbers } = result.table;

describe('readExtraColumns lines up with the ClientTable', () => {
  const extras = readExtraColumns(GRID, layout, [...SUITABILITY_EXTRA_ROLES, 'name'], rowNumbers, model);

  it('has the table clients only, in order', () => {
    expect(Array.from(rowNumbers)).toEqual([3, 4, 7, 8, 10]);
    expect(extras.size).toBe(5);
    expect(textExtra(extras, 'name')).toEqual(['张三', '李四', '某公司', '王五', '赵六']);
    expect(extras.columns.risk?.cells).toEqual(['C4', 'C3', 'C5', 'C2', '稳健型']);
    expect(extras.columns.lowestCategory?.header).toBe('是否最低类别');
  });

  it('parses numbers like the table does and reports unreadable ones by row', () => {
    const read = numericExtra(extras, 'financialAssets', rowNumbers);
    expect(Array.from(read.values)).toEqual([6_000_000, 5_000_000, 12_000_000, 180_000, NaN]);
    expect(read.issues.map((i) => [i.row, i.column, i.value, i.client])).toEqual([[10, '金融资产', 'abc', 4]]);
  });

  it('leaves a role the sheet lacks absent', () => {
    const none = readExtraColumns(GRID, layout, ['branch', 'openDate'], rowNumbers, model);
    expect(none.columns).toEqual({});
    expect(textExtra(none, 'branch')).toEqual([null, null, null, null, null]);
  });

  it('gives the same columns from chunks of any size', () => {
    for (const chunk of [1, 2, 3, 7]) {
      const builder = new ExtraColumnsBuilder(layout, SUITABILITY_EXTRA_ROLES, model);
      const below = GRID.slice(layout.headerRow);
      for (let i = 0; i < below.length; i += chunk) builder.appendRows(below.slice(i, i + chunk), layout.headerRow + 1 + i);
      expect(builder.finish(rowNumbers)).toEqual(readExtraColumns(GRID, layout, SUITABILITY_EXTRA_ROLES, rowNumbers, model));
    }
  });

  it('refuses client rows it never read', () => {
    const builder = new ExtraColumnsBuilder(layout, ['name'], model);
    builder.appendRows(GRID.slice(2, 4), 3);
    expect(() => builder.finish(rowNumbers)).toThrow('did not read client row 7');
  });
});

describe('buildClientSuitability and its columns', () => {
  const extras = readExtraColumns(GRID, layout, SUITABILITY_EXTRA_ROLES, rowNumbers, model);
  const profiles = buildClientSuitability(extras, rowNumbers);

  it('classifies each client', () => {
    expect([0, 1, 2, 3, 4].map((c) => profiles.investorClassAt(c))).toEqual(['professional', 'undetermined', 'professional', 'ordinary', 'undetermined']);
    expect(profiles.classificationAt(4).missing).toEqual(['investorType', 'financialAssets', 'annualIncome', 'netAssets']);
  });

  it('reads risk levels and 最低类别 flags (unreadable flag → set)', () => {
    expect(profiles.riskLevels).toEqual([4, 3, 5, 2, 3]);
    expect(profiles.lowestCategory).toEqual([false, undefined, false, true, true]);
  });

  it('reports the unreadable cells in row order', () => {
    expect(profiles.issues.map((i) => [i.row, i.column, i.value, i.problem])).toEqual([
      [10, '金融资产', 'abc', 'invalid_number'],
      [10, '客户类型', '产品', 'unknown_category'],
      [10, '是否最低类别', 'maybe', 'unknown_category'],
    ]);
  });

  it('writes one cell per worksheet row below the header, blank on non-client rows', () => {
    const length = 10 - layout.headerRow;
    const [cls, reason, range] = buildSuitabilityColumns(result, profiles, layout.headerRow, length, 'zh-CN');
    const cells = (c: typeof cls): unknown[] => Array.from({ length }, (_, o) => c.cellAt(o));
    expect(cls.header).toBe('投资者分类');
    expect(cells(cls)).toEqual(['专业投资者', '无法判定', null, null, '专业投资者', '普通投资者', null, '无法判定']);
    expect(cells(range)).toEqual(['专业投资者：R1–R5', 'C3：R1–R3', null, null, '专业投资者：R1–R5', '最低类别：仅 R1', null, '最低类别：仅 R1']);
    expect(reason.cellAt(1)).toBe('个人：缺少 投资经验年限；金融资产 5,000,000 ≥ 5,000,000');
    expect(reason.cellAt(5)).toBe('客户类型缺失，个人与机构标准结论相同；个人：金融资产 180,000 < 5,000,000 且 近三年年均收入 80,000 < 500,000；投资经验年限 1 < 2；机构：金融资产 180,000 < 10,000,000；投资经验年限 1 < 2');
  });

  it('speaks English too', () => {
    const [cls, , range] = buildSuitabilityColumns(result, profiles, layout.headerRow, 8, 'en-US');
    expect(cls.cellAt(5)).toBe('Ordinary investor');
    expect(range.cellAt(1)).toBe('C3: R1–R3');
  });
});
