import type { CellValue } from '../../src/engine/cell/cellValue';
import { serialOfIsoDate } from '../../src/engine/cell/parseDateCell';
import { FOLLOW_UP_HEADER_ROW } from '../../src/engine/tracking/followUpPlan';
import {
  buildServiceLogSheet, harvestFollowUps, lastContacts, newContacts, readServiceLog, serviceLogHeader,
} from '../../src/engine/tracking/serviceLog';

const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
const RUN = day('2026-11-30');
const KNOWN = new Set(['k1', 'k2', 'k3']);

/** A plan as a manager left it: rows 6+ (1-based) hold TierBook's columns A–H and the manager's I–L. */
function plan(rows: CellValue[][]): CellValue[][] {
  const top: CellValue[][] = [['TierBook 回访计划'], ['TIERBOOK-FOLLOWUP', 1], ['help'], []];
  top[FOLLOW_UP_HEADER_ROW] = ['客户号', '客户姓名', '客户等级', '客户经理', '上次回访', '应回访日期', '优先级', '原因', '回访日期', '回访方式', '满意度', '备注'];
  return [...top, ...rows.map((r) => [r[0], `name-${String(r[0])}`, '钻石', '王芳', null, RUN, '高', '逾期未回访', ...r.slice(1)])];
}

describe('service log (服务记录): harvest, dedupe, problems with their cells', () => {
  it('reads every filled plan row, dates in every accepted form, cells kept as typed', () => {
    const grid = plan([
      ['K1', day('2026-11-05'), '电话', 5, 'ok'], // a real date (a serial)
      ['k2', '2026/11/5', '面谈', '4', null], // text date, satisfaction as text
      ['k3', '2026年11月6日', '企业微信', null, null],
      ['k1', null, null, null, null], // not filled: skipped
      ['k2', '2026-11-07', '电话', null, null],
    ]);
    const { entries, problems } = harvestFollowUps(grid, '回访计划', RUN, KNOWN);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.date, e.serial, e.way, e.satisfaction, e.address])).toEqual([
      ['K1', day('2026-11-05'), day('2026-11-05'), '电话', 5, "'回访计划'!I6"],
      ['k2', '2026/11/5', day('2026-11-05'), '面谈', '4', "'回访计划'!I7"],
      ['k3', '2026年11月6日', day('2026-11-06'), '企业微信', null, "'回访计划'!I8"],
      ['k2', '2026-11-07', day('2026-11-07'), '电话', null, "'回访计划'!I10"],
    ]);
  });

  it('reports a future date, satisfaction 7, an unknown client, an unreadable date and a contact without a date, and keeps them all', () => {
    const grid = plan([
      ['k1', '2026-12-25', '电话', 3, null],
      ['k2', '2026-11-01', '电话', 7, null],
      ['x9', '2026-11-01', '电话', 4, null],
      ['k3', '11月5号', '电话', 4, null],
      ['k3', null, null, 2, '没接通'],
    ]);
    const { entries, problems } = harvestFollowUps(grid, '回访计划', RUN, KNOWN);
    expect(entries).toHaveLength(5);
    expect(problems.map((p) => `${p.address}: ${p.message['en-US']}`)).toEqual([
      "'回访计划'!I6: the contact date 2026-12-25 is after the run date 2026-11-30; kept as typed",
      "'回访计划'!K7: the satisfaction \"7\" is not a whole number from 1 to 5; kept as typed, left out of averages",
      "'回访计划'!A8: the client \"x9\" is not in this run's client sheet; kept as typed",
      "'回访计划'!I9: the contact date \"11月5号\" is not a date (write 2026-11-05, 2026/11/5 or 2026年11月5日); kept as typed",
      "'回访计划'!I10: a contact without a date; kept as typed",
    ]);
    expect(problems[1].message['zh-CN']).toBe('满意度「7」不是 1–5 的整数；已原样保留，不计入平均');
  });

  it('appends only what the log lacks (same client, date and way: once), manager-typed log rows included', () => {
    const log: CellValue[][] = [
      serviceLogHeader('zh-CN'),
      ['k1', null, null, null, day('2026-11-05'), '电话', 5, null, '回访计划', '2026-11-10T00:00:00Z'],
      ['K2', '乙', '钻石', '王芳', '2026年11月5日', ' 面谈 ', 4, '经理手填', null, null], // typed by a manager
    ];
    const read = readServiceLog(log, '服务记录', RUN, KNOWN);
    expect(read.problems).toEqual([]);
    const harvested = harvestFollowUps(plan([
      ['k1', '2026-11-05', '电话', 5, null], // in the log (same day, other form)
      ['k2', day('2026-11-05'), '面谈', 4, null], // typed into the log by hand already
      ['k2', day('2026-11-05'), '电话', 3, null], // same day, other way: new
      ['k3', '2026-11-06', '电话', null, null],
      ['k3', '2026/11/6', '电话', null, null], // twice in the plan: once
    ]), '回访计划', RUN, KNOWN).entries;
    const added = newContacts(harvested, read.entries);
    expect(added.map((e) => [e.id, e.serial, e.way])).toEqual([['k2', day('2026-11-05'), '电话'], ['k3', day('2026-11-06'), '电话']]);
    expect(newContacts(harvested, [...read.entries, ...added])).toEqual([]); // a re-run adds nothing
    const sheet = buildServiceLogSheet(added, '2026-11-30T08:00:00Z', 'zh-CN');
    expect(sheet.appendOnly).toBe(true);
    expect(sheet.rows).toEqual([serviceLogHeader('zh-CN'),
      ['k2', 'name-k2', '钻石', '王芳', day('2026-11-05'), '电话', 3, null, '回访计划', '2026-11-30T08:00:00Z'],
      ['k3', 'name-k3', '钻石', '王芳', '2026-11-06', '电话', null, null, '回访计划', '2026-11-30T08:00:00Z']]);
    expect(lastContacts([...read.entries, ...added], RUN)).toEqual(new Map([['k1', day('2026-11-05')], ['k2', day('2026-11-05')], ['k3', day('2026-11-06')]]));
  });

  it('reports bad rows a manager typed into the log, with their cells, and reads the English header too', () => {
    const log: CellValue[][] = [serviceLogHeader('en-US'), ['k1', null, null, null, '2027-01-01', 'Phone', 0, null], ['zz', null, null, null, 46000, 'Phone', 5, null]];
    expect(readServiceLog(log, 'Service Log', RUN, KNOWN).problems.map((p) => p.address)).toEqual(["'Service Log'!E2", "'Service Log'!G2", "'Service Log'!A3"]);
  });
});
