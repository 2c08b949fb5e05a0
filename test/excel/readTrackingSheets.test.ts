import { EFFECT_HISTORY_MARKER, FOLLOW_UP_MARKER, MANAGER_ROSTER_MARKER, SNAPSHOT_MARKER, TRACKING_READS } from '../../src/engine';
import { readTrackingSheets } from '../../src/excel/readTrackingSheets';
import { DEFAULT_REQUEST_BUDGET } from '../../src/excel/requestBudget';
import { createFakeExcel } from '../fake-excel';

/*
 * The add-in's reading of the tracking sheets (TRACKING_READS, the list the runner follows too): the roster and the
 * plan by their marker cell whatever they are called, TierBook's marked sheet before a pasted copy; the service log
 * by its marker name alone; every sheet whole from A1, in chunks under the request budget, empty cells as null.
 */

const ROSTER = [['客户经理名册'], [MANAGER_ROSTER_MARKER], [], [], ['客户经理', '营业部', '在岗', '钻石'], ['李雷', '上海', '是', 2]];
const PLAN = [['回访计划'], [FOLLOW_UP_MARKER, 'v1'], [], [], ['客户号'], ['K01']];

describe('readTrackingSheets', () => {
  it('lists five reads, the service log without a marker cell', () => {
    expect(TRACKING_READS.map((r) => [r.field, r.markerCell ?? null])).toEqual([
      ['roster', MANAGER_ROSTER_MARKER], ['followUpPlan', FOLLOW_UP_MARKER], ['serviceLog', null],
      ['history', EFFECT_HISTORY_MARKER], ['snapshot', SNAPSHOT_MARKER]]);
  });

  it('finds renamed sheets by their marker cell, TierBook\'s own before a pasted copy, and the log by its marker name', async () => {
    const log = [['客户号', '客户姓名'], ['K01', '甲'], [null, null], ['K02', null, null, null, '2026/7/15']];
    const fake = createFakeExcel({
      sheets: { 客户清单: [['客户号'], ['K01']], 名册副本: [['copy'], [` ${MANAGER_ROSTER_MARKER} `]], 我的名册: ROSTER, 计划: PLAN, 记录: log },
      names: { _TierBook_sheet_managerRoster: '=我的名册!$A$1', _TierBook_sheet_serviceLog: '=记录!$A$1' },
    });
    const read = await readTrackingSheets(fake.host, DEFAULT_REQUEST_BUDGET);
    expect(read.roster?.sheetName).toBe('我的名册');
    expect(read.roster?.grid.slice(4)).toEqual([['客户经理', '营业部', '在岗', '钻石'], ['李雷', '上海', '是', 2]]);
    // Found by its marker cell: no marker name points at it.
    expect(read.followUpPlan?.sheetName).toBe('计划');
    expect(read.serviceLog).toEqual({
      sheetName: '记录',
      grid: [['客户号', '客户姓名', null, null, null], ['K01', '甲', null, null, null], [null, null, null, null, null], ['K02', null, null, null, '2026/7/15']],
    });
  });

  it('without the marker name, a pasted roster is found by its cell; a sheet called 服务记录 is not the log', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: [['客户号']], 名册副本: [['copy'], [MANAGER_ROSTER_MARKER]], 服务记录: [['客户号'], ['K01']] } });
    const read = await readTrackingSheets(fake.host, DEFAULT_REQUEST_BUDGET);
    expect(read.roster?.sheetName).toBe('名册副本');
    expect(read.followUpPlan).toBeUndefined();
    expect(read.serviceLog).toBeUndefined();
  });

  it('reads a long log in chunks under the budget, cell for cell, from A1 even when its used range starts lower', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [`K${i}`, '客户', '钻石', '王芳', 46_200 + (i % 30), '电话', 1 + (i % 5), `备注${i}`, '回访计划', '2026-06-30T09:30:00.000Z']);
    const fake = createFakeExcel({ sheets: { 客户清单: [['客户号']], 服务记录: { rows: 3_002, columns: 10, cell: (r, c) => (r < 2 ? null : rows[r - 2][c]) } }, names: { _TierBook_sheet_serviceLog: '=服务记录!$A$1' } });
    const budget = { bytes: 20_000, cells: 5_000_000 };
    fake.resetMetrics();
    const read = await readTrackingSheets(fake.host, budget);
    expect(read.serviceLog?.grid).toEqual([[], []].map(() => new Array(10).fill(null)).concat(rows));
    expect(fake.metrics.largestRequestBytes).toBeLessThanOrEqual(budget.bytes * 1.1);
    expect(fake.metrics.syncCount).toBeGreaterThan(10);
  });

  it('stops at a cancel between chunks', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: [['客户号']], 服务记录: { rows: 2_000, columns: 4, cell: (r, c) => (c === 0 ? `K${r}` : 'x') } }, names: { _TierBook_sheet_serviceLog: '=服务记录!$A$1' } });
    const controller = new AbortController();
    controller.abort();
    await expect(readTrackingSheets(fake.host, { bytes: 10_000, cells: 5_000_000 }, controller.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
