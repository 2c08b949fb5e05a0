/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { FOLLOW_UP_COL, FOLLOW_UP_SHEET_KEY, SERVICE_LOG_SHEET_KEY, type CellValue } from '../../src/engine';
import { openTab, readClientTable, renderPane } from './renderPane';

async function run(written: number): Promise<void> {
  await openTab('Output');
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
  expect(await screen.findAllByText('Written to the workbook')).toHaveLength(written);
}

describe('the tracking loop in the pane', () => {
  it('reads the tracking sheets before the write and passes them as the runner does: a filled plan row reaches the service log', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    let reads = gateway.trackingReads; // the Run step's preview reads them too
    await run(1);
    expect(gateway.trackingReads).toBeGreaterThan(reads);
    const first = gateway.plans[0];
    const planSheet = first.sheets.find((s) => s.key === FOLLOW_UP_SHEET_KEY);
    expect(planSheet?.validations).toHaveLength(3);
    // The first run logs nothing: the service log is its header alone.
    expect(first.sheets.find((s) => s.key === SERVICE_LOG_SHEET_KEY)?.rows).toHaveLength(1);

    // A manager fills the first client row of the plan the pane wrote; the gateway gives it back at the next run.
    const grid = (gateway.writtenSheets.get('Follow-up Plan') ?? []).map((r) => [...r]);
    const row = grid.findIndex((r, i) => i > 4 && typeof r[0] === 'string' && r[0] !== '');
    expect(row).toBeGreaterThan(4);
    const client = grid[row][0];
    const filled: CellValue[] = ['2026-06-01', 'Phone', 5, 'called'];
    filled.forEach((v, i) => { grid[row][FOLLOW_UP_COL.contactDate + i] = v; });
    gateway.trackingSheets = { followUpPlan: { sheetName: 'Follow-up Plan', grid } };

    reads = gateway.trackingReads;
    await run(2);
    expect(gateway.trackingReads).toBeGreaterThan(reads);
    const log = gateway.plans[1].sheets.find((s) => s.key === SERVICE_LOG_SHEET_KEY);
    expect(log?.rows.slice(1).map((r) => r.slice(0, 8))).toEqual([[client, grid[row][1], grid[row][2], grid[row][3], '2026-06-01', 'Phone', 5, 'called']]);
  });

  it('without strategy sheets, reads no tracking sheet and writes none', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Output');
    fireEvent.click(screen.getByRole('checkbox', { name: /Service-strategy sheets/u }));
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
    expect(await screen.findByText('Written to the workbook')).toBeInTheDocument();
    expect(gateway.trackingReads).toBe(0);
    expect(gateway.plans[0].sheets.some((s) => s.role === 'tracking')).toBe(false);
  });
});

describe('the run preview with the tracking loop', () => {
  it('lists the roster among the sheets to write only while the workbook has none', async () => {
    const { gateway } = await renderPane();
    gateway.trackingSheets = { roster: { sheetName: 'Account Managers', grid: [['Account managers'], ['TIERBOOK-MANAGERS', 'v1']] } };
    await readClientTable();
    await openTab('Run');
    const line = await screen.findByText(/^Sheets to write: /u);
    expect(line.textContent).toContain('Follow-up Plan');
    expect(line.textContent).not.toContain('Account Managers');
  });
});
