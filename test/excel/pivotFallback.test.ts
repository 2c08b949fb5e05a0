import { OUTPUT_LABELS } from '../../src/engine';
import { TIER_PIVOT_NAME } from '../../src/engine/plan/composeOutputPlan';
import { staticPivotGrid } from '../../src/excel/staticPivot';
import { addinPlan, findAndRead } from './pipeline';
import { smallWorkbook } from './smallWorkbook';

describe('PivotTables', () => {
  it('without the PivotTable API (ExcelApi 1.7) writes static summary tables and says so in both languages', async () => {
    const { fake, gateway } = smallWorkbook(60, { apiVersion: '1.7' });
    const { plan, result } = addinPlan(await findAndRead(gateway), { pivots: true, chart: true, strategySheets: false });
    const report = await gateway.writePlan(plan);
    expect(fake.pivots()).toEqual([]);
    expect(report.pivots).toEqual([]);
    expect(report.incomplete).toBe(false);
    const warning = report.warnings.find((w) => w['en-US'].includes('ExcelApi 1.8'));
    expect(warning?.['zh-CN']).toContain('静态汇总表');
    expect(warning?.['en-US']).toContain('"分级汇总"');

    const pivot = plan.pivots.find((p) => p.name === TIER_PIVOT_NAME);
    if (!pivot) throw new Error('the plan has no tier pivot');
    const summary = fake.sheet('分级汇总');
    const header = summary.grid()[pivot.anchor.row].slice(pivot.anchor.column);
    expect(header.slice(0, 1 + pivot.values.length)).toEqual([OUTPUT_LABELS.tierColumn['zh-CN'], ...pivot.values.map((v) => v.caption)]);
    const bodyRows = summary.grid().slice(pivot.anchor.row + 1, pivot.anchor.row + 1 + result.model.tiers.length + 1)
      .map((r) => r.slice(pivot.anchor.column, pivot.anchor.column + 2));
    const counts = new Map(bodyRows.map(([k, v]) => [k, v]));
    result.model.tiers.forEach((t, k) => { if (result.tierCounts[k] > 0) expect(counts.get(t.name)).toBe(result.tierCounts[k]); });
    expect(counts.get('总计')).toBe(result.table.size);
    expect(fake.charts()).toHaveLength(1);
  });

  it('computes count, sum and average per key with a grand total, and crosses a column field', () => {
    const cells: Record<string, (string | number | null)[]> = {
      tier: ['A', 'B', 'A', null], assets: [10, 20, 30, 5], risk: ['C1', 'C2', 'C1', 'C2'],
    };
    const grid = staticPivotGrid({
      key: 'p', sheetKey: 's', name: 'P', rowField: 'tier', anchor: { row: 0, column: 0 },
      values: [{ field: 'tier', summarizeBy: 'count', caption: 'n' }, { field: 'assets', summarizeBy: 'sum', caption: 'Σ' }, { field: 'assets', summarizeBy: 'average', caption: 'avg' }],
    }, (f) => cells[f], 'en-US');
    expect(grid).toEqual([
      ['tier', 'n', 'Σ', 'avg'],
      ['(blank)', null, 5, 5],
      ['A', 2, 40, 20],
      ['B', 1, 20, 20],
      ['Grand Total', 3, 65, 16.25],
    ]);
    const crossed = staticPivotGrid({
      key: 'p', sheetKey: 's', name: 'P', rowField: 'tier', columnField: 'risk', anchor: { row: 0, column: 0 },
      values: [{ field: 'assets', summarizeBy: 'sum', caption: 'Σ' }],
    }, (f) => cells[f], 'zh-CN');
    expect(crossed).toEqual([
      ['tier', 'C1', 'C2', '总计'],
      ['(空白)', null, 5, 5],
      ['A', 40, null, 40],
      ['B', null, 20, 20],
      ['总计', 40, 25, 65],
    ]);
  });
});
