import type { CellValue } from '../../src/engine/cell/cellValue';
import { createDefaultModel } from '../../src/engine/model/defaultModel';
import type { TierModel } from '../../src/engine/model/types';
import { tierGrid } from '../../src/engine/run/tierClients';
import {
  assignSegmentGroups, buildSegmentGroupColumn, buildSegmentTagsColumn, computeSegmentTags, createDefaultSegmentRules, dimensionFlags,
  findSegmentRuleProblems, flagsOf, percentileCutoff, segmentGroupOf, segmentTagText, SEGMENT_GROUPS, validateSegmentRules,
  type SegmentRules,
} from '../../src/engine/segments';
import { readExtraColumns } from '../../src/engine/table/extraColumns';

/*
 * Ten clients around the default bounds (assets ≥ 1,000,000; trades ≥ 100; needs 专业投资; risk C4/C5/积极型/激进型;
 * tenure ≥ 5), with the tags and group each must get, worked out by hand:
 *   S01 1,000,000   100  专业投资 C4   5    高净值 · 高频 · 专业 · 高风险偏好 · 高忠诚      高净值客户
 *   S02 999,999.99  99   基础理财 C3   4.9  普通 · 低频 · 基础 · 低风险偏好 · 低忠诚        普通客户 (99 ≥ 12)
 *   S03 500,000     150  专业投资 激进型 10 普通 · 高频 · 专业 · 高风险偏好 · 高忠诚        高频交易客户
 *   S04 200,000     11   基础理财 积极型 1  普通 · 低频 · 基础 · 高风险偏好 · 低忠诚        低频交易客户 (11 < 12)
 *   S05 300,000     12   基础理财 C1   2    普通 · 低频 · 基础 · 低风险偏好 · 低忠诚        普通客户 (12 is not < 12)
 *   S06 5,000,000   0    基础理财 C2   20   高净值 · 低频 · 基础 · 低风险偏好 · 高忠诚      高净值客户 (HNW first)
 *   S07 --          300  专业投资 C5   3    高频 · 专业 · 高风险偏好 · 低忠诚 (assets unknown) ungrouped
 *   S08 100,000     -    基础理财 c4   6    普通 · 基础 · 高风险偏好 · 高忠诚 (trades unknown)  ungrouped
 *   S09 2,000,000   -    专业投资 C3   0    高净值 · 专业 · 低风险偏好 · 低忠诚              高净值客户 (trades not needed)
 *   S10 50,000      0    基础理财 最低类别 0.5 普通 · 低频 · 基础 · 低风险偏好 · 低忠诚      低频交易客户
 */
const GRID: CellValue[][] = [
  ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'],
  ['S01', 1_000_000, 100, '专业投资', 'C4', 5],
  ['S02', 999_999.99, 99, '基础理财', 'C3', 4.9],
  ['S03', 500_000, 150, '专业投资', '激进型', 10],
  ['S04', 200_000, 11, '基础理财', '积极型', 1],
  ['S05', 300_000, 12, '基础理财', 'C1', 2],
  ['S06', 5_000_000, 0, '基础理财', 'C2', 20],
  ['S07', '--', 300, '专业投资', 'C5', 3],
  ['S08', 100_000, '-', '基础理财', 'c4', 6],
  ['S09', 2_000_000, null, '专业投资', 'C3', 0],
  ['S10', 50_000, 0, '基础理财', '最低类别', 0.5],
];

const TAGS_ZH = [
  '高净值 · 高频 · 专业 · 高风险偏好 · 高忠诚',
  '普通 · 低频 · 基础 · 低风险偏好 · 低忠诚',
  '普通 · 高频 · 专业 · 高风险偏好 · 高忠诚',
  '普通 · 低频 · 基础 · 高风险偏好 · 低忠诚',
  '普通 · 低频 · 基础 · 低风险偏好 · 低忠诚',
  '高净值 · 低频 · 基础 · 低风险偏好 · 高忠诚',
  '高频 · 专业 · 高风险偏好 · 低忠诚',
  '普通 · 基础 · 高风险偏好 · 高忠诚',
  '高净值 · 专业 · 低风险偏好 · 低忠诚',
  '普通 · 低频 · 基础 · 低风险偏好 · 低忠诚',
];

const GROUPS = ['hnw', 'ordinary', 'highFrequency', 'lowFrequency', 'ordinary', 'hnw', null, null, 'hnw', 'lowFrequency'];

const model = createDefaultModel();
const result = tierGrid(GRID, model);

function groupNames(codes: Int8Array): (string | null)[] {
  return Array.from(codes, (g) => (g < 0 ? null : SEGMENT_GROUPS[g]));
}

describe('客户画像 tags with the default rules', () => {
  const tags = computeSegmentTags(result);

  it('tags every client as worked out by hand', () => {
    expect(GRID.slice(1).map((_, c) => segmentTagText(tags, c, 'zh-CN'))).toEqual(TAGS_ZH);
  });

  it('speaks English', () => {
    expect(segmentTagText(tags, 0, 'en-US')).toBe('HNW · High-frequency · Professional · High risk appetite · Loyal');
    expect(segmentTagText(tags, 1, 'en-US')).toBe('Mass-market · Low-frequency · Basic · Low risk appetite · Low loyalty');
  });

  it('reports the bound used and the column read', () => {
    expect(tags.dimensions.map((d) => [d.dimension, d.header, d.cutoff])).toEqual([
      ['assets', '总资产', 1_000_000], ['frequency', '年交易次数', 100], ['needs', '客户需求', NaN], ['risk', '风险等级', NaN], ['loyalty', '开户年限', 5],
    ]);
  });

  it('writes the column on worksheet rows, blank elsewhere', () => {
    const column = buildSegmentTagsColumn(result, tags, 1, 12, 'zh-CN');
    expect(column.header).toBe('客户画像');
    expect(column.cellAt(0)).toBe(TAGS_ZH[0]);
    expect(column.cellAt(9)).toBe(TAGS_ZH[9]);
    expect(column.cellAt(10)).toBeNull();
  });

  it('leaves out a dimension the rules omit, and gives null when nothing is known', () => {
    const onlyAssets = computeSegmentTags(result, { dimensions: { assets: { rule: { kind: 'threshold', value: 1_000_000 } } } });
    expect(segmentTagText(onlyAssets, 0, 'zh-CN')).toBe('高净值');
    expect(segmentTagText(onlyAssets, 6, 'zh-CN')).toBeNull();
  });

  it('uses custom tag texts', () => {
    const rules: SegmentRules = { dimensions: { assets: { rule: { kind: 'threshold', value: 2_000_000 }, high: { 'zh-CN': '大客户', 'en-US': 'Key' }, low: { 'zh-CN': '小客户', 'en-US': 'Small' } } } };
    const custom = computeSegmentTags(result, rules);
    expect([0, 5, 8].map((c) => segmentTagText(custom, c, 'zh-CN'))).toEqual(['小客户', '大客户', '大客户']);
  });
});

describe('rule kinds', () => {
  // Trades present for 8 clients, descending: 300, 150, 100, 99, 12, 11, 0, 0.
  const trades = Float64Array.from([100, 99, 150, 11, 12, 0, 300, NaN, NaN, 0]);

  it.each([
    [0.2, 150], // ceil(1.6) = 2nd
    [0.25, 150], // 2 exactly
    [0.5, 99], // 4th
    [0.8, 0], // ceil(6.4) = 7th: a zero, so both zeros tie in
    [1, 0],
    [0.01, 300], // at least the top one
  ])('percentile top %s → cutoff %s', (share, cutoff) => {
    expect(percentileCutoff(trades, share)).toBe(cutoff);
  });

  it('percentile flags include ties at the cutoff and leave missing values unknown', () => {
    expect(Array.from(dimensionFlags({ kind: 'numeric', values: trades, header: 'x' }, { kind: 'percentile', value: 0.2 }))).toEqual([0, 0, 1, 0, 0, 0, 1, -1, -1, 0]);
    expect(Array.from(dimensionFlags({ kind: 'numeric', values: trades, header: 'x' }, { kind: 'percentile', value: 0.8 }))).toEqual([1, 1, 1, 1, 1, 1, 1, -1, -1, 1]);
  });

  it('threshold is ≥', () => {
    expect(Array.from(dimensionFlags({ kind: 'numeric', values: Float64Array.from([99.999, 100, 100.001, NaN]), header: 'x' }, { kind: 'threshold', value: 100 }))).toEqual([0, 1, 1, -1]);
  });

  it('category matches after NFKC, trim and case-fold', () => {
    const flags = dimensionFlags({ kind: 'labels', labels: ['c4', 'c5', '稳健型', undefined], header: 'x' }, { kind: 'category', high: ['Ｃ４', ' C5 '] });
    expect(Array.from(flags)).toEqual([1, 1, 0, -1]);
  });

  it('a percentile loyalty rule on the table', () => {
    // Tenures descending: 20, 10, 6, 5, 4.9, 3, 2, 1, 0.5, 0; top 30% → 3rd = 6.
    const tags = computeSegmentTags(result, { dimensions: { loyalty: { rule: { kind: 'percentile', value: 0.3 } } } });
    expect(tags.dimensions[0].cutoff).toBe(6);
    expect(Array.from(flagsOf(tags, 'loyalty') ?? [])).toEqual([0, 0, 1, 0, 0, 1, 0, 1, 0, 0]);
  });

  it('a threshold rule on a category column reads the labels as numbers; a category rule on numbers reads them as text', () => {
    const tags = computeSegmentTags(result, { dimensions: { risk: { rule: { kind: 'threshold', value: 1 } }, loyalty: { rule: { kind: 'category', high: ['20', '10'] } } } });
    expect(Array.from(flagsOf(tags, 'risk') ?? [])).toEqual(new Array(10).fill(-1));
    expect(Array.from(flagsOf(tags, 'loyalty') ?? [])).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
  });
});

describe('the four-group preset', () => {
  it.each([
    // assets flag, frequency flag, trades, → group
    [1, 1, 500, 'hnw'], [1, 0, 0, 'hnw'], [1, -1, NaN, 'hnw'],
    [0, 1, 150, 'highFrequency'], [0, 0, 11.99, 'lowFrequency'], [0, 0, 12, 'ordinary'], [0, 0, 99, 'ordinary'],
    [-1, 1, 300, null], [0, -1, NaN, null], [-1, 0, 0, null],
  ])('assets %s, frequency %s, trades %s → %s', (a, f, t, group) => {
    const g = segmentGroupOf(a, f, t, 12);
    expect(g < 0 ? null : SEGMENT_GROUPS[g]).toBe(group);
  });

  it('groups the ten clients as worked out by hand', () => {
    const groups = assignSegmentGroups(result);
    expect(groupNames(groups.codes)).toEqual(GROUPS);
    expect(Array.from(groups.counts)).toEqual([3, 2, 1, 2]);
    expect(groups.ungrouped).toBe(2);
  });

  it('follows a percentile frequency rule and a custom low bound', () => {
    const rules: SegmentRules = { dimensions: { frequency: { rule: { kind: 'percentile', value: 0.5 } } }, groups: { lowFrequencyBelow: 13 } };
    const groups = assignSegmentGroups(result, rules);
    // Top 50% of trades → cutoff 99: S02 becomes high-frequency; with "below 13", S05 (12) becomes low-frequency.
    expect(groupNames(groups.codes)).toEqual(['hnw', 'highFrequency', 'highFrequency', 'lowFrequency', 'lowFrequency', 'hnw', null, null, 'hnw', 'lowFrequency']);
    expect(groups.highFrequencyCutoff).toBe(99);
  });

  it('writes the group column', () => {
    const column = buildSegmentGroupColumn(result, assignSegmentGroups(result), 1, 11, 'zh-CN');
    expect(Array.from({ length: 11 }, (_, o) => column.cellAt(o))).toEqual(['高净值客户', '普通客户', '高频交易客户', '低频交易客户', '普通客户', '高净值客户', null, null, '高净值客户', '低频交易客户', null]);
  });
});

describe('values from extra columns when the model has no such factor', () => {
  const assetsOnly: TierModel = { ...createDefaultModel(), factors: createDefaultModel().factors.slice(0, 2) };
  const narrow = tierGrid(GRID, assetsOnly);
  const extras = readExtraColumns(GRID, narrow.table.layout, ['needs', 'risk', 'loyalty'], narrow.table.rowNumbers, assetsOnly);

  it('tags all five dimensions, the last three from the sheet columns', () => {
    const tags = computeSegmentTags(narrow, createDefaultSegmentRules(), extras);
    expect(GRID.slice(1).map((_, c) => segmentTagText(tags, c, 'zh-CN'))).toEqual(TAGS_ZH);
    expect(tags.dimensions.map((d) => d.header)).toEqual(['总资产', '年交易次数', '客户需求', '风险等级', '开户年限']);
  });

  it('drops those dimensions without the extras', () => {
    expect(computeSegmentTags(narrow).dimensions.map((d) => d.dimension)).toEqual(['assets', 'frequency']);
  });
});

describe('rule validation', () => {
  it('accepts the defaults', () => expect(findSegmentRuleProblems(createDefaultSegmentRules())).toEqual([]));

  it('names every bad field', () => {
    const bad = {
      dimensions: {
        assets: { rule: { kind: 'threshold', value: Infinity } },
        frequency: { rule: { kind: 'percentile', value: 20 } },
        needs: { rule: { kind: 'category', high: [] } },
        risk: { rule: { kind: 'ratio', value: 1 } },
        tenure: { rule: { kind: 'threshold', value: 1 } },
      },
      groups: { lowFrequencyBelow: -1 },
    } as unknown as SegmentRules;
    expect(findSegmentRuleProblems(bad).map((p) => p['en-US'])).toEqual([
      'segments.dimensions.assets.rule.value must be a finite number',
      'segments.dimensions.frequency.rule.value is the top share of clients and must lie in (0, 1], e.g. 0.2 for the top 20%',
      'segments.dimensions.needs.rule.high must be a non-empty list of labels',
      'segments.dimensions.risk.rule.kind must be threshold, percentile or category',
      'segments.dimensions.tenure: unknown dimension',
      'segments.groups.lowFrequencyBelow must be a number ≥ 0',
    ]);
    expect(() => validateSegmentRules(bad)).toThrow('segments.dimensions.assets');
  });
});
