import { text, type CellValue, type LocalizedText, type OutputPlan, rangeAddress } from '../engine';
import { writeRowBlock } from './blockWriter';
import { excelInputOf } from './excelInput';
import { pivotSourceHeaders } from './pivotSource';
import { readBlockChunks, type SheetBlock } from './readBlockChunks';
import type { RequestBudget } from './requestBudget';
import type { RequestPacker } from './requestPacker';
import { staticPivotGrid } from './staticPivot';

export function staticPivotWarning(sheets: readonly string[]): LocalizedText {
  const list = sheets.map((s) => `「${s}」`).join('、');
  const listEn = sheets.map((s) => `"${s}"`).join(', ');
  return text(
    `此版本的 Excel 不支持创建数据透视表（需要 ExcelApi 1.8），已在${list}写入静态汇总表；数据变化后请重新运行 TierBook`,
    `this version of Excel cannot create PivotTables (needs ExcelApi 1.8), so TierBook wrote static summary tables to ${listEn} instead; run TierBook again when the data changes`);
}

/**
 * For an Excel without PivotTable creation: reads the fields the pivots use back from the client sheet (after the
 * columns were written) and writes what each PivotTable would show, as values, at its anchor.
 */
export async function writeStaticPivots(
  packer: RequestPacker, context: Excel.RequestContext, plan: OutputPlan, sheets: ReadonlyMap<string, Excel.Worksheet>,
  source: Excel.Worksheet, block: SheetBlock, sourceHeader: readonly CellValue[], budget: RequestBudget, signal?: AbortSignal,
): Promise<string[]> {
  await packer.flush(); // the columns must be in the sheet before they are read back
  const headers = pivotSourceHeaders(plan, sourceHeader, block);
  const fields = new Set(plan.pivots.flatMap((p) => [p.rowField, ...(p.columnField ? [p.columnField] : []), ...p.values.map((v) => v.field)]));
  const values = new Map<string, CellValue[]>();
  for (const field of fields) {
    const index = headers.indexOf(field);
    const cells: CellValue[] = [];
    if (index >= 0) {
      const column: SheetBlock = { row: block.row + 1, column: block.column + index, rowCount: block.rowCount - 1, columnCount: 1 };
      await readBlockChunks(context, source, column, budget, 24, (rows) => { for (const row of rows) cells.push(row[0] ?? null); }, signal);
    }
    values.set(field, cells);
  }
  const written: string[] = [];
  for (const pivot of plan.pivots) {
    const sheet = sheets.get(pivot.sheetKey);
    if (!sheet) continue;
    const grid = staticPivotGrid(pivot, (field) => values.get(field) ?? [], plan.locale);
    const width = grid[0].length;
    await writeRowBlock(packer, { sheet, row: pivot.anchor.row, column: pivot.anchor.column, width }, grid.length,
      (r) => Array.from({ length: width }, (_, c) => excelInputOf(grid[r][c] ?? null)));
    await packer.ensureRoom(512);
    packer.begin();
    sheet.getRange(rangeAddress(pivot.anchor.row, pivot.anchor.column, 1, width)).format.font.bold = true;
    packer.add(512, 0);
    written.push(pivot.key);
  }
  return written;
}
