/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readClientTable, renderPane } from './renderPane';

describe('data-quality panel', () => {
  it('counts clients, excluded rows and problems by type', async () => {
    await renderPane();
    await readClientTable();
    const figure = (label: string): string | null | undefined => screen.getByText(label).nextElementSibling?.textContent;
    expect(figure('Clients')).toBe('40');
    expect(figure('Excluded rows')).toBe('1'); // the totals row
    expect(figure('Unreadable numbers')).toBe('1');
    expect(figure('Missing values')).toBe('1');
    expect(figure('Unknown categories')).toBe('1');
    expect(figure('Duplicate client ids')).toBe('2');
  });

  it('lists each problem with its cell address, sheet!A1 with the block starting at column B', async () => {
    await renderPane();
    await readClientTable();
    const table = screen.getByRole('table', { name: 'Data quality' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
    expect(rows).toEqual(["'客户明细'!D9", "'客户明细'!G14", "'客户明细'!E19", "'客户明细'!B23", "'客户明细'!B24"]);
    expect(within(table).getByText('"abc" is not a readable number; treated as missing')).toBeInTheDocument();
  });

  it('clicking an address selects that cell through the gateway', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    fireEvent.click(screen.getByRole('button', { name: "Go to '客户明细'!G14" }));
    await waitFor(() => expect(gateway.selectedCells).toEqual([{ sheetName: '客户明细', address: 'G14' }]));
    fireEvent.click(screen.getByRole('button', { name: "Go to '客户明细'!D9" }));
    await waitFor(() => expect(gateway.selectedCells).toEqual([{ sheetName: '客户明细', address: 'G14' }, { sheetName: '客户明细', address: 'D9' }]));
  });
});
