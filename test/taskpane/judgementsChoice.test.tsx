/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { JUDGEMENT_SHEET_KEY, JUDGEMENT_SHEET_MARKER } from '../../src/engine';
import { openTab, readClientTable, renderPane } from './renderPane';

const CHOICE = 'Weight judgements sheet (AHP; written once if the workbook has none, then your entries are kept)';

async function clickRun(): Promise<void> {
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
  await screen.findAllByText('Written to the workbook');
}

describe('the Output tab\'s choice to write the judgements sheet', () => {
  it('is off by default; ticked, the run writes the sheet once; the next run finds it and leaves it alone', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Output');
    const box = screen.getByRole('checkbox', { name: CHOICE });
    expect(box).not.toBeChecked();
    await clickRun();
    expect(gateway.plans[0].sheets.some((s) => s.key === JUDGEMENT_SHEET_KEY)).toBe(false);

    await openTab('Output');
    await act(async () => { fireEvent.click(screen.getByRole('checkbox', { name: CHOICE })); });
    expect(screen.getByRole('checkbox', { name: CHOICE })).toBeChecked();
    await clickRun();
    const written = gateway.plans[1].sheets.find((s) => s.key === JUDGEMENT_SHEET_KEY);
    expect(written?.rows[1][0]).toBe(JUDGEMENT_SHEET_MARKER);
    expect(gateway.storedJudgements?.sheetName).toBe('Weight judgements');

    await openTab('Output');
    await clickRun();
    expect(gateway.plans).toHaveLength(3);
    expect(gateway.plans[2].sheets.some((s) => s.key === JUDGEMENT_SHEET_KEY)).toBe(false);
  });
});
