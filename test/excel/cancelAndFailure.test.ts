import { writeReportOf } from '../../src/excel/officeWorkbookGateway';
import { repairMarkers } from '../../src/excel/repairMarkers';
import { createFakeExcel } from '../fake-excel';
import type { OutputPlan } from '../../src/engine';
import type { FakeExcel } from '../fake-excel';
import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';
import { expectConsistent, tierBookMarkers } from './workbookChecks';

const CLIENTS = 600;
/** A small request budget, so that 600 clients take many requests and a cancel can land anywhere. */
const BUDGET = { bytes: 6_000 };
const CHOICES = { pivots: true, chart: true, strategySheets: true, runLog: true };

function workbook(): ReturnType<typeof smallWorkbook> {
  return smallWorkbook(CLIENTS, {}, BUDGET);
}

/** Every sheet's values, by sheet name, the run log aside (a stopped run may or may not have logged). */
function outputs(fake: FakeExcel): Record<string, unknown> {
  return Object.fromEntries(fake.sheetNames().filter((s) => s !== '运行日志').map((s) => [s, fake.sheet(s).grid()]));
}

async function planFor(gateway: ReturnType<typeof smallWorkbook>['gateway']): Promise<OutputPlan> {
  return addinPlan(await findAndRead(gateway), CHOICES).plan;
}

let reference: Record<string, unknown>;

beforeAll(async () => {
  const { fake, gateway } = workbook();
  await gateway.writePlan(await planFor(gateway));
  reference = outputs(fake);
});

describe('a cancelled write', () => {
  it.each([0.1, 0.5, 0.9])('stopped at %p of the way leaves every piece marked, and a re-run completes it', async (share) => {
    const { fake, gateway, rows } = workbook();
    const original = fake.sheetNames();
    const plan = await planFor(gateway);
    const controller = new AbortController();
    const seen: number[] = [];
    const report = await gateway.writePlan(plan, {
      signal: controller.signal,
      onProgress: (p) => { seen.push(p.done / p.total); if (p.done / p.total >= share) controller.abort(); },
    });
    expect(report.incomplete).toBe(true);
    expect(seen.some((s) => s > 0 && s < 1)).toBe(true);
    expect(report.columns).toEqual(plan.columns.map((c) => c.header));
    expect(report.sheets.length).toBeGreaterThan(0);
    for (const sheet of report.sheets) expect(fake.sheetNames()).toContain(sheet);
    expectConsistent(fake, original, CLIENT_SHEET, rows[0].length - 1);

    const again = await gateway.writePlan(await planFor(gateway));
    expect(again.incomplete).toBe(false);
    expect(outputs(fake)).toEqual(reference);
    expectConsistent(fake, original, CLIENT_SHEET, rows[0].length - 1);
  });

  it('can be cleaned up: removeTierBookOutput leaves the client sheet as it was, and the model and log sheets', async () => {
    const { fake, gateway, rows } = workbook();
    const before = fake.sheet(CLIENT_SHEET).grid();
    const controller = new AbortController();
    await gateway.writePlan(await planFor(gateway), { signal: controller.signal, onProgress: (p) => { if (p.done / p.total >= 0.5) controller.abort(); } });
    const removed = await gateway.removeTierBookOutput();
    expect(removed.columns.length).toBeGreaterThan(0);
    expect(fake.sheet(CLIENT_SHEET).grid().map((r) => r.slice(0, rows[0].length))).toEqual(before);
    expect(fake.sheet(CLIENT_SHEET).usedRange()).toBe(`A1:G${CLIENTS + 1}`);
    expect(fake.sheetNames().filter((s) => s !== CLIENT_SHEET).every((s) => ['分级模型', '运行日志'].includes(s))).toBe(true);
    expect([...tierBookMarkers(fake).keys()].every((n) => ['_TierBook_sheet_model', '_TierBook_sheet_log'].includes(n))).toBe(true);
  });

  it('before it starts writes nothing', async () => {
    const { fake, gateway } = workbook();
    const plan = await planFor(gateway);
    const before = fake.snapshot();
    const controller = new AbortController();
    controller.abort();
    const report = await gateway.writePlan(plan, { signal: controller.signal });
    expect(report).toMatchObject({ incomplete: true, columns: [], sheets: [] });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('a write whose request fails', () => {
  it.each([1, 2, 3, 4, 7, 15])('at its sync #%p rejects with a report, leaves every piece marked, and a re-run completes it', async (n) => {
    const { fake, gateway, rows } = workbook();
    const original = fake.sheetNames();
    const plan = await planFor(gateway);
    fake.failNextSync('GeneralException', 'injected', n);
    const error = await gateway.writePlan(plan).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'WritePlanError', code: 'INTERNAL' });
    const report = writeReportOf(error);
    expect(report?.incomplete).toBe(true);
    // Requests 1–2 inspect and 3 prepares: until 3 succeeded, nothing was started.
    expect(report?.columns.length).toBe(n <= 3 ? 0 : plan.columns.length);
    expectConsistent(fake, original, CLIENT_SHEET, rows[0].length - 1);

    const again = await gateway.writePlan(await planFor(gateway));
    expect(again.incomplete).toBe(false);
    expect(outputs(fake)).toEqual(reference);
  });
});

describe('repairMarkers', () => {
  it('marks a new sheet and a header a partly applied prepare request left without their markers, and nothing else', async () => {
    // As Excel leaves it when a request fails after its first statements: the sheet and one header exist, unmarked.
    const fake = createFakeExcel({ sheets: { 客户清单: [['客户号', '综合得分', null]], 分级汇总: [['x']] } });
    const repaired = await repairMarkers(fake.host, {
      sheets: [{ marker: '_TierBook_sheet_summary', sheetName: '分级汇总' }, { marker: '_TierBook_sheet_log', sheetName: '运行日志' }],
      columns: [
        { marker: '_TierBook_col_score', header: '综合得分', cell: { sheet: '客户清单', row: 0, column: 1 } },
        { marker: '_TierBook_col_tier', header: '客户等级', cell: { sheet: '客户清单', row: 0, column: 2 } },
      ],
    });
    expect(repaired.sort()).toEqual(['_TierBook_col_score', '_TierBook_sheet_summary']);
    expect(tierBookMarkers(fake)).toEqual(new Map([['_TierBook_sheet_summary', '=分级汇总!$A$1'], ['_TierBook_col_score', '=客户清单!$B$1']]));
  });
});
