/** The follow-up plan's fixture, shared by the plan's tests and the Tracking view's (trackingOverview). */
import { serialOfIsoDate } from '../../src/engine/cell/parseDateCell';
import { text } from '../../src/engine/i18n/locale';
import type { FollowUpClients } from '../../src/engine/tracking/followUpPlan';

export const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
export const RUN = day('2026-06-30');
export const model = { tiers: [{ name: '钻石', minScore: 80, label: text('钻石', 'Diamond') }, { name: '黄金', minScore: 50 }, { name: '普通', minScore: 0 }] };

/*
 * Intervals: 钻石 30 days, 黄金 60, 普通 none. Run date 2026-06-30, horizon 30 days (through 2026-07-30).
 *   A 钻石, last 2026-05-20 → due 06-19: overdue (high)
 *   B 钻石, last 2026-06-20 → due 07-20: scheduled (low)
 *   C 钻石, no contact → due 06-30: no contact on record (medium)
 *   D 黄金, last 2026-06-25 → due 08-24: beyond the horizon, not planned
 *   E 黄金, last 2026-06-25, tier changed → due 06-30 (tier change, medium)
 *   F 普通 on the watchlist → due 06-30, first (high)
 *   G 普通, no schedule → not planned
 *   H untiered → never
 */
export const clients: FollowUpClients = {
  ids: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
  names: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'],
  tierIndex: Int16Array.from([0, 0, 0, 1, 1, 2, 2, -1]),
  scores: Float64Array.from([90, 85, 95, 60, 55, 10, 20, NaN]),
  managers: ['王芳', '王芳', null, '李雷', '李雷', null, null, null],
  tierChanged: [false, false, false, false, true, false, false, false],
};
export const options = {
  runDate: RUN, followUpDays: [30, 60, undefined],
  lastContact: new Map([['a', day('2026-05-20')], ['b', day('2026-06-20')], ['d', day('2026-06-25')], ['e', day('2026-06-25')]]), // clientKey: case-folded
  watchlist: new Set([5]),
};
