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

describe('data-quality panel: hidden and filtered-out rows', () => {
  // Rows 6 and 30 are clients; row 1 is the title and row 44 the totals row: hidden too, but not clients.
  const HIDDEN = [1, 6, 30, 44];

  it('counts the hidden client rows as tiered and lists each at its row’s first cell; a click selects it', async () => {
    const { gateway } = await renderPane();
    gateway.hiddenRows = HIDDEN;
    await readClientTable();
    const figure = (label: string): string | null | undefined => screen.getByText(label).nextElementSibling?.textContent;
    expect(figure('Hidden or filtered-out rows (tiered all the same)')).toBe('2');
    expect(figure('Clients')).toBe('40');
    expect(figure('Excluded rows')).toBe('1');
    const table = screen.getByRole('table', { name: 'Data quality' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toContainEqual(["'客户明细'!B6", 'row 6 is hidden or filtered out; it is tiered like any other row']);
    expect(rows).toContainEqual(["'客户明细'!B30", 'row 30 is hidden or filtered out; it is tiered like any other row']);
    expect(rows.map(([address]) => address)).not.toContain("'客户明细'!B44");
    expect(rows.map(([address]) => address)).not.toContain("'客户明细'!B1");
    fireEvent.click(screen.getByRole('button', { name: "Go to '客户明细'!B30" }));
    await waitFor(() => expect(gateway.selectedCells).toEqual([{ sheetName: '客户明细', address: 'B30' }]));
  });

  it('says so in zh-CN', async () => {
    const { gateway } = await renderPane({ locale: 'zh-CN' });
    gateway.hiddenRows = HIDDEN;
    fireEvent.click(screen.getByRole('button', { name: '读取客户表' }));
    await screen.findByText('工作表「客户明细」B1:J44，共 44 行');
    expect(screen.getByText('已隐藏或被筛选掉的行（照常分级）').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByText('第 6 行已隐藏或被筛选掉，仍照常参与分级')).toBeInTheDocument();
  });

  it('shows no such count when no row is hidden', async () => {
    await renderPane();
    await readClientTable();
    expect(screen.queryByText('Hidden or filtered-out rows (tiered all the same)')).toBeNull();
  });
});
