import type { CellValue } from '../../src/engine/cell/cellValue';
import { createDefaultModel } from '../../src/engine/model/defaultModel';
import { tierGrid, type TieringResult } from '../../src/engine/run/tierClients';
import { buildClientSuitability, SUITABILITY_EXTRA_ROLES, type ClientSuitabilityProfiles } from '../../src/engine/suitability';
import { readExtraColumns } from '../../src/engine/table/extraColumns';
import { sampleGrid } from '../fixtures/sampleGrid';

describe('professional-investor test on samples/clients.xlsx (5,000 clients)', () => {
  let grid: CellValue[][] = [];
  let result: TieringResult;
  let profiles: ClientSuitabilityProfiles;
  const column = (name: string): number => grid[0].indexOf(name);

  beforeAll(async () => {
    grid = await sampleGrid();
    result = tierGrid(grid, createDefaultModel(), '客户清单');
    const extras = readExtraColumns(grid, result.table.layout, SUITABILITY_EXTRA_ROLES, result.table.rowNumbers, result.model);
    profiles = buildClientSuitability(extras, result.table.rowNumbers);
  });

  it('reads every client with no unreadable suitability cell', () => {
    expect(profiles.size).toBe(5000);
    expect(profiles.issues).toEqual([]);
  });

  it('agrees, client by client, with Art. 8 written out directly (the sample has every individual field)', () => {
    const [type, fa, income, exp] = ['客户类型', '金融资产', '近三年年均收入', '投资经验年限'].map(column);
    let professionals = 0;
    result.table.rowNumbers.forEach((row, client) => {
      const cells = grid[row - 1];
      const financial = cells[fa] as number;
      const years = cells[exp] as number;
      let expected: string;
      if (cells[type] === '个人') {
        expected = (financial >= 5_000_000 || (cells[income] as number) >= 500_000) && years >= 2 ? 'professional' : 'ordinary';
      } else {
        // No 净资产 column: an institution is ordinary when a known field fails, else it cannot be decided.
        expected = financial < 10_000_000 || years < 2 ? 'ordinary' : 'undetermined';
      }
      if (expected === 'professional') professionals++;
      expect(`${row}:${profiles.investorClassAt(client)}`).toBe(`${row}:${expected}`);
    });
    expect(professionals).toBeGreaterThan(0);
  });

  it('flags exactly the 最低类别 rows as lowest category', () => {
    const risk = column('风险等级');
    const lowestRows = result.table.rowNumbers.filter((row) => grid[row - 1][risk] === '最低类别');
    expect(lowestRows.length).toBeGreaterThan(0);
    const flagged = Array.from(result.table.rowNumbers).filter((_, c) => profiles.riskLevels[c] === 'lowest');
    expect(flagged).toEqual(Array.from(lowestRows));
  });
});
