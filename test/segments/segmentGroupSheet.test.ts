import type { CellValue } from '../../src/engine/cell/cellValue';
import { createDefaultModel } from '../../src/engine/model/defaultModel';
import type { PlanCell } from '../../src/engine/plan/planCell';
import { tierGrid } from '../../src/engine/run/tierClients';
import { assignSegmentGroups, buildSegmentGroupSheet, CROSS_TAB_COLUMN, GROUP_HEADER_ROW } from '../../src/engine/segments';

/*
 * Six clients; groups by the default rules (assets ≥ 1,000,000 first, then trades ≥ 100, then trades < 12):
 *   G1 3,000,000   5    → 高净值客户
 *   G2 1,000,000   200  → 高净值客户
 *   G3 400,000     120  → 高频交易客户
 *   G4 200,000     30   → 普通客户
 *   G5 100,000     3    → 低频交易客户
 *   G6 --          50   → 未分组 (assets unknown)
 * Hand sums: HNW assets 4,000,000 (avg 2,000,000), trades avg (5 + 200) / 2 = 102.5; all assets 4,700,000 over 5
 * present (avg 940,000); all trades (5 + 200 + 120 + 30 + 3 + 50) / 6 = 68.
 */
const GRID: CellValue[][] = [
  ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'],
  ['G1', 3_000_000, 5, '专业投资', 'C4', 10],
  ['G2', 1_000_000, 200, '专业投资', 'C5', 8],
  ['G3', 400_000, 120, '基础理财', 'C3', 4],
  ['G4', 200_000, 30, '基础理财', 'C3', 3],
  ['G5', 100_000, 3, '基础理财', 'C2', 1],
  ['G6', '--', 50, '基础理财', 'C1', 0],
];

const result = tierGrid(GRID, createDefaultModel());
const groups = assignSegmentGroups(result);
const sheet = buildSegmentGroupSheet(result, groups, 'zh-CN');

function averageScore(clients: number[]): number {
  return clients.reduce((a, c) => a + result.scores[c], 0) / clients.length;
}

function mainBlock(row: readonly PlanCell[]): PlanCell[] {
  return row.slice(0, 7);
}

describe('the group summary sheet', () => {
  it('states the rule with its bounds', () => {
    expect(sheet.rows[1][0]).toBe('规则：优先级：高净值客户（总资产 ≥ 1,000,000） > 高频交易客户（年交易次数 ≥ 100） > 低频交易客户（年交易次数 < 12） > 普通客户');
  });

  it('sums each group as worked out by hand', () => {
    const body = sheet.rows.slice(GROUP_HEADER_ROW, GROUP_HEADER_ROW + 7).map(mainBlock);
    expect(body[0]).toEqual(['分组', '客户数', '占比', '平均得分', '资产合计', '平均资产', '平均年交易次数']);
    expect(body[1]).toEqual(['高净值客户', 2, 2 / 6, averageScore([0, 1]), 4_000_000, 2_000_000, 102.5]);
    expect(body[2]).toEqual(['普通客户', 1, 1 / 6, averageScore([3]), 200_000, 200_000, 30]);
    expect(body[3]).toEqual(['高频交易客户', 1, 1 / 6, averageScore([2]), 400_000, 400_000, 120]);
    expect(body[4]).toEqual(['低频交易客户', 1, 1 / 6, averageScore([4]), 100_000, 100_000, 3]);
    expect(body[5]).toEqual(['未分组（数据缺失）', 1, 1 / 6, averageScore([5]), null, null, 50]);
    expect(body[6][0]).toBe('合计');
    expect(body[6].slice(1, 3)).toEqual([6, 1]);
    expect(body[6][3]).toBeCloseTo(averageScore([0, 1, 2, 3, 4, 5]), 10);
    expect(body[6].slice(4)).toEqual([4_700_000, 940_000, 68]);
  });

  it('puts the group × tier counts to the right, matching the tiers', () => {
    const header = sheet.rows[GROUP_HEADER_ROW].slice(CROSS_TAB_COLUMN);
    expect(header).toEqual(['分组 × 等级', '钻石', '黄金', '白银', '普通', '合计']);
    const tierOf = (c: number): number => result.tierIndex[c];
    const expectedRow = (clients: number[]): number[] => {
      const counts = [0, 0, 0, 0];
      for (const c of clients) counts[tierOf(c)]++;
      return [...counts, clients.length];
    };
    const cross = sheet.rows.slice(GROUP_HEADER_ROW + 1, GROUP_HEADER_ROW + 6).map((r) => r.slice(CROSS_TAB_COLUMN));
    expect(cross).toEqual([
      ['高净值客户', ...expectedRow([0, 1])],
      ['普通客户', ...expectedRow([3])],
      ['高频交易客户', ...expectedRow([2])],
      ['低频交易客户', ...expectedRow([4])],
      ['未分组（数据缺失）', ...expectedRow([5])],
    ]);
  });

  it('is a summary-role sheet with a stable key and headers marked', () => {
    expect(sheet).toMatchObject({ key: 'segments', role: 'summary', preferredName: '客户分组', headerRows: [0, GROUP_HEADER_ROW] });
    expect(buildSegmentGroupSheet(result, groups, 'en-US').preferredName).toBe('Client Groups');
  });
});
