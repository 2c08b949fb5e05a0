import { serialOfIsoDate, type CellValue } from '../../src/engine';
import { createOfficeWorkbookGateway, writeReportOf, type OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import {
  EDITS_AFTER_RUN1, EDITS_AFTER_RUN2, PLAN_FIRST_ROW, TRACKING_HEADERS, TRACKING_MODEL, TRACKING_RUN1, TRACKING_RUN_DATES, LOOP_SHEET_NAMES,
  type TrackingEdit,
} from '../support/trackingScenario';
import { trackingPlan, trackingRun, trimmedGrid } from './trackingRuns';
import { expectConsistent } from './workbookChecks';

/*
 * Data safety of the follow-up loop in the add-in (docs/tracking.md "Data safety"): the run that harvests the filled
 * plan rows appends them to 服务记录 in a request of its own before the request that clears the plan. Whatever stops
 * the run (a cancel at 10/50/90% of the write, a failed request at any sync), every filled entry is still in the
 * workbook, in the plan as typed or in the log; the log's earlier rows are untouched; and a re-run logs each entry
 * exactly once. removeTierBookOutput keeps the roster, the plan and the log.
 */

/** A small request budget, so that even five clients' sheets take many requests and a stop can land between them. */
const BUDGET = { bytes: 2_500 };
const CLIENTS = '客户清单';
const MANAGER_COLUMNS = 4; // 回访日期, 回访方式, 满意度, 备注 from column I

function applyEdits(fake: FakeExcel, edits: readonly TrackingEdit[]): void {
  for (const edit of edits) {
    const sheet = fake.sheet(edit.sheet);
    const cells = edit.cells.map((v): CellValue => (v !== null && typeof v === 'object' ? serialOfIsoDate(v.date) ?? null : v));
    if (typeof edit.at === 'string') { sheet.set(edit.at, [cells]); continue; }
    const grid = sheet.grid();
    const { client, column } = edit.at;
    const row = grid.findIndex((r, i) => i >= PLAN_FIRST_ROW - 1 && r[0] === client);
    sheet.set(`${String.fromCharCode(65 + column)}${row + 1}`, [cells]);
  }
}

/** The workbook as the team leaves it before run 3: two runs done, the plan filled in, two rows typed into the log. */
async function beforeRun3(): Promise<{ fake: FakeExcel; gateway: OfficeWorkbookGateway }> {
  const fake = createFakeExcel({ sheets: { [CLIENTS]: [TRACKING_HEADERS, ...TRACKING_RUN1] } });
  fake.select(CLIENTS, 'A2');
  const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN', requestBudget: BUDGET });
  await trackingRun(gateway, TRACKING_MODEL, TRACKING_RUN_DATES[0]);
  applyEdits(fake, EDITS_AFTER_RUN1);
  await trackingRun(gateway, TRACKING_MODEL, TRACKING_RUN_DATES[1]);
  applyEdits(fake, EDITS_AFTER_RUN2);
  return { fake, gateway };
}

const RUN3 = TRACKING_RUN_DATES[2];
const log = (fake: FakeExcel): CellValue[][] => trimmedGrid(fake.sheet('服务记录').grid());

/** Each filled plan row: its client and the manager's four cells, as typed. */
function filledEntries(fake: FakeExcel): { client: CellValue; cells: CellValue[] }[] {
  const grid = fake.sheet('回访计划').grid();
  return grid.slice(PLAN_FIRST_ROW - 1)
    .map((r) => ({ client: r[0] ?? null, cells: Array.from({ length: MANAGER_COLUMNS }, (_, i) => (r[8 + i] === '' || r[8 + i] === undefined ? null : r[8 + i])) }))
    .filter((e) => e.cells.some((v) => v !== null));
}

const PROBLEMS_TITLE = '名册、回访计划与服务记录中的问题（已原样保留）';

/**
 * The loop's sheets, the load sheet without its problems block: a re-run after a stop finds a bad entry where it is
 * then (still in the plan, or already in the log), so the same problem may carry another cell.
 */
function trackingSheets(fake: FakeExcel): Record<string, CellValue[][]> {
  return Object.fromEntries(LOOP_SHEET_NAMES.map((name) => {
    const grid = trimmedGrid(fake.sheet(name).grid());
    const problems = grid.findIndex((r) => r[0] === PROBLEMS_TITLE);
    return [name, name === '客户经理负荷' && problems >= 0 ? grid.slice(0, problems) : grid];
  }));
}

let logBefore: CellValue[][];
let historyBefore: CellValue[][];
let entriesBefore: { client: CellValue; cells: CellValue[] }[];
let reference: Record<string, CellValue[][]>;
let harvested: CellValue[][];

beforeAll(async () => {
  const { fake, gateway } = await beforeRun3();
  logBefore = log(fake);
  historyBefore = trimmedGrid(fake.sheet('效果历史').grid());
  expect(historyBefore.length).toBeGreaterThan(2);
  entriesBefore = filledEntries(fake);
  expect(entriesBefore.map((e) => e.client)).toEqual(['K03', 'K04', 'K05', 'K01']);
  await trackingRun(gateway, TRACKING_MODEL, RUN3);
  reference = trackingSheets(fake);
  harvested = reference['服务记录'].slice(logBefore.length);
  // K01's entry was logged by run 2: three new rows, in plan order.
  expect(harvested.map((r) => r[0])).toEqual(['K03', 'K04', 'K05']);
});

/**
 * What a stopped run must leave: the log's earlier rows exactly, then a prefix of the rows the full run appends; and
 * every entry filled before the run either still in the plan, as typed, or among the log's rows.
 */
function expectNothingLost(fake: FakeExcel): void {
  const now = log(fake);
  expect(now.slice(0, logBefore.length)).toEqual(logBefore);
  // The effect history is append-only too: a stop never rewrites or drops an earlier run's rows.
  expect(trimmedGrid(fake.sheet('效果历史').grid()).slice(0, historyBefore.length)).toEqual(historyBefore);
  const appended = now.slice(logBefore.length);
  expect(appended).toEqual(harvested.slice(0, appended.length));
  const inPlan = filledEntries(fake);
  for (const entry of entriesBefore) {
    const kept = inPlan.some((e) => e.client === entry.client && JSON.stringify(e.cells) === JSON.stringify(entry.cells));
    const logged = now.some((r) => r[0] === entry.client && r[4] === entry.cells[0] && r[5] === entry.cells[1] && (r[6] ?? null) === entry.cells[2]);
    expect({ client: entry.client, safe: kept || logged }).toEqual({ client: entry.client, safe: true });
  }
}

describe('a tracking run stopped part of the way', () => {
  it.each([0.1, 0.5, 0.9])('cancelled at %p: the log keeps its rows, no filled entry is lost, and a re-run logs each once', async (share) => {
    const { fake, gateway } = await beforeRun3();
    const original = fake.sheetNames();
    const plan = await trackingPlan(gateway, TRACKING_MODEL, RUN3);
    const controller = new AbortController();
    const report = await gateway.writePlan(plan, {
      signal: controller.signal, onProgress: (p) => { if (p.done / p.total >= share) controller.abort(); },
    });
    expect(report.incomplete).toBe(true);
    // The write's progress starts after the log's rows went in: the plan may be cleared, the entries are logged.
    expect(log(fake)).toEqual(reference['服务记录']);
    expectNothingLost(fake);
    expectConsistent(fake, original, CLIENTS, TRACKING_HEADERS.length - 1);

    expect((await trackingRun(gateway, TRACKING_MODEL, RUN3)).incomplete).toBe(false);
    expect(trackingSheets(fake)).toEqual(reference);
  });

  it.each([1, 2, 3, 4, 5, 6, 8, 12])('failing at its sync #%p: the log keeps its rows, no filled entry is lost, and a re-run logs each once', async (n) => {
    const { fake, gateway } = await beforeRun3();
    const original = fake.sheetNames();
    const plan = await trackingPlan(gateway, TRACKING_MODEL, RUN3);
    fake.failNextSync('GeneralException', 'injected', n);
    const error = await gateway.writePlan(plan).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'WritePlanError' });
    expect(writeReportOf(error)?.incomplete).toBe(true);
    expectNothingLost(fake);
    expectConsistent(fake, original, CLIENTS, TRACKING_HEADERS.length - 1);
    // Syncs 1–2 inspect the workbook and 3 appends the log: until 3 succeeded the plan is as it was, entries and all.
    if (n <= 3) {
      expect(log(fake)).toEqual(logBefore);
      expect(filledEntries(fake)).toEqual(entriesBefore);
    } else {
      expect(log(fake)).toEqual(reference['服务记录']);
    }

    expect((await trackingRun(gateway, TRACKING_MODEL, RUN3)).incomplete).toBe(false);
    expect(trackingSheets(fake)).toEqual(reference);
  });

  it('cancelled, then cleaned up: removeTierBookOutput keeps the roster, the plan and the log', async () => {
    const { fake, gateway } = await beforeRun3();
    const controller = new AbortController();
    await gateway.writePlan(await trackingPlan(gateway, TRACKING_MODEL, RUN3), {
      signal: controller.signal, onProgress: (p) => { if (p.done / p.total >= 0.5) controller.abort(); },
    });
    const kept = { roster: trimmedGrid(fake.sheet('客户经理名册').grid()), plan: trimmedGrid(fake.sheet('回访计划').grid()), log: log(fake) };
    const removed = await gateway.removeTierBookOutput();
    expect(removed.sheets).not.toContain('服务记录');
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['客户经理名册', '回访计划', '服务记录']));
    expect(fake.sheetNames()).not.toContain('流失预警');
    expect({ roster: trimmedGrid(fake.sheet('客户经理名册').grid()), plan: trimmedGrid(fake.sheet('回访计划').grid()), log: log(fake) }).toEqual(kept);
    expectNothingLost(fake);
  });

  it('a complete run, then a cleanup: the log and the new plan stay, and the next run logs nothing twice', async () => {
    const { fake, gateway } = await beforeRun3();
    await trackingRun(gateway, TRACKING_MODEL, RUN3);
    await gateway.removeTierBookOutput();
    expect(log(fake)).toEqual(reference['服务记录']);
    expect(trimmedGrid(fake.sheet('回访计划').grid())).toEqual(reference['回访计划']);
    await trackingRun(gateway, TRACKING_MODEL, RUN3);
    expect(trackingSheets(fake)).toEqual(reference);
  });
});

describe('a new service log', () => {
  it('takes the name of a stale TierBook sheet only after the prepare request deleted that sheet', async () => {
    const fake = createFakeExcel({
      sheets: { [CLIENTS]: [TRACKING_HEADERS, ...TRACKING_RUN1], 服务记录: [['an old TierBook sheet']] },
      names: { _TierBook_sheet_strategy_old: '=服务记录!$A$1' },
    });
    fake.select(CLIENTS, 'A2');
    const report = await trackingRun(createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' }), TRACKING_MODEL, TRACKING_RUN_DATES[0]);
    expect(report.incomplete).toBe(false);
    expect(log(fake)[0][0]).toBe('客户号');
    expect(fake.names().find((n) => n.name === '_TierBook_sheet_serviceLog')?.formula).toBe('=服务记录!$A$1');
  });
});

describe('the follow-up plan\'s validations', () => {
  it('are left out with a warning on an Excel without data validation (ExcelApi 1.7); the sheets are written all the same', async () => {
    const fake = createFakeExcel({ sheets: { [CLIENTS]: [TRACKING_HEADERS, ...TRACKING_RUN1] }, apiVersion: '1.7' });
    fake.select(CLIENTS, 'A2');
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    const report = await trackingRun(gateway, TRACKING_MODEL, TRACKING_RUN_DATES[0]);
    expect(report.incomplete).toBe(false);
    expect(fake.dataValidations()).toEqual([]);
    expect(report.warnings.map((w) => w['zh-CN']).filter((w) => w.includes('ExcelApi 1.8'))).toHaveLength(1);
    expect(report.warnings.map((w) => w['en-US']).find((w) => w.includes('data validation'))).toContain('回访计划');
    expect(trimmedGrid(fake.sheet('回访计划').grid()).length).toBe(PLAN_FIRST_ROW + TRACKING_RUN1.length - 1);
  });

  it('are a date, a list and a whole number 1–5, warnings with the engine\'s prompts', async () => {
    const fake = createFakeExcel({ sheets: { [CLIENTS]: [TRACKING_HEADERS, ...TRACKING_RUN1] } });
    fake.select(CLIENTS, 'A2');
    await trackingRun(createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' }), TRACKING_MODEL, TRACKING_RUN_DATES[0]);
    expect(fake.dataValidations()).toEqual([
      { sheet: '回访计划', address: '回访计划!I6:I60', type: 'Date', rule: { date: { formula1: '=1', operator: 'GreaterThanOrEqualTo' } },
        prompt: { showPrompt: true, title: '', message: '回访日期，如 2026-11-05' }, errorAlert: { showAlert: true, style: 'Warning', title: '', message: '回访日期，如 2026-11-05' }, ignoreBlanks: true },
      { sheet: '回访计划', address: '回访计划!J6:J60', type: 'List', rule: { list: { inCellDropDown: true, source: '电话,面谈,企业微信,短信,邮件,视频' } },
        prompt: { showPrompt: true, title: '', message: '回访方式：从列表中选择' }, errorAlert: { showAlert: true, style: 'Warning', title: '', message: '回访方式：从列表中选择' }, ignoreBlanks: true },
      { sheet: '回访计划', address: '回访计划!K6:K60', type: 'WholeNumber', rule: { wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } },
        prompt: { showPrompt: true, title: '', message: '满意度：1（很不满意）到 5（很满意）' }, errorAlert: { showAlert: true, style: 'Warning', title: '', message: '满意度：1（很不满意）到 5（很满意）' }, ignoreBlanks: true },
    ]);
  });
});
