import { serialOfIsoDate } from '../../src/engine/cell/parseDateCell';
import { text } from '../../src/engine/i18n/locale';
import {
  buildFollowUpPlanSheet, FOLLOW_UP_COL, FOLLOW_UP_HEADER_ROW, FOLLOW_UP_MARKER, planFollowUps, SPARE_VALIDATED_ROWS, type FollowUpClients,
} from '../../src/engine/tracking/followUpPlan';

const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
const RUN = day('2026-06-30');
const model = { tiers: [{ name: '钻石', minScore: 80, label: text('钻石', 'Diamond') }, { name: '黄金', minScore: 50 }, { name: '普通', minScore: 0 }] };

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
const clients: FollowUpClients = {
  ids: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
  names: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'],
  tierIndex: Int16Array.from([0, 0, 0, 1, 1, 2, 2, -1]),
  scores: Float64Array.from([90, 85, 95, 60, 55, 10, 20, NaN]),
  managers: ['王芳', '王芳', null, '李雷', '李雷', null, null, null],
  tierChanged: [false, false, false, false, true, false, false, false],
};
const options = {
  runDate: RUN, followUpDays: [30, 60, undefined],
  lastContact: new Map([['a', day('2026-05-20')], ['b', day('2026-06-20')], ['d', day('2026-06-25')], ['e', day('2026-06-25')]]), // clientKey: case-folded
  watchlist: new Set([5]),
};

describe('follow-up plan (回访计划)', () => {
  it('plans who is due within the horizon, watchlist first, then by priority, tier, due date', () => {
    const rows = planFollowUps(clients, options);
    expect(rows.map((r) => [clients.ids[r.client], r.priority, r.due, r.reasons])).toEqual([
      ['F', 1, RUN, ['watchlist', 'firstContact']],
      ['A', 1, day('2026-06-19'), ['overdue']],
      ['C', 2, RUN, ['firstContact']],
      ['E', 2, RUN, ['tierChange']],
      ['B', 3, day('2026-07-20'), ['scheduled']],
    ]);
    expect(planFollowUps(clients, { ...options, horizonDays: 60 }).map((r) => clients.ids[r.client])).toEqual(['F', 'A', 'C', 'E', 'B', 'D']);
  });

  it.each(['zh-CN', 'en-US'] as const)('writes the rows with dates as serials, empty manager columns and their validation (%s)', (locale) => {
    const rows = planFollowUps(clients, options);
    const sheet = buildFollowUpPlanSheet(clients, rows, model, options, locale);
    expect(sheet.rows[1].slice(0, 2)).toEqual([FOLLOW_UP_MARKER, 1]);
    expect(sheet.rows[FOLLOW_UP_HEADER_ROW]).toEqual(locale === 'zh-CN'
      ? ['客户号', '客户姓名', '客户等级', '客户经理', '上次回访', '应回访日期', '优先级', '原因', '回访日期', '回访方式', '满意度', '备注']
      : ['Client ID', 'Client name', 'Tier', 'Account manager', 'Last contact', 'Due', 'Priority', 'Reason', 'Contact date', 'Way', 'Satisfaction', 'Note']);
    expect(sheet.rows[FOLLOW_UP_HEADER_ROW + 1]).toEqual(locale === 'zh-CN'
      ? ['F', '己', '普通', null, null, RUN, '高', '流失预警、尚无回访记录']
      : ['F', '己', '普通', null, null, RUN, 'High', 'on the watchlist, no contact on record']);
    expect(sheet.rows[FOLLOW_UP_HEADER_ROW + 2]).toEqual(['A', '甲', locale === 'zh-CN' ? '钻石' : 'Diamond', '王芳', day('2026-05-20'), day('2026-06-19'),
      locale === 'zh-CN' ? '高' : 'High', locale === 'zh-CN' ? '逾期未回访' : 'overdue']);
    expect(sheet.numberFormats).toEqual({ [FOLLOW_UP_COL.lastContact]: 'yyyy-mm-dd', [FOLLOW_UP_COL.due]: 'yyyy-mm-dd', [FOLLOW_UP_COL.contactDate]: 'yyyy-mm-dd' });
    expect(sheet.validations?.map((v) => [v.block, v.rule.kind])).toEqual([8, 9, 10].map((column, i) => [
      { row: FOLLOW_UP_HEADER_ROW + 1, column, rowCount: 5 + SPARE_VALIDATED_ROWS, columnCount: 1 }, ['date', 'list', 'wholeNumber'][i]]));
    expect(sheet.validations?.[1].rule).toEqual({ kind: 'list', values: locale === 'zh-CN' ? ['电话', '面谈', '企业微信', '短信', '邮件', '视频'] : ['Phone', 'Meeting', 'WeCom', 'SMS', 'Email', 'Video'] });
    expect(sheet.validations?.[2].rule).toEqual({ kind: 'wholeNumber', min: 1, max: 5 });
  });
});
