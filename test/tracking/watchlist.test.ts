import type { CellValue } from '../../src/engine/cell/cellValue';
import { serialOfIsoDate } from '../../src/engine/cell/parseDateCell';
import type { TierModel } from '../../src/engine/model/types';
import { tierGrid } from '../../src/engine/run/tierClients';
import type { ContactEntry } from '../../src/engine/tracking/serviceLog';
import { buildWatchlist, buildWatchlistSheet } from '../../src/engine/tracking/watchlist';

const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
const RUN = day('2026-09-30');
const model: TierModel = {
  idColumn: '客户号', factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'minmax' }],
  tiers: [{ name: '钻石', minScore: 75 }, { name: '黄金', minScore: 50 }, { name: '普通', minScore: 0 }], missing: 'exclude',
};
const GRID: CellValue[][] = [['客户号', '总资产'], ['A', 100], ['B', 90], ['C', 60], ['D', 55], ['E', 0], ['F', 80]];
const contact = (id: string, iso: string, satisfaction: CellValue): ContactEntry => ({
  id, name: null, tier: null, manager: null, date: iso, serial: day(iso), way: '电话', satisfaction, note: null, address: 'x',
});

describe('retention watchlist (流失预警)', () => {
  const result = tierGrid(GRID, model);
  const contacts = [
    contact('A', '2026-08-01', 2), contact('A', '2026-09-01', 4), // the latest satisfaction counts: 4
    contact('B', '2026-07-01', 5), // 钻石, 30 days: overdue since 07-31
    contact('C', '2026-09-20', 1), contact('C', '2026-09-25', '很差'), // unreadable: the 1 stays the last readable one
    contact('F', '2026-10-05', 1), // after the run date: not counted
  ];
  const lastContact = new Map([['a', day('2026-09-01')], ['b', day('2026-07-01')], ['c', day('2026-09-25')]]);

  it('gives every reason that applies and sorts by tier, then assets at stake', () => {
    const entries = buildWatchlist(result, {
      dropped: [false, false, false, true, false, false],
      previousAssets: new Map([['e', 10], ['d', 70], ['a', 120]]), // E 10 → 0 (−100%), D 70 → 55 (−21%), A 120 → 100 (−17%)
      contacts, dedicated: [true, false, false], followUpDays: [30, 30, 90], lastContact, runDate: RUN,
    });
    expect(entries.map((e) => [result.table.ids[e.client], e.reasons, e.stake])).toEqual([
      ['B', ['overdueHighTier'], 90],
      ['C', ['lowSatisfaction'], 60],
      ['D', ['droppedTier'], 55],
      ['E', ['assetsFell'], 0],
    ]);
    expect(buildWatchlist(result, { contacts, dedicated: [true, false, false], followUpDays: [30, 30, 90], lastContact, runDate: RUN, previousAssets: new Map([['d', 70]]), assetDrop: 0.2 })
      .map((e) => [result.table.ids[e.client], e.reasons])).toEqual([['B', ['overdueHighTier']], ['C', ['lowSatisfaction']], ['D', ['assetsFell']]]);
  });

  it.each(['zh-CN', 'en-US'] as const)('is a sheet with every reason in words (%s)', (locale) => {
    const entries = buildWatchlist(result, { dropped: [false, true, false, false, false, false], contacts: [contact('B', '2026-09-01', 2)],
      dedicated: [true, false, false], followUpDays: [30, 30, 90], lastContact: new Map(), runDate: RUN });
    const sheet = buildWatchlistSheet(result, entries, undefined, result.table.ids.map(() => null), locale);
    expect(sheet.rows[4]).toEqual(['B', null, '钻石', null, 90, locale === 'zh-CN' ? '等级下降、最近一次满意度 ≤ 2' : 'dropped a tier, last satisfaction 2 or lower']);
  });
});
