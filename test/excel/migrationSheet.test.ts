import { DEFAULT_ADDIN_CHOICES, HEAT_MAP_COLORS, composeOutputPlan } from '../../src/engine';
import { findAndRead, tierTable } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

// A re-run in the add-in: the previous tier column is read back through the gateway, and the migration sheet is
// written with its heat map as a real colour scale (issue 5).
describe('the migration sheet on a re-run', () => {
  it('reads the previous tiers, writes the change column and the matrix with a white-to-red colour scale', async () => {
    const { fake, gateway } = smallWorkbook(40);
    const compose = async (previousTiers?: ReadonlyMap<string, string>) => {
      const read = await findAndRead(gateway);
      const { result, extras } = tierTable(read);
      const plan = composeOutputPlan({
        result, locale: 'zh-CN', extras, previousTiers, run: { timestamp: '2026-11-25T12:00:00Z', tool: 'test' },
        choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', pivots: false, chart: false, strategySheets: false, segments: false },
        source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
      });
      return { plan, read };
    };
    const first = await compose();
    await gateway.writePlan(first.plan);
    expect(fake.conditionalFormats()).toEqual([]);

    const previous = await gateway.readPreviousTiers(first.read.source);
    expect(previous?.size).toBe(40);
    const second = await compose(previous);
    const report = await gateway.writePlan(second.plan);
    expect(report.incomplete).toBe(false);
    const migration = second.plan.sheets.find((s) => s.role === 'migration');
    const heat = migration?.heatMap;
    if (!migration || !heat) throw new Error('the re-run plan has no migration sheet with a heat map');
    const sheetName = report.sheets.find((name) => name.startsWith('等级迁移'));
    expect(sheetName).toBe('等级迁移');
    const [format] = fake.conditionalFormats();
    const firstCell = `${String.fromCharCode(65 + heat.column)}${heat.row + 1}`;
    const lastCell = `${String.fromCharCode(65 + heat.column + heat.columnCount - 1)}${heat.row + heat.rowCount}`;
    expect(format).toMatchObject({ sheet: '等级迁移', address: `等级迁移!${firstCell}:${lastCell}`, type: 'ColorScale' });
    expect(JSON.stringify(format.settings)).toContain(HEAT_MAP_COLORS.highest);
    // Same data, same model: everyone kept their tier, so the change column says "=" on every client row.
    const header = fake.sheet(CLIENT_SHEET).grid('A1:Z1')[0];
    const change = header.indexOf('等级变动');
    expect(change).toBeGreaterThan(0);
    const marks = fake.sheet(CLIENT_SHEET).grid().slice(1).map((row) => row[change]).filter((m) => m !== null && m !== '');
    expect(new Set(marks)).toEqual(new Set(['=']));
    expect(marks).toHaveLength(40);
  });
});
