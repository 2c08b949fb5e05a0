import { cellAddress, sheetWidth, type OutputPlan, type PlanChart, rangeAddress, nameSafeKey } from '../engine';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

const CHART_TYPE: Readonly<Record<PlanChart['type'], Excel.ChartType>> = {
  columnClustered: 'ColumnClustered' as Excel.ChartType,
  pie: 'Pie' as Excel.ChartType,
  barClustered: 'BarClustered' as Excel.ChartType,
  line: 'Line' as Excel.ChartType,
};

/** Charts carry TierBook's prefix, like its PivotTables, so that they can be told apart from a user's. */
export function chartName(key: string): string {
  return `TierBook_${nameSafeKey(key)}`;
}

/**
 * The plan's charts, each from its block of a plan sheet (series by columns: the header row names the series),
 * placed below the sheet's rows and left of any PivotTable (those start right of the widest row).
 */
export async function createCharts(
  packer: RequestPacker, plan: OutputPlan, sheets: ReadonlyMap<string, Excel.Worksheet>, onQueued: (title: string) => void,
): Promise<void> {
  for (const chart of plan.charts) {
    const sheet = sheets.get(chart.sheetKey);
    const planSheet = plan.sheets.find((s) => s.key === chart.sheetKey);
    if (!sheet || !planSheet) continue;
    const bytes = COMMAND_OVERHEAD_BYTES * 5;
    await packer.ensureRoom(bytes);
    packer.begin();
    const { row, column, rowCount, columnCount } = chart.source;
    const added = sheet.charts.add(CHART_TYPE[chart.type], sheet.getRange(rangeAddress(row, column, rowCount, columnCount)), 'Columns');
    added.name = chartName(chart.key);
    added.title.text = chart.title;
    const top = planSheet.rows.length + 1;
    added.setPosition(cellAddress(top, 0), cellAddress(top + 15, Math.max(3, sheetWidth(planSheet.rows) - 1)));
    packer.add(bytes, 0);
    onQueued(chart.title);
  }
}
