/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { createDefaultModel, tierGrid, type TierModel, type TieringResult } from '../../src/engine';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

function countsShown(): number[] {
  const group = screen.getByRole('group', { name: 'Tier distribution' });
  // One list item per tier under the chart: "Diamond: 12 clients (0.2%)", then the change against the baseline.
  return within(group).getAllByRole('listitem').map((item) => {
    const label = item.querySelector('.fui-Text')?.textContent ?? '';
    return Number(/: (\d+) clients/u.exec(label)?.[1]);
  });
}

const countsOf = (result: TieringResult): number[] => Array.from(result.tierCounts);

function edited(change: (model: TierModel) => void): TierModel {
  const model = createDefaultModel();
  change(model);
  return model;
}

async function modelTab(): Promise<void> {
  await renderPane();
  await readClientTable();
  await openTab('Model');
}

describe('model editor', () => {
  it('a scale change re-scores the factor', async () => {
    await modelTab();
    fireEvent.click(screen.getByRole('combobox', { name: 'Loyalty Scale' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Percentile' }));
    const expected = tierGrid(clientGrid(), edited((m) => { m.factors[4].scale = 'percentile'; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('"lower is better" turns a factor around', async () => {
    await modelTab();
    const switches = screen.getAllByRole('switch', { name: 'Lower values are better' });
    fireEvent.click(switches[0]);
    const expected = tierGrid(clientGrid(), edited((m) => { m.factors[0].direction = 'lower'; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('a category score typed in the map re-scores the clients with that label', async () => {
    await modelTab();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Score (0–100) C5' }), { target: { value: '0' } });
    const expected = tierGrid(clientGrid(), edited((m) => { (m.factors[3].categories ?? {}).C5 = 0; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('switching to quotas starts from the live split', async () => {
    await modelTab();
    const before = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    fireEvent.click(screen.getByRole('radio', { name: 'Quotas (cumulative share from the top)' }));
    // Cumulative shares of the live counts in %, each at least 0.1 above the one before (an empty tier gets a sliver).
    let cumulative = 0;
    let previous = 0;
    const expectedShares = countsOf(before).slice(0, -1).map((n) => {
      cumulative += n;
      previous = Math.max(Math.round((cumulative / 40) * 1000) / 10, previous + 0.1);
      return String(Math.round(previous * 10) / 10);
    });
    const shown = screen.getAllByRole('spinbutton').filter((el) => el.closest('.fui-Field')?.querySelector('label')?.textContent === 'Cumulative share (%)');
    expect(shown.map((el) => (el as HTMLInputElement).value)).toEqual(expectedShares);
    expect(screen.getByText('the rest')).toBeInTheDocument();
  });

  it('an out-of-order cutoff is shown on its field, and stops the chart and the run', async () => {
    await modelTab();
    const minScores = screen.getAllByRole('spinbutton').filter((el) => el.closest('.fui-Field')?.querySelector('label')?.textContent === 'Min score');
    fireEvent.change(minScores[1], { target: { value: '90' } });
    fireEvent.blur(minScores[1]);
    expect(await screen.findByText('tiers out of order: "黄金" has minScore 90, not below the previous tier\'s 80')).toBeInTheDocument();
    expect(screen.getByText('Fix the model’s problems first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to model sheet' })).toBeDisabled();
    await openTab('Run');
    expect(screen.getByText('Fix the problems on the Model tab first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
  });

  it('adding and removing tiers changes the bars', async () => {
    await modelTab();
    fireEvent.click(screen.getByRole('button', { name: 'Add tier' }));
    expect(countsShown()).toHaveLength(5);
    const expected = tierGrid(clientGrid(), edited((m) => { m.tiers.splice(3, 0, { name: 'Tier 5', minScore: 20 }); }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove this tier' })[0]);
    expect(countsShown()).toHaveLength(4);
  });
});
