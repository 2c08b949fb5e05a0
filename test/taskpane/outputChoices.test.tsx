/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen } from '@testing-library/react';
import { openTab, readClientTable, renderPane } from './renderPane';

describe('output choices', () => {
  it('each checkbox has its own accessible name, and its label toggles only itself', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Output');
    const group = screen.getByRole('group', { name: 'What to write' });
    const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
    const ids = boxes.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pivots = screen.getByRole('checkbox', { name: /PivotTables/u });
    const before = boxes.map((b) => (b as HTMLInputElement).checked);
    fireEvent.click(screen.getByText(/PivotTables/u));
    const after = boxes.map((b) => (b as HTMLInputElement).checked);
    const changed = after.map((v, i) => v !== before[i]);
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(changed[boxes.indexOf(pivots)]).toBe(true);
  });
});
