/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createDefaultModel, type CellValue } from '../../src/engine';
import { clientRow, HEADERS, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

/** 200 clients from row 2 in column A (no title), clean, so one typo is one of 200 values. */
const CLIENTS = 200;
function cleanGrid(): CellValue[][] {
  return [HEADERS, ...Array.from({ length: CLIENTS }, (_, i) => clientRow(i))];
}
const LOYALTY = HEADERS.indexOf('开户年限'); // column G
const SUMMARY = `Sheet "${SHEET_NAME}" A1:I${CLIENTS + 1}, ${CLIENTS + 1} rows`;

async function runFromRunTab(): Promise<void> {
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
}

describe('the guarded run', () => {
  it('lists 开户年限 = −3 with its cell before the run, as a warning that does not block', async () => {
    const grid = cleanGrid();
    grid[1 + 41][LOYALTY] = -3; // worksheet row 43
    const { gateway } = await renderPane({ grid });
    await readClientTable(SUMMARY);
    await openTab('Run');
    expect(await screen.findByText('Before the run')).toBeInTheDocument();
    expect(screen.getByText(`Sheet "${SHEET_NAME}": 200 clients`)).toBeInTheDocument();
    expect(await screen.findByText('Loyalty (开户年限) has 1 outlier; consider a clip for this factor in the model')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'G43 = -3' }));
    expect(gateway.selectedCells).toEqual([{ sheetName: SHEET_NAME, address: 'G43' }]);
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
    expect(screen.queryByRole('checkbox', { name: /run anyway/u })).not.toBeInTheDocument();
    // The rest of the summary: weights, tier method, output mode and what the plan writes.
    expect(screen.getByText('Score thresholds, 4 tiers')).toBeInTheDocument();
    expect(screen.getByText('Portable native formulas')).toBeInTheDocument(); // the pane's default, as the runner's
    expect(await screen.findByText(/^New columns on sheet "客户明细": Tier Score, Tier, Data Issues/u)).toBeInTheDocument();
    expect(screen.getByText(/^Sheets to write: Tier Model, Tier Summary, .*Run Log \(one row appended\), Service Log \(one row appended\), Follow-up Plan, Retention Watchlist, Manager Load, Account Managers, Effect History \(\w+ rows? appended\), Effect Evaluation, Client Snapshot$/u)).toBeInTheDocument();
  });

  it('blocks the run when 资产规模 is mapped to the name column, until the user confirms; the confirmation is in the log', async () => {
    const { gateway } = await renderPane({ grid: cleanGrid() });
    await readClientTable(SUMMARY);
    fireEvent.click(screen.getByRole('combobox', { name: 'Asset size' }));
    fireEvent.click(await screen.findByRole('option', { name: '客户姓名' }));
    await openTab('Run');
    expect(await screen.findByText(/remap the column on the Data tab, or confirm/u)).toBeInTheDocument();
    expect(screen.getByText('Asset size is a numeric factor, but the column "客户姓名" is mostly text (200/200 non-blank cells are not numbers): map another column')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();

    // The Output tab's Run button does not get round it: it shows the Run step instead.
    await openTab('Output');
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
    expect(gateway.plans).toHaveLength(0);
    expect(await screen.findByRole('checkbox', { name: /want to run anyway/u })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: /want to run anyway/u }));
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
    await runFromRunTab();
    await waitFor(() => expect(gateway.plans).toHaveLength(1));
    const log = gateway.plans[0].sheets.find((s) => s.role === 'log');
    expect(log?.rows[1][15]).toBe('text_column:assets:200:confirmed');
  });

  it('shows the last run from the run log: tiers with their change, problems, and sheets that open on click', async () => {
    const { gateway } = await renderPane({ grid: cleanGrid() });
    await readClientTable(SUMMARY);
    // Live formulas (portable is the default): the report then says how to refresh PivotTables.
    await openTab('Output');
    fireEvent.click(await screen.findByRole('radio', { name: /^Live TIER\.\* formulas/u }));
    await openTab('Run');
    await runFromRunTab();
    const report = await screen.findByRole('region', { name: 'Last run' });
    expect(within(report).getByText('This is the first run on this sheet.')).toBeInTheDocument();
    expect(within(report).getByText('Live formulas: if the workbook has PivotTables, choose Refresh All on the Data tab to update them.')).toBeInTheDocument();
    const counts = gateway.plans[0].sheets.find((s) => s.role === 'log')?.rows[1][12];
    expect(String(counts)).toMatch(/^钻石=\d+; 黄金=\d+; 白银=\d+; 普通=\d+$/u);
    for (const part of String(counts).split('; ')) {
      const [name, count] = part.split('=');
      const label = createDefaultModel().tiers.find((t) => t.name === name)?.label?.['en-US'];
      const row = within(report).getByRole('row', { name: `${label} ${count}` });
      expect(row).toBeInTheDocument();
    }
    fireEvent.click(within(report).getByRole('button', { name: 'Tier Summary' }));
    expect(gateway.activatedSheets).toEqual(['Tier Summary']);

    // A second run on the same data: the report gains the change column, ±0 for every tier.
    await runFromRunTab();
    await waitFor(() => expect(gateway.plans).toHaveLength(2));
    expect(await within(screen.getByRole('region', { name: 'Last run' })).findByRole('columnheader', { name: 'Change' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Last run' })).getAllByText('±0')).toHaveLength(4);
  });
});
