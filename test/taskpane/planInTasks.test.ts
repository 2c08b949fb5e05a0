import { createDefaultModel, tierGrid, type CellValue, type OutputPlan } from '../../src/engine';
import { ADDIN_EXTRA_ROLES, composeOutputPlan, composeOutputPlanSteps, type AddinOutputChoices, type AddinPlanInput } from '../../src/engine/plan/composeOutputPlan';
import { CLIENTS_PER_STEP, runSteps, type Steps } from '../../src/engine/run/steps';
import { readExtraColumns } from '../../src/engine/table/extraColumns';
import { runInTasks } from '../../src/taskpane/pipeline/runInTasks';
import { HEADERS, SHEET_NAME, clientRow } from './clientGrid';

// A run's plan is composed in pieces, so the pane gives its main thread back while composing at 50,000 clients (issue 10).
const ALL: AddinOutputChoices = { mode: 'portable', pivots: true, chart: true, strategySheets: true, runLog: true, segments: true, suitabilityColumns: true };
const CLIENTS = 3 * CLIENTS_PER_STEP + 123;
const grid: CellValue[][] = [['客户资产明细表'], [], HEADERS, ...Array.from({ length: CLIENTS }, (_, i) => clientRow(i))];
const result = tierGrid(grid, createDefaultModel(), SHEET_NAME);
const input: AddinPlanInput = {
  result, locale: 'zh-CN', choices: ALL, run: { timestamp: '2026-06-30T09:00:00.000Z', tool: 'TierBook add-in' },
  source: { sheetName: SHEET_NAME, firstColumn: 0, lastUsedColumn: HEADERS.length - 1, lastRow: grid.length },
  extras: readExtraColumns(grid, result.table.layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, result.model),
};

/** Every cell a plan writes, columns read through cellAt, as JSON (cellAt itself is a new function per plan). */
const cellsOf = (plan: OutputPlan): unknown => JSON.parse(JSON.stringify({ ...plan, columns: plan.columns.map((c) => ({ ...c, cells: Array.from({ length: c.length }, (_, i) => c.cellAt(i)) })) }));

function countPauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

describe('composing a plan in steps', () => {
  it('pauses within the per-client work and gives the very plan composeOutputPlan gives', () => {
    const { value, pauses } = countPauses(composeOutputPlanSteps(input));
    // At least once per CLIENTS_PER_STEP clients on the strategy sheets, plus between the plan's parts.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(CLIENTS / CLIENTS_PER_STEP) + 4);
    expect(cellsOf(value)).toEqual(cellsOf(composeOutputPlan(input)));
    expect(cellsOf(runSteps(composeOutputPlanSteps(input)))).toEqual(cellsOf(value));
  });
});

describe('runInTasks', () => {
  it('gives the thread back whenever a slice has run, and returns the result', async () => {
    let waits = 0;
    const pace = { due: () => true, yieldNow: async () => { waits++; }, restart: () => undefined };
    const plan = await runInTasks(composeOutputPlanSteps(input), undefined, pace);
    expect(waits).toBeGreaterThanOrEqual(Math.floor(CLIENTS / CLIENTS_PER_STEP));
    expect(plan.sheets.map((s) => s.key)).toEqual(composeOutputPlan(input).sheets.map((s) => s.key));
  });

  it('stops at the next give-back once cancelled', async () => {
    const abort = new AbortController();
    let waits = 0;
    const pace = { due: () => true, yieldNow: async () => { if (++waits === 2) abort.abort(); }, restart: () => undefined };
    await expect(runInTasks(composeOutputPlanSteps(input), abort.signal, pace)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(waits).toBe(2);
  });

  it('never waits when no slice has passed (a small table composes in one go)', async () => {
    let waits = 0;
    const pace = { due: () => false, yieldNow: async () => { waits++; }, restart: () => undefined };
    await runInTasks(composeOutputPlanSteps(input), undefined, pace);
    expect(waits).toBe(0);
  });
});
