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

/** Scales and category maps sit in one collapsed section per factor (loaded lazily, a moment after the tab). */
async function openFactorSection(name: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${name}`, 'u') }));
}

describe('model editor', () => {
  it('a scale change re-scores the factor', async () => {
    await modelTab();
    await openFactorSection('Loyalty');
    fireEvent.click(screen.getByRole('combobox', { name: 'Loyalty: Scale' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Percentile' }));
    const expected = tierGrid(clientGrid(), edited((m) => { m.factors[4].scale = 'percentile'; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('"lower is better" turns a factor around', async () => {
    await modelTab();
    await openFactorSection('Asset size');
    fireEvent.click(screen.getByRole('switch', { name: 'Asset size: Lower values are better' }));
    const expected = tierGrid(clientGrid(), edited((m) => { m.factors[0].direction = 'lower'; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('a category score typed in the map re-scores the clients with that label', async () => {
    await modelTab();
    await openFactorSection('Risk preference');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Risk preference: score of "C5"' }), { target: { value: '0' } });
    const expected = tierGrid(clientGrid(), edited((m) => { (m.factors[3].categories ?? {}).C5 = 0; }), SHEET_NAME);
    expect(countsShown()).toEqual(countsOf(expected));
  });

  it('switching to quotas keeps every client\'s tier, and shows each tier\'s own share', async () => {
    await modelTab();
    // Without the empty top tier (Diamond): a quota cannot say "nobody", it always takes at least one client.
    fireEvent.click(screen.getByRole('button', { name: 'Remove tier "Diamond"' }));
    const before = tierGrid(clientGrid(), edited((m) => { m.tiers.shift(); }), SHEET_NAME);
    expect(countsOf(before).every((n) => n > 0)).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Quotas (cumulative share from the top)' }));
    expect(countsShown()).toEqual(countsOf(before));
    // Each tier's own share of the live counts in %, one decimal; the last tier takes the rest.
    const counts = countsOf(before);
    const expectedShares = counts.slice(0, -1).map((n) => String(Math.round((n / 40) * 1000) / 10));
    const shown = screen.getAllByRole('spinbutton', { name: /: Own share \(%\)$/u });
    expect(shown.map((el) => (el as HTMLInputElement).value)).toEqual(expectedShares);
    expect(screen.getByText(`the rest (${(Math.round((counts[counts.length - 1] / 40) * 1000) / 10).toFixed(1)}%)`)).toBeInTheDocument();
    // Back to thresholds: still every client in the same tier.
    fireEvent.click(screen.getByRole('radio', { name: 'Score thresholds' }));
    expect(countsShown()).toEqual(countsOf(before));
  });

  it('an out-of-order cutoff is shown on its field, and stops the chart and the run', async () => {
    await modelTab();
    const gold = screen.getByRole('spinbutton', { name: 'Gold: Min score' });
    const countsBefore = countsShown();
    fireEvent.change(gold, { target: { value: '90' } });
    fireEvent.blur(gold);
    // In words on the field, and at the top with a link that focuses the field; no JSON path anywhere.
    expect(await screen.findByText('must be below 80, the min score of "Diamond" above it')).toBeInTheDocument();
    const link = screen.getByRole('button', { name: 'Tier "Gold" · min score' });
    expect(link.closest('li')).toHaveTextContent('Tier "Gold" · min score: must be below 80, the min score of "Diamond" above it');
    expect(document.body).not.toHaveTextContent(/tiers\[\d\]|minScore/u);
    fireEvent.click(link);
    expect(document.activeElement).toBe(gold);
    // The distribution stays, out of date, with the last valid counts.
    expect(countsShown()).toEqual(countsBefore);
    expect(screen.getByText(/^Out of date/u)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Model file and lock' }));
    expect(await screen.findByRole('menuitem', { name: 'Save to model sheet' })).toHaveAttribute('aria-disabled', 'true');
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
    fireEvent.click(screen.getByRole('button', { name: 'Remove tier "Diamond"' }));
    expect(countsShown()).toHaveLength(4);
  });

  it('a new category row is no error until it is left empty, and then only that row is marked', async () => {
    await modelTab();
    await openFactorSection('Needs');
    const countsBefore = countsShown();
    fireEvent.click(screen.getByRole('button', { name: 'Add category' }));
    const label = screen.getByRole('textbox', { name: 'Needs: label of category 5' });
    expect(screen.queryByText('The model has problems to fix')).not.toBeInTheDocument();
    expect(countsShown()).toEqual(countsBefore);
    fireEvent.focus(label);
    fireEvent.blur(label, { relatedTarget: document.body });
    expect(screen.getByText('Enter a label and a score, or remove this row.')).toBeInTheDocument();
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Needs: label of category 1' })).not.toHaveAttribute('aria-invalid', 'true');
    // A label without a score is a model problem, marked on that row's score.
    fireEvent.change(label, { target: { value: 'vip' } });
    expect(await screen.findByRole('button', { name: 'Needs · category "vip"' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Needs: score of "vip"' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('spinbutton', { name: 'Needs: score of "basic"' })).toHaveAttribute('aria-invalid', 'false');
  });
});
