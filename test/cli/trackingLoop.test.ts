import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { TRACKING_HEADERS, TRACKING_MODEL, TRACKING_RUN1 } from '../support/trackingScenario';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { recalculateXlsx } from '../support/libreoffice';
import { runCli } from './runCli';
import { loadXlsx as load, sheetNamed as sheet } from './xlsxWorkbook';

/*
 * The follow-up loop through the runner, three runs (docs/tracking.md), every figure checked by hand; the scenario
 * (test/support/trackingScenario.ts) is shared with the add-in's cross-host test (test/excel/trackingLoop.test.ts):
 * one min-max factor over 0…100 so a client's score is its assets; 钻石 ≥ 75, 黄金 ≥ 50, 普通 below. The default
 * templates: 钻石 every 30 days with a dedicated manager, 黄金 30, 普通 90.
 */
const MODEL = TRACKING_MODEL;
const HEADERS = TRACKING_HEADERS;
const RUN1 = TRACKING_RUN1;

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (v: ExcelJS.CellValue): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** Rows of a sheet from 1-based row `from`, as plain values (dates as yyyy-mm-dd), A to `columns`. */
function rowsOf(ws: ExcelJS.Worksheet, from: number, columns: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = from; r <= ws.rowCount; r++) out.push(Array.from({ length: columns }, (_, c) => iso(ws.getCell(r, c + 1).value)));
  return out.filter((r) => r.some((v) => v !== null && v !== undefined));
}

/** Numbers to 4 decimals, so hand-computed thirds compare. */
const round4 = (rows: unknown[][]): unknown[][] => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v)));

/** Each run has its own clock, so the history's run times are known. */
const at = (isoTime: string): { now: () => Date } => ({ now: () => new Date(isoTime) });

/** The plan's row (1-based) of a client. */
function planRow(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 6; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
  throw new Error(`no plan row for ${id}`);
}

describe('the follow-up loop through the runner: three runs', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-tracking-'); });
  afterAll(() => removeTempDir(dir));

  it('proposes managers, plans follow-ups, logs every filled entry once and reports bad ones with their cells', async () => {
    const modelFile = path.join(dir, 'model.json');
    fs.writeFileSync(modelFile, JSON.stringify(MODEL));
    const input = await writeGridXlsx([HEADERS, ...RUN1], '客户清单', path.join(dir, 'in.xlsx'));
    const out1 = path.join(dir, 'run1.xlsx');
    expect((await runCli([input, '-o', out1, '--model', modelFile, '--run-date', '2026-06-30'], at('2026-06-30T09:00:00Z'))).code).toBe(0);

    // Run 1: no roster yet (one is written with its example); everybody is due today, nobody has a contact.
    let wb = await load(out1);
    expect(rowsOf(sheet(wb, '客户经理名册'), 5, 6)).toEqual([['客户经理', '营业部', '在岗', '钻石', '黄金', '普通'], ['示例经理', '示例营业部', '否', 30, 80, 150]]);
    expect(rowsOf(sheet(wb, '回访计划'), 6, 8)).toEqual([
      ['K01', '甲', '钻石', null, null, '2026-06-30', '中', '尚无回访记录'],
      ['K02', '乙', '钻石', '王芳', null, '2026-06-30', '中', '尚无回访记录'],
      ['K03', '丙', '钻石', null, null, '2026-06-30', '中', '尚无回访记录'],
      ['K04', '丁', '黄金', null, null, '2026-06-30', '中', '尚无回访记录'],
      ['K05', '戊', '普通', null, null, '2026-06-30', '中', '尚无回访记录'],
    ]);
    expect(rowsOf(sheet(wb, '服务记录'), 1, 10)).toHaveLength(1); // the header
    // K02's 王芳 is not on any roster: the relationship is kept; K01 and K03 cannot be placed without a roster.
    expect(rowsOf(sheet(wb, '客户经理负荷'), 7, 5)).toEqual([
      ['客户号', '客户姓名', '等级', '营业部', '原因'], ['K01', '甲', '钻石', '上海', '没有客户经理名册（或名册为空）'], ['K03', '丙', '钻石', '上海', '没有客户经理名册（或名册为空）']]);

    // Between runs: the team fills the roster (with mistakes) and two plan rows; the data changes.
    const roster = sheet(wb, '客户经理名册');
    [['李雷', '上海', '是', 1, 5, 5], ['王芳', '北京', '是', 2, 5, 5], ['王芳', '北京', '是', 1, 1, 1], ['张伟', null, '是', 'x', 1, 1]]
      .forEach((r, i) => r.forEach((v, c) => { roster.getCell(6 + i, c + 1).value = v; }));
    let plan = sheet(wb, '回访计划');
    Object.assign(plan.getRow(planRow(plan, 'K01')).getCell(9), { value: utc('2026-06-28') });
    plan.getCell(planRow(plan, 'K01'), 10).value = '电话'; plan.getCell(planRow(plan, 'K01'), 11).value = 5;
    plan.getCell(planRow(plan, 'K02'), 9).value = '2026/6/29'; plan.getCell(planRow(plan, 'K02'), 10).value = '面谈'; plan.getCell(planRow(plan, 'K02'), 11).value = 4;
    const clients = sheet(wb, '客户清单');
    clients.getCell('C4').value = 40; // K03 falls to 普通
    clients.getCell('C5').value = 85; // K04 rises to 钻石
    const filled1 = path.join(dir, 'filled1.xlsx');
    await wb.xlsx.writeFile(filled1);

    const out2 = path.join(dir, 'run2.xlsx');
    expect((await runCli([filled1, '-o', out2, '--model', modelFile, '--run-date', '2026-07-10'], at('2026-07-10T09:00:00Z'))).code).toBe(0);
    wb = await load(out2);
    // Both filled rows are logged, cells as typed (the text date stays text).
    expect(rowsOf(sheet(wb, '服务记录'), 2, 8)).toEqual([
      ['K01', '甲', '钻石', null, '2026-06-28', '电话', 5, null],
      ['K02', '乙', '钻石', '王芳', '2026/6/29', '面谈', 4, null],
    ]);
    // 钻石 needs a dedicated manager: K01 (上海, 100) → 李雷, the one 上海 manager; K04 (上海, 85) → 李雷 is full (1),
    // so any branch: 王芳 (1 of 2; 张伟's 钻石 capacity "x" reads as 0). K02 keeps 王芳.
    const column = (ws: ExcelJS.Worksheet, header: string): unknown[] => {
      const c = (ws.getRow(1).values as unknown[]).indexOf(header);
      return [2, 3, 4, 5, 6].map((r) => ws.getCell(r, c).value);
    };
    expect(column(sheet(wb, '客户清单'), '建议客户经理')).toEqual(['李雷', null, null, '王芳', null]);
    const load2 = sheet(wb, '客户经理负荷');
    expect(rowsOf(load2, 5, 9).slice(0, 3)).toEqual([
      ['李雷', '上海', '是', '钻石', 0, 1, 1, 1, 0], ['李雷', '上海', '是', '黄金', 0, 0, 0, 5, 5], ['李雷', '上海', '是', '普通', 0, 0, 0, 5, 5],
    ]);
    expect(rowsOf(load2, 8, 9)[0]).toEqual(['王芳', '北京', '是', '钻石', 1, 1, 2, 2, 0]);
    const problems2 = rowsOf(load2, 1, 2).filter((r) => typeof r[0] === 'string' && r[0].startsWith("'"));
    expect(problems2).toEqual([
      ["'客户经理名册'!A8", '客户经理「王芳」重复（已在第 7 行），本行未读取'],
      ["'客户经理名册'!B9", '客户经理「张伟」没有营业部'],
      ["'客户经理名册'!D9", '容量「x」不是非负整数；按 0 处理'],
    ]);
    // The plan: tier changes (K04 up, K03 down) and K05 (no contact) now; K01 and K02 by their interval.
    // K03 dropped a tier, and its assets fell from 80 (run 1's snapshot) to 40, −50%, past the 30%: on the watchlist, so first.
    expect(rowsOf(sheet(wb, '流失预警'), 4, 6)).toEqual([['客户号', '客户姓名', '客户等级', '客户经理', '资产', '预警原因'], ['K03', '丙', '普通', null, 40, '等级下降、资产较上次下降超过阈值']]);
    expect(rowsOf(sheet(wb, '回访计划'), 6, 8)).toEqual([
      ['K03', '丙', '普通', null, null, '2026-07-10', '高', '流失预警、等级变动、尚无回访记录'],
      ['K04', '丁', '钻石', '王芳', null, '2026-07-10', '中', '等级变动、尚无回访记录'],
      ['K05', '戊', '普通', null, null, '2026-07-10', '中', '尚无回访记录'],
      ['K01', '甲', '钻石', '李雷', '2026-06-28', '2026-07-28', '低', '按周期回访'],
      ['K02', '乙', '钻石', '王芳', '2026-06-29', '2026-07-29', '低', '按周期回访'],
    ]);

    // With --asset-drop 60, K03's −50% is no reason; it stays on the watchlist for its tier drop only.
    const out2b = path.join(dir, 'run2b.xlsx');
    expect((await runCli([filled1, '-o', out2b, '--model', modelFile, '--run-date', '2026-07-10', '--asset-drop', '60'])).code).toBe(0);
    expect(rowsOf(sheet(await load(out2b), '流失预警'), 5, 6)).toEqual([['K03', '丙', '普通', null, 40, '等级下降']]);

    // Between runs: more entries, bad ones included, one already logged; a manager types two rows into the log.
    plan = sheet(wb, '回访计划');
    const fill = (id: string, values: ExcelJS.CellValue[]): void => values.forEach((v, i) => { plan.getCell(planRow(plan, id), 9 + i).value = v; });
    fill('K04', ['2026年7月8日', '电话', 2]); // unhappy: on the next watchlist
    fill('K03', ['2026-07-09', '电话', 7]);
    fill('K05', ['2026-08-01', '面谈', 2]);
    fill('K01', [utc('2026-06-28'), '电话', 5]); // already in the log
    const log = sheet(wb, '服务记录');
    log.getCell('A4').value = 'K02'; log.getCell('E4').value = '2026/7/15'; log.getCell('F4').value = '电话'; log.getCell('G4').value = 5; log.getCell('H4').value = '经理手填';
    log.getCell('A5').value = 'X99'; log.getCell('E5').value = '2026-07-01'; log.getCell('F5').value = '电话'; log.getCell('G5').value = 4;
    sheet(wb, '客户清单').getCell('C3').value = 88; // K02 90 → 88: −2.2%, not a drop past 30%; still 钻石
    const filled2 = path.join(dir, 'filled2.xlsx');
    await wb.xlsx.writeFile(filled2);

    const out3 = path.join(dir, 'run3.xlsx');
    expect((await runCli([filled2, '-o', out3, '--model', modelFile, '--run-date', '2026-07-20'], at('2026-07-20T09:00:00Z'))).code).toBe(0);
    wb = await load(out3);
    const logged = rowsOf(sheet(wb, '服务记录'), 2, 8);
    expect(logged).toEqual([
      ['K01', '甲', '钻石', null, '2026-06-28', '电话', 5, null],
      ['K02', '乙', '钻石', '王芳', '2026/6/29', '面谈', 4, null],
      ['K02', null, null, null, '2026/7/15', '电话', 5, '经理手填'],
      ['X99', null, null, null, '2026-07-01', '电话', 4, null],
      ['K03', '丙', '普通', null, '2026-07-09', '电话', 7, null], // in the order of the plan they came from
      ['K04', '丁', '钻石', '王芳', '2026年7月8日', '电话', 2, null],
      ['K05', '戊', '普通', null, '2026-08-01', '面谈', 2, null],
    ]);
    const problems3 = rowsOf(sheet(wb, '客户经理负荷'), 1, 2).filter((r) => typeof r[0] === 'string' && r[0].startsWith("'")).map((r) => r[0]);
    expect(problems3).toEqual(["'客户经理名册'!A8", "'客户经理名册'!B9", "'客户经理名册'!D9", "'回访计划'!K6", "'回访计划'!I8", "'服务记录'!A5"]);
    // K04's last satisfaction was 2: watchlist, top of the plan, due now. K03 stays 普通 (no drop this time; its 7 is
    // unreadable) and K05's 2 is dated after the run date: neither is watched. K02's typed contact of 07-15 counts: due
    // 08-14; K03 (普通, 07-09) is next due in October.
    expect(rowsOf(sheet(wb, '流失预警'), 5, 6)).toEqual([['K04', '丁', '钻石', '王芳', 85, '最近一次满意度 ≤ 2']]);
    expect(rowsOf(sheet(wb, '回访计划'), 6, 8)).toEqual([
      ['K04', '丁', '钻石', '王芳', '2026-07-08', '2026-07-20', '高', '流失预警'],
      ['K05', '戊', '普通', null, null, '2026-07-20', '中', '尚无回访记录'],
      ['K01', '甲', '钻石', '李雷', '2026-06-28', '2026-07-28', '低', '按周期回访'],
      ['K02', '乙', '钻石', '王芳', '2026-07-15', '2026-08-14', '低', '按周期回访'],
    ]);

    // 效果历史: one row per run and tier, appended (B run date … W retained asset change %), every figure by hand.
    // Run 1: no snapshot or plan before it: only the tier's own figures. Run 2 against run 1's snapshot (06-30) and plan
    // (all five due 06-30): 钻石 K01 and K02 logged (2 of 3), ratings 5 and 4; K04 黄金 → 钻石 (up), K03 钻石 → 普通
    // (down); 黄金's one client (K04, 60 → 85) is retained above it. Run 3 against run 2's: due by 07-20 are K03, K04,
    // K05 (K01 and K02 later); K03 (07-09) and K04 (07-08) logged, K05's contact is dated after the run; the period's
    // ratings are K04's 2 and K02's typed 5 of 07-15 (K03's 7 is unreadable; X99 is no client); K02 90 → 88.
    const history = sheet(wb, '效果历史');
    expect(history.getCell('A1').value).toBe('TIERBOOK-EFFECT-HISTORY');
    expect(rowsOf(history, 2, 23)[0]).toEqual(['运行时间', '运行日期', '等级', '客户数', '资产合计', '平均资产', '平均得分', '应回访', '已回访', '回访完成率',
      '满意度样本', '平均满意度', '升入', '降入', '升出', '降出', '上次客户数', '留存客户', '留存率', '留存客户上次资产', '留存客户本次资产', '留存客户资产变化', '留存客户资产变化率']);
    const n = null;
    expect(round4(rowsOf(history, 3, 23))).toEqual([
      ['2026-06-30T09:00:00.000Z', '2026-06-30', '钻石', 3, 270, 90, 90, 0, 0, n, 0, n, n, n, n, n, n, n, n, n, n, n, n],
      ['2026-06-30T09:00:00.000Z', '2026-06-30', '黄金', 1, 60, 60, 60, 0, 0, n, 0, n, n, n, n, n, n, n, n, n, n, n, n],
      ['2026-06-30T09:00:00.000Z', '2026-06-30', '普通', 1, 0, 0, 0, 0, 0, n, 0, n, n, n, n, n, n, n, n, n, n, n, n],
      ['2026-07-10T09:00:00.000Z', '2026-07-10', '钻石', 3, 275, 91.6667, 91.6667, 3, 2, 0.6667, 2, 4.5, 1, 0, 0, 1, 3, 2, 0.6667, 190, 190, 0, 0],
      ['2026-07-10T09:00:00.000Z', '2026-07-10', '黄金', 0, n, n, n, 1, 0, 0, 0, n, 0, 0, 1, 0, 1, 1, 1, 60, 85, 25, 0.4167],
      ['2026-07-10T09:00:00.000Z', '2026-07-10', '普通', 2, 40, 20, 20, 1, 0, 0, 0, n, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, n],
      ['2026-07-20T09:00:00.000Z', '2026-07-20', '钻石', 3, 273, 91, 91, 1, 1, 1, 2, 3.5, 0, 0, 0, 0, 3, 3, 1, 275, 273, -2, -0.0073],
      ['2026-07-20T09:00:00.000Z', '2026-07-20', '黄金', 0, n, n, n, 0, 0, n, 0, n, 0, 0, 0, 0, 0, 0, n, 0, 0, 0, n],
      ['2026-07-20T09:00:00.000Z', '2026-07-20', '普通', 2, 40, 20, 20, 2, 1, 0.5, 0, n, 0, 0, 0, 0, 2, 2, 1, 40, 40, 0, 0],
    ]);
    // 效果评估: the three runs side by side per tier (percentages to 0.1), then this period per manager. 王芳 is due K04
    // (done) and is credited K04's 2 and K02's typed 5 (K02 is hers); rows without a manager: K03 done, K05 not.
    const effect = sheet(wb, '效果评估');
    expect(rowsOf(effect, 4, 4).slice(0, 14)).toEqual([
      ['钻石', '2026-06-30', '2026-07-10', '2026-07-20'],
      ['客户数', 3, 3, 3], ['资产合计', 270, 275, 273], ['平均资产', 90, 91.67, 91], ['平均得分', 90, 91.67, 91],
      ['回访完成率（%）', n, 66.7, 100], ['平均满意度', n, 4.5, 3.5], ['留存率（%）', n, 66.7, 100],
      ['留存客户资产变化', n, 0, -2], ['留存客户资产变化（%）', n, 0, -0.7],
      ['升入', n, 1, 0], ['降入', n, 0, 0], ['升出', n, 0, 0], ['降出', n, 1, 0],
    ]);
    const managers = rowsOf(effect, 1, 8);
    const managerHeader = managers.findIndex((r) => r[0] === '客户经理');
    expect(managers.slice(managerHeader - 1, managerHeader + 5)).toEqual([
      ['本期：2026-07-10 之后至 2026-07-20', n, n, n, n, n, n, n],
      ['客户经理', '名下客户', '本期回访客户', '应回访', '已回访', '完成率（%）', '满意度样本', '平均满意度'],
      ['张伟', 0, 0, 0, 0, n, 0, n],
      ['李雷', 1, 0, 0, 0, n, 0, n],
      ['王芳', 2, 2, 1, 1, 100, 2, 3.5],
      ['（未指定客户经理）', 2, 1, 2, 1, 50, 0, n],
    ]);
    // Last, clients per tier by run: what the add-in draws its line chart from (the runner draws none).
    expect(rowsOf(effect, 1, 4).slice(-5)).toEqual([
      ['各等级客户数（按运行）', n, n, n], ['运行日期', '钻石', '黄金', '普通'],
      ['2026-06-30', 3, 1, 1], ['2026-07-10', 3, 0, 2], ['2026-07-20', 3, 0, 2],
    ]);
    // The snapshot the next run compares with: this run's tiers and assets.
    expect(rowsOf(sheet(wb, '客户快照'), 1, 3)[0]).toEqual(['TIERBOOK-SNAPSHOT', 1, '2026-07-20']);
    expect(rowsOf(sheet(wb, '客户快照'), 3, 3)).toEqual([['K01', '钻石', 100], ['K02', '钻石', 88], ['K03', '普通', 40], ['K04', '钻石', 85], ['K05', '普通', 0]]);

    // LibreOffice opens the runner's output and reads the effect sheets the same.
    const office = await recalculateXlsx(out3);
    expect(office.sheet('效果评估').value('A4')).toBe('钻石');
    expect(office.sheet('效果评估').value('D5')).toBe(3);
    expect(office.sheet('效果评估').value('C9')).toBe(66.7);
    expect(office.sheet('效果历史').value('A1')).toBe('TIERBOOK-EFFECT-HISTORY');
    expect(office.sheet('效果历史').value('W9')).toBeCloseTo(-2 / 275, 12);
    expect(office.sheet('客户快照').value('C4')).toBe(88);

    // A fourth run with nothing filled adds nothing: no duplicates, nothing lost.
    const out4 = path.join(dir, 'run4.xlsx');
    expect((await runCli([out3, '-o', out4, '--model', modelFile, '--run-date', '2026-07-21'])).code).toBe(0);
    expect(rowsOf(sheet(await load(out4), '服务记录'), 2, 8)).toEqual(logged);
  }, 240_000);
});
