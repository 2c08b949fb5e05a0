import {
  buildFollowUpPlanSheet, FOLLOW_UP_COL, FOLLOW_UP_HEADER_ROW, FOLLOW_UP_MARKER, planFollowUps, SPARE_VALIDATED_ROWS,
} from '../../src/engine/tracking/followUpPlan';
import { clients, day, model, options, RUN } from './followUpFixture';

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
