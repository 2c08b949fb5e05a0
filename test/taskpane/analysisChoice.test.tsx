/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { openTab, readClientTable, renderPane } from './renderPane';

describe('the analysis sheets output choice', () => {
  it('is off by default and, ticked, adds the three analysis sheets and the cluster column to what the run writes', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Output');
    const box = screen.getByRole('checkbox', { name: /Analysis sheets/u });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(box).toBeChecked();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
    expect(await screen.findByText('Written to the workbook', undefined, { timeout: 30_000 })).toBeInTheDocument();
    const written = gateway.plans.at(-1);
    expect(written?.sheets.filter((s) => s.role === 'analysis').map((s) => s.preferredName)).toEqual(['Sensitivity', 'Upgrade Potential', 'Cluster Profiles']);
    expect(written?.columns.some((c) => c.key === 'cluster')).toBe(true);
  });
});
