import type { CellValue } from '../../src/engine/cell/cellValue';
import { buildFollowUpPlanSheet, FOLLOW_UP_COL, planFollowUps } from '../../src/engine/tracking/followUpPlan';
import { followUpTrend, trackingOverview } from '../../src/engine/tracking/trackingOverview';
import { EFFECT_HISTORY_MARKER, historyHeader } from '../../src/engine/tracking/effectHistory';
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
      tiers: [], managers: [], planRows: 0, trend: [],
      watchlist: [
        { id: 'F', name: '己', tier: '普通', manager: '', reasons: '降级、满意度低', row: 4 },
        { id: 'C', name: '丙', tier: '钻石', manager: '王芳', reasons: '高等级回访逾期', row: 6 },
      ],
    });
  });

  /*
   * Two runs of 效果历史 (columns: run time, run date, tier, clients, assets total, average, score, due, done, completion,
   * rated, satisfaction). Run 1: 钻石 due 4, done 3, two ratings averaging 4.5; 黄金 due 6, done 3, one rating of 3 →
   * completion 6/10 = 60%, satisfaction (2 × 4.5 + 3) / 3 = 4. Run 2: 钻石 nothing due, no rating; 黄金 5 of 5, two
   * ratings of 5 → 100%, 5.
   */
  it('sums the effect history per run for the completion and satisfaction trend, the latest runs only', () => {
    const row = (run: string, date: string, tier: string, due: number, done: number, rated: number, satisfaction: number | null): CellValue[] =>
      [run, day(date), tier, 10, 1e6, 1e5, 80, due, done, due > 0 ? done / due : null, rated, satisfaction];
    const history: CellValue[][] = [[EFFECT_HISTORY_MARKER, 1, 'TierBook 效果历史'], historyHeader('zh-CN'),
      row('2026-06-30T09:00:00Z', '2026-06-30', '钻石', 4, 3, 2, 4.5), row('2026-06-30T09:00:00Z', '2026-06-30', '黄金', 6, 3, 1, 3),
      row('2026-07-31T09:00:00Z', '2026-07-31', '钻石', 0, 0, 0, null), row('2026-07-31T09:00:00Z', '2026-07-31', '黄金', 5, 5, 2, 5)];
    expect(followUpTrend(history)).toEqual([
      { run: '2026-06-30T09:00:00Z', runDate: day('2026-06-30'), due: 10, done: 6, completion: 0.6, satisfaction: 4 },
      { run: '2026-07-31T09:00:00Z', runDate: day('2026-07-31'), due: 5, done: 5, completion: 1, satisfaction: 5 },
    ]);
    expect(followUpTrend(history, 1).map((t) => t.run)).toEqual(['2026-07-31T09:00:00Z']);
    expect(trackingOverview(undefined, undefined, model, RUN, history).trend).toHaveLength(2);
    expect(followUpTrend([['not the history']])).toEqual([]);
  });
});
