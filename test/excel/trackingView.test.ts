import { composeOutputPlan, createDefaultModel, FOLLOW_UP_COL, FOLLOW_UP_HEADER_ROW, serialOfIsoDate, trackingOverview } from '../../src/engine';
import { DEFAULT_ADDIN_CHOICES } from '../../src/engine/plan/composeOutputPlan';
import { findAndRead, RUN_CONTEXT, tierTable } from './pipeline';
import { smallWorkbook } from './smallWorkbook';

const RUN = serialOfIsoDate('2026-06-30') ?? NaN;

// The Tracking view reads the follow-up plan and the watchlist back from the workbook, in chunks, and never writes.
describe('reading the tracking sheets back for the Tracking view (fake Excel)', () => {
  async function setUp() {
    // A small request budget, so the plan comes back in several chunks.
    const { fake, gateway } = smallWorkbook(400, {}, { bytes: 12_000 });
    const read = await findAndRead(gateway);
    const { result, extras } = tierTable(read);
    const plan = composeOutputPlan({
      result, locale: 'zh-CN', extras, run: RUN_CONTEXT, choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', pivots: false, chart: false },
      source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
      tracking: { runDate: RUN, timestamp: RUN_CONTEXT.timestamp },
    });
    expect((await gateway.writePlan(plan)).incomplete).toBe(false);
    const planSheet = plan.sheets.find((s) => s.key === 'followUpPlan');
    expect(planSheet).toBeDefined();
    return { fake, gateway, planName: planSheet?.preferredName ?? '' };
  }

  it('gives the plan sheet as written, cell for cell, and counts a contact as soon as it is typed in', async () => {
    const { fake, gateway, planName } = await setUp();
    const stored = await gateway.readTierBookSheet?.('followUpPlan', FOLLOW_UP_COL.satisfaction + 1);
    expect(stored?.sheetName).toBe(planName);
    const written = fake.sheet(planName).grid().map((row) => row.slice(0, FOLLOW_UP_COL.satisfaction + 1));
    expect(stored?.rows.length).toBeGreaterThan(FOLLOW_UP_HEADER_ROW + 20);
    expect(stored?.rows.map((row) => row.map((c) => (c === '' ? null : c)))).toEqual(written.map((row) => row.map((c) => (c === '' ? null : c))));

    const model = createDefaultModel();
    const before = trackingOverview(stored?.rows, undefined, model, RUN);
    const planned = stored ? stored.rows.length - FOLLOW_UP_HEADER_ROW - 1 : 0;
    expect(before.planRows).toBe(planned);
    expect(before.tiers.reduce((n, t) => n + t.done + t.overdue + t.due, 0)).toBe(planned);
    expect(before.tiers.reduce((n, t) => n + t.done, 0)).toBe(0);

    // A manager fills in the first client's contact: it counts as done, with its satisfaction, and the cells are kept.
    const first = FOLLOW_UP_HEADER_ROW + 2; // 1-based sheet row of the first client
    fake.sheet(planName).set(`I${first}:K${first}`, [['2026-06-29', '电话', 5]]);
    const after = await gateway.readTierBookSheet?.('followUpPlan', FOLLOW_UP_COL.satisfaction + 1);
    const overview = trackingOverview(after?.rows, undefined, model, RUN);
    expect(overview.tiers.reduce((n, t) => n + t.done, 0)).toBe(1);
    expect(overview.tiers.find((t) => t.done === 1)?.satisfaction).toBe(5);
    expect(fake.sheet(planName).cell(`K${first}`)).toBe(5);
  });

  it('finds the sheets by their markers after a rename, and gives undefined for a workbook without them', async () => {
    const { fake, gateway } = await setUp();
    const written = await gateway.readTierBookSheet?.('watchlist', 6);
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem(written?.sheetName ?? '').name = '我的预警';
      await context.sync();
    });
    const watch = await gateway.readTierBookSheet?.('watchlist', 6);
    expect(watch?.sheetName).toBe('我的预警');
    expect(watch?.rows[3]?.[0]).toBe('客户号');
    expect(watch?.rows).toEqual(written?.rows);
    const { gateway: bare } = smallWorkbook(5);
    expect(await bare.readTierBookSheet?.('followUpPlan', 11)).toBeUndefined();
  });
});
