import type { CellValue } from '../../src/engine/cell/cellValue';
import { buildFollowUpPlanSheet, FOLLOW_UP_COL, planFollowUps } from '../../src/engine/tracking/followUpPlan';
import { trackingOverview } from '../../src/engine/tracking/trackingOverview';
import { clients, day, model, options, RUN } from './followUpFixture';

// The fixture of followUpPlan.test.ts: the plan is F (普通, watchlist), A (钻石, overdue), C (钻石), E (黄金), B (钻石), sheet rows 5–9.

/** The plan as written, then filled in by the managers: A on 2026-07-01 (satisfaction 4), E as text (satisfaction 2). */
function filledPlan(locale: 'zh-CN' | 'en-US'): CellValue[][] {
  const sheet = buildFollowUpPlanSheet(clients, planFollowUps(clients, options), model, options, locale);
  const grid = sheet.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? null : cell) as CellValue));
  const fill = (row: number, date: CellValue, satisfaction: CellValue): void => {
    grid[row][FOLLOW_UP_COL.contactDate] = date;
    grid[row][FOLLOW_UP_COL.satisfaction] = satisfaction;
  };
  expect(grid.slice(5).map((r) => r[0])).toEqual(['F', 'A', 'C', 'E', 'B']);
  fill(6, day('2026-07-01'), 4);
  fill(8, '2026年7月2日', '2');
  return grid;
}

describe('tracking overview (the pane\'s Tracking view)', () => {
  /*
   * On 2026-07-05: F (普通, due 06-30) and C (钻石, due 06-30) are overdue; A and E are done; B (due 07-20) is still due.
   * Per tier: 钻石 done 1 / overdue 1 (C, row 7) / due 1, satisfaction 4; 黄金 done 1, satisfaction 2; 普通 overdue 1 (row 5).
   * Per manager: 王芳 A done, B due (first row to act on: 9); 李雷 E done; nobody: F and C overdue.
   */
  it.each(['zh-CN', 'en-US'] as const)('counts done, overdue and due per tier and per manager from the cells (%s)', (locale) => {
    const overview = trackingOverview(filledPlan(locale), undefined, model, day('2026-07-05'));
    expect(overview.planRows).toBe(5);
    expect(overview.tiers).toEqual([
      { tier: locale === 'zh-CN' ? '钻石' : 'Diamond', done: 1, overdue: 1, due: 1, satisfaction: 4, firstRow: 7 },
      { tier: '黄金', done: 1, overdue: 0, due: 0, satisfaction: 2, firstRow: 8 },
      { tier: '普通', done: 0, overdue: 1, due: 0, firstRow: 5 },
    ]);
    expect(overview.managers).toEqual([
      { manager: '王芳', done: 1, overdue: 0, due: 1, satisfaction: 4, firstRow: 9 },
      { manager: '李雷', done: 1, overdue: 0, due: 0, satisfaction: 2, firstRow: 8 },
      { manager: null, done: 0, overdue: 2, due: 0, firstRow: 5 },
    ]);
  });

  it('counts nothing as overdue on the run date itself', () => {
    const overview = trackingOverview(filledPlan('zh-CN'), undefined, model, RUN);
    expect(overview.tiers.map((t) => [t.tier, t.overdue, t.due])).toEqual([['钻石', 0, 2], ['黄金', 0, 0], ['普通', 0, 1]]);
  });

  it('reads the watchlist with each client\'s sheet row, and an absent plan as empty', () => {
    const watch: CellValue[][] = [
      ['TierBook 流失预警'], ['共 2 名客户'], [],
      ['客户号', '客户姓名', '客户等级', '客户经理', '资产', '预警原因'],
      ['F', '己', '普通', null, 1200, '降级、满意度低'],
      [null, null, null, null, null, null],
      ['C', '丙', '钻石', '王芳', 5e6, '高等级回访逾期'],
    ];
    const overview = trackingOverview(undefined, watch, model, RUN);
    expect(overview).toEqual({
      tiers: [], managers: [], planRows: 0,
      watchlist: [
        { id: 'F', name: '己', tier: '普通', manager: '', reasons: '降级、满意度低', row: 4 },
        { id: 'C', name: '丙', tier: '钻石', manager: '王芳', reasons: '高等级回访逾期', row: 6 },
      ],
    });
  });
});
