/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createDefaultModel, tierGrid, type TierModel } from '../../src/engine';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

function withAssetsWeight(weight: number): TierModel {
  const model = createDefaultModel();
  model.factors[0].weight = weight;
  return model;
}

/** The saved model's and the moved sliders' tiers, scores and rows, computed by the engine on the same sheet. */
function expectedMoves(fromTier: number, toTier: number): { id: string; row: number; before: number; after: number }[] {
  const before = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
  const after = tierGrid(clientGrid(), withAssetsWeight(90), SHEET_NAME);
  const moves = [];
  for (let i = 0; i < before.table.size; i++) {
    if (before.tierIndex[i] === fromTier && after.tierIndex[i] === toTier) {
      moves.push({ id: before.table.ids[i], row: before.table.rowNumbers[i], before: before.scores[i], after: after.scores[i] });
    }
  }
  return moves;
}

const twoDecimals = (score: number): string => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(score);

describe('what-if drill-down', () => {
  it('a cell of the matrix lists its clients with scores before and after, and a client link selects its row', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Model');
    fireEvent.change(screen.getByRole('slider', { name: 'Asset size' }), { target: { value: '90' } });
    const names = createDefaultModel().tiers.map((t) => t.label?.['en-US'] ?? t.name); // as the pane shows them in en-US
    // The first off-diagonal cell with clients in it: a tier change the sliders made.
    let cell: { from: number; to: number } | undefined;
    for (let f = 0; f < names.length && !cell; f++) for (let t = 0; t < names.length && !cell; t++) if (f !== t && expectedMoves(f, t).length > 0) cell = { from: f, to: t };
    if (!cell) throw new Error('the weight change moved nobody; the test needs a move');
    const moves = expectedMoves(cell.from, cell.to);

    const table = screen.getByRole('table', { name: 'What-if' });
    fireEvent.click(within(table).getByRole('button', { name: `${names[cell.from]} → ${names[cell.to]}: ${moves.length} clients` }));
    const list = await screen.findByRole('table', { name: `${names[cell.from]} → ${names[cell.to]}: ${moves.length} clients` });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(moves.length);
    const grid = clientGrid();
    rows.forEach((row, k) => {
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      const move = moves[k];
      // The name comes from the sheet's 客户姓名 column (C) of the client's row.
      expect(cells).toEqual([move.id, String(grid[move.row - 1][2]), twoDecimals(move.before), twoDecimals(move.after)]);
    });

    fireEvent.click(within(rows[0]).getByRole('button', { name: `Select the row of client ${moves[0].id} in the sheet` }));
    await waitFor(() => expect(gateway.selectedCells).toEqual([{ sheetName: SHEET_NAME, address: `${moves[0].row}:${moves[0].row}` }]));

    // Clicking the same cell again closes the list.
    fireEvent.click(within(table).getByRole('button', { name: `${names[cell.from]} → ${names[cell.to]}: ${moves.length} clients` }));
    expect(screen.queryByRole('table', { name: `${names[cell.from]} → ${names[cell.to]}: ${moves.length} clients` })).not.toBeInTheDocument();
  });
});
