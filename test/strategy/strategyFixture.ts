import type { CellValue, PlanCell } from '../../src/engine';
import type { PlanSheet } from '../../src/engine/plan/outputPlan';

/**
 * Eight clients on the default model's headers. With the default model they tier as (worked out by the engine
 * and checked by hand for order): 钻石 C001 (100) and C002; 黄金 C008; 白银 C004 above C003 although C003 comes
 * first in the sheet; 普通 C005, C006, C007. C007's name is a formula-looking text.
 */
export const CLIENT_GRID: CellValue[][] = [
  ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'],
  ['C001', '张三', 5000000, 300, '专业投资', 'C5', 15],
  ['C002', '李四', 3000000, 200, '专业投资', 'C4', 12],
  ['C003', '王五', 800000, 120, '基础理财', 'C3', 8],
  ['C004', '赵六', 500000, 80, '专业投资', 'C3', 6],
  ['C005', '钱七', 200000, 40, '基础理财', 'C2', 4],
  ['C006', '孙八', 100000, 10, '基础理财', 'C1', 2],
  ['C007', '=HYPERLINK("http://x")', 50000, 5, '基础理财', 'C1', 0],
  ['C008', '周九', 1000000, 150, '专业投资', 'C4', 10],
];

/** The name column as the caller would read it from the sheet, aligned with clients (all rows are clients). */
export const NAMES: (string | null)[] = CLIENT_GRID.slice(1).map((r) => r[1] as string);

/** Row index (0-based) of the first row whose first cell equals `label`. */
export function rowStarting(sheet: PlanSheet, label: PlanCell): number {
  return sheet.rows.findIndex((r) => r[0] === label);
}

/** The client rows below a tier sheet's client header (its second header row). */
export function clientRows(sheet: PlanSheet): (readonly PlanCell[])[] {
  const header = sheet.headerRows?.[1] ?? -1;
  return sheet.rows.slice(header + 1);
}

/** Every cell of a sheet as one text, for "is it mentioned anywhere" checks. */
export function sheetText(sheet: PlanSheet): string {
  return sheet.rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? `=${c.formula}` : String(c))).join('\t')).join('\n');
}
