import { createDefaultModel, locateSheetLayout } from '../../src/engine';
import { DEFAULT_ADDIN_CHOICES } from '../../src/engine/plan/composeOutputPlan';
import { buildTableFromChunks } from '../../src/taskpane/pipeline/rowChunks';
import { composeRunPlan } from '../../src/taskpane/pipeline/runPlan';
import { verifyLastRun } from '../../src/taskpane/pipeline/verifyRun';
import { findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

// The pane's check of the last run (the same as `tierbook verify`), on the fake Excel.
describe('verifying the last run in the pane', () => {
  // Values mode: the fake Excel stores formulas but does not calculate them (real Excel gives portable formulas' results).
  const choices = { ...DEFAULT_ADDIN_CHOICES, mode: 'values' as const, pivots: false, chart: false, suitabilityColumns: true };

  async function setUp() {
    const { fake, gateway } = smallWorkbook(60);
    const read = await findAndRead(gateway);
    const model = createDefaultModel();
    const found = locateSheetLayout(read.source.topRows, model, read.source.sheetName);
    const layout = { ...found, headerRow: found.headerRow + read.source.firstRow };
    const table = buildTableFromChunks(read.chunks, layout, model, read.source.sheetName, { runDate: '2026-06-30' });
    const plan = composeRunPlan({ source: read.source, chunks: read.chunks, layout, table, model, choices, locale: 'zh-CN', confirmedChecks: true, timestamp: '2026-06-30T09:00:00Z' });
    expect((await gateway.writePlan(plan)).incomplete).toBe(false);
    const verify = async (options?: Parameters<typeof verifyLastRun>[1]) => verifyLastRun({ gateway, source: read.source, chunks: read.chunks, layout, model, choices, logRows: (await gateway.readRunLog())?.rows ?? [] }, options);
    return { fake, plan, verify };
  }

  it('matches on an untouched workbook, and names the cell after a score is typed over', async () => {
    const { fake, plan, verify } = await setUp();
    const untouched = await verify();
    expect(untouched).toMatchObject({ match: true, count: 0, dataHashMatches: true, modelHashMatches: true, runDate: '2026-06-30' });
    expect(untouched?.checked).toBeGreaterThan(60 * 5);
    const scoreColumn = String.fromCharCode(65 + plan.firstOutputColumn);
    fake.sheet(CLIENT_SHEET).set(`${scoreColumn}5`, [[99.5]]);
    const edited = await verify();
    expect(edited?.match).toBe(false);
    expect(edited?.differences[0]).toMatchObject({ address: `'${CLIENT_SHEET}'!${scoreColumn}5`, header: '综合得分', stored: 99.5 });
  });

  it('runs in pieces, giving the thread back between them, and stops at the next give-back once cancelled', async () => {
    const { verify } = await setUp();
    let waits = 0;
    const outcome = await verify({ pace: { due: () => true, yieldNow: async () => { waits++; }, restart: () => undefined } });
    expect(outcome).toMatchObject({ match: true, dataHashMatches: true });
    // Rebuilding the table, the plan's parts, the tiering and the data hash each pause at least once.
    expect(waits).toBeGreaterThanOrEqual(8);
    const abort = new AbortController();
    let cancelledAt = 0;
    const pace = { due: () => true, yieldNow: async () => { if (++cancelledAt === 3) abort.abort(); }, restart: () => undefined };
    await expect(verify({ signal: abort.signal, pace })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cancelledAt).toBe(3);
  });

  it('reports the model hash after a weight is edited in the model sheet', async () => {
    const { fake, verify } = await setUp();
    const model = fake.sheet('分级模型').grid();
    const row = model.findIndex((r) => r[0] === 'assets');
    fake.sheet('分级模型').set(`E${row + 1}`, [[5]]);
    const outcome = await verify();
    expect(outcome).toMatchObject({ match: false, modelHashMatches: false, dataHashMatches: true });
    expect(outcome?.differences[0].header).toBe('综合得分');
  });
});
