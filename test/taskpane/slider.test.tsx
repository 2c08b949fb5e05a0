/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { createDefaultModel, tierGrid, type TierModel, type TieringResult } from '../../src/engine';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

/** The distribution lines the pane should show, from the engine's whole pipeline run independently. */
function expectedLines(result: TieringResult): string[] {
  const tiered = Array.from(result.tierCounts).reduce((a, c) => a + c, 0);
  const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return result.model.tiers.map((t, k) => `${t.label?.['en-US'] ?? t.name}: ${result.tierCounts[k]} clients (${percent.format(result.tierCounts[k] / tiered)})`);
}

function withAssetsWeight(weight: number): TierModel {
  const model = createDefaultModel();
  model.factors[0].weight = weight;
  return model;
}

function movedBetween(a: TieringResult, b: TieringResult): number {
  let moved = 0;
  for (let i = 0; i < a.tierIndex.length; i++) if (a.tierIndex[i] !== b.tierIndex[i]) moved++;
  return moved;
}

function distributionLines(): string[] {
  const group = screen.getByRole('group', { name: 'Tier distribution' });
  return within(group).getAllByRole('listitem').map((item) => item.querySelector('.fui-Text')?.textContent ?? '');
}

describe('weight sliders', () => {
  it('moving a weight slider updates the distribution and the what-if counts live', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Model');
    const before = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    const after = tierGrid(clientGrid(), withAssetsWeight(90), SHEET_NAME);
    expect(expectedLines(after)).not.toEqual(expectedLines(before)); // the test needs a move that changes something
    expect(distributionLines()).toEqual(expectedLines(before));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 40 clients would change tier');

    const slider = screen.getByRole('slider', { name: 'Asset size' });
    fireEvent.change(slider, { target: { value: '90' } });

    expect(distributionLines()).toEqual(expectedLines(after));
    const moved = movedBetween(before, after);
    expect(moved).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(`${moved} of 40 clients would change tier`);
    // The weight's share of the total: 90 / (90 + 20 + 15 + 15 + 15).
    expect(screen.getByText('weight 90, 58.1% of the total')).toBeInTheDocument();
    // Nothing was read again and nothing was written.
    expect(gateway.signals).toHaveLength(1);
    expect(gateway.plans).toHaveLength(0);
  });

  it('the what-if matrix shows from-tier × to-tier counts against the saved model', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    fireEvent.change(screen.getByRole('slider', { name: 'Asset size' }), { target: { value: '90' } });
    const before = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    const after = tierGrid(clientGrid(), withAssetsWeight(90), SHEET_NAME);
    // The tiers by their English names (the model's labels), as the distribution names them: one language at a time.
    const names = before.model.tiers.map((t) => t.label?.['en-US'] ?? t.name);
    expect(names).toContain('Diamond');
    const table = screen.getByRole('table', { name: 'What-if' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['From → to', ...names]);
    rows.slice(1).forEach((row, f) => {
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      const expected = names.map((_, t) => {
        let n = 0;
        for (let i = 0; i < before.tierIndex.length; i++) if (before.tierIndex[i] === f && after.tierIndex[i] === t) n++;
        return String(n);
      });
      expect(cells).toEqual([names[f], ...expected]);
    });
  });

  it('a pinned scenario becomes the baseline', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    fireEvent.change(screen.getByRole('slider', { name: 'Asset size' }), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pin current scenario' }));
    expect(screen.getByRole('radio', { name: 'Pinned scenario' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 40 clients would change tier');
    fireEvent.click(screen.getByRole('radio', { name: 'Saved model' }));
    expect(screen.getByRole('status')).not.toHaveTextContent('0 of 40 clients would change tier');
  });
});
