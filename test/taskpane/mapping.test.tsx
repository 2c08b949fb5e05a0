/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { clientGrid } from './clientGrid';
import { readClientTable, renderPane } from './renderPane';

function mappingRows(): string[] {
  const table = screen.getByRole('table', { name: 'Column mapping' });
  return within(table).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
}

describe('column mapping', () => {
  it('shows the header each factor reads and how it was matched', async () => {
    await renderPane();
    await readClientTable();
    expect(screen.getByText('Header at row 3')).toBeInTheDocument();
    expect(mappingRows()).toEqual([
      'Client idexact客户号',
      'Asset sizeby alias日均资产',
      'Trading frequencyignoring the unit年交易次数(次)',
      'Needsexact客户需求',
      'Risk preferenceexact风险等级',
      'Loyaltyexact开户年限',
    ]);
  });

  it('a dropdown choice changes the mapping and rebuilds the table from the cached rows', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    const quality = (): HTMLElement => screen.getByRole('table', { name: 'Data quality' });
    expect(within(quality()).getByText("'客户明细'!D9")).toBeInTheDocument();
    expect(screen.getByText('Unreadable numbers')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('combobox', { name: 'Asset size' }));
    fireEvent.click(await screen.findByRole('option', { name: '金融资产' }));

    expect(mappingRows()[1]).toBe('Asset sizechosen by you金融资产');
    expect(screen.getByRole('combobox', { name: 'Asset size' })).toHaveTextContent('金融资产');
    // 金融资产 has no unreadable cell: the "abc" in 日均资产 (D9) is no longer a problem.
    expect(within(quality()).queryByText("'客户明细'!D9")).not.toBeInTheDocument();
    expect(screen.queryByText('Unreadable numbers')).not.toBeInTheDocument();
    // One read only: the mapping change reused the cached rows.
    expect(gateway.signals).toHaveLength(1);
  });

  it('a column the model cannot find is reported, and can be chosen from the header row', async () => {
    const grid = clientGrid();
    grid[2][7] = '账户年龄'; // 开户年限 renamed to something no alias knows
    await renderPane({ grid });
    await readClientTable();
    expect(screen.getByText('column "开户年限" not found in the header at row 3 in sheet "客户明细"')).toBeInTheDocument();
    expect(mappingRows()[5]).toBe('Loyaltynot found开户年限');
    expect(screen.queryByRole('table', { name: 'Data quality' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('combobox', { name: 'Loyalty' }));
    fireEvent.click(await screen.findByRole('option', { name: '账户年龄' }));

    expect(mappingRows()[5]).toBe('Loyaltychosen by you账户年龄');
    expect(screen.queryByText(/not found in the header/u)).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Data quality' })).toBeInTheDocument();
  });
});
