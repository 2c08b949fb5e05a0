/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { boundaryClients, createDefaultModel, tierGrid, weightSensitivity } from '../../src/engine';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

describe('the Model tab\'s sensitivity section', () => {
  it('is collapsed until opened, then shows the engine\'s tier changes per weight move and the boundary clients', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    const header = await screen.findByRole('button', { name: 'Sensitivity' });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: /one factor's weight moves/u })).toBeNull();
    fireEvent.click(header);
    const table = await screen.findByRole('table', { name: /one factor's weight moves/u });
    const result = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    const expected = weightSensitivity(result.factorScores, result.model);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    rows.forEach((row, f) => {
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(cells.slice(2)).toEqual(expected[f].changed.map((c) => (c === undefined ? '—' : String(c))));
    });
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveTextContent('Asset size');
    const boundary = boundaryClients(result.scores, result.tierCutoffs, 1);
    expect(screen.getByText(`Boundary clients within 1 point of a cutoff: ${boundary.clients.length}`)).toBeInTheDocument();
  });
});
