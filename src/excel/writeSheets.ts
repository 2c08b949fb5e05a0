import { HEAT_MAP_COLORS, heatMapBlock, rangeAddress, sheetLook, sheetWidth, type PlanCell, type PlanSheet, type SheetLook } from '../engine';
import { writeColumnFormat, writeRowBlock } from './blockWriter';
import { characterWidthToPoints } from './columnWidth';
import { excelInputOf, type ExcelInput } from './excelInput';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

/** Work units of a sheet's rows, for progress. */
export function sheetUnits(rows: readonly (readonly PlanCell[])[]): number {
  return rows.length * sheetWidth(rows);
}

function rowInputs(row: readonly PlanCell[], width: number): ExcelInput[] {
  const out = new Array<ExcelInput>(width);
  for (let c = 0; c < width; c++) out[c] = excelInputOf(row[c]);
  return out;
}

/** Writes `rows` from 0-based row `firstRow` on, in budget-sized chunks. */
export async function writeSheetRows(packer: RequestPacker, sheet: Excel.Worksheet, rows: readonly (readonly PlanCell[])[], firstRow: number): Promise<void> {
  const width = sheetWidth(rows);
  if (rows.length === 0 || width === 0) return;
  await writeRowBlock(packer, { sheet, row: firstRow, column: 0, width }, rows.length, (r) => rowInputs(rows[r], width));
}

/** Consecutive rows that are not header rows. */
export function bodyRuns(rowCount: number, headerRows: ReadonlySet<number>): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (let r = 0; r < rowCount; r++) {
    if (headerRows.has(r)) continue;
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else runs.push({ start: r, count: 1 });
  }
  return runs;
}

/** A small formatting command's share of the request budget. */
async function queue(packer: RequestPacker, bytes: number, cells: number, command: () => void): Promise<void> {
  await packer.ensureRoom(bytes + COMMAND_OVERHEAD_BYTES, cells);
  packer.begin();
  command();
  packer.add(bytes + COMMAND_OVERHEAD_BYTES, cells);
}

/** The wrapped columns (the engine's decision) over `rowCount` rows from `firstRow`: wrapped text, top-aligned. */
async function wrapColumns(packer: RequestPacker, sheet: Excel.Worksheet, look: SheetLook, firstRow: number, rowCount: number): Promise<void> {
  if (rowCount <= 0) return;
  for (const c of look.wrapColumns) {
    await queue(packer, 0, 0, () => {
      const range = sheet.getRange(rangeAddress(firstRow, c, rowCount, 1));
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
    });
  }
}

/**
 * A fresh sheet's looks, as the engine decides them (src/engine/plan/cellLook.ts): bold header rows, per-column
 * number formats on the rows that are not headers, wrapped columns; and the sheet's frozen rows, column widths and
 * the heat map's colour scale.
 */
export async function formatSheet(packer: RequestPacker, sheet: Excel.Worksheet, plan: PlanSheet): Promise<void> {
  const width = sheetWidth(plan.rows);
  const look = sheetLook(plan);
  for (const r of look.headerRows) {
    if (r < plan.rows.length && width > 0) await queue(packer, 0, 0, () => { sheet.getRange(rangeAddress(r, 0, 1, width)).format.font.bold = true; });
  }
  const widths = plan.columnWidths ?? [];
  for (let c = 0; c < widths.length; c++) {
    await queue(packer, 0, 0, () => { sheet.getRange(rangeAddress(0, c, 1, 1)).format.columnWidth = characterWidthToPoints(widths[c]); });
  }
  if (plan.freezeRows) await queue(packer, 0, 0, () => sheet.freezePanes.freezeRows(plan.freezeRows));
  for (const [column, format] of look.numberFormats) {
    // Header rows keep General: the format goes on each run of rows between them.
    for (const run of bodyRuns(plan.rows.length, look.headerRows)) await writeColumnFormat(packer, sheet, run.start, column, run.count, format);
  }
  const heat = heatMapBlock(plan);
  if (heat) {
    await queue(packer, 0, 0, () => {
      // A two-colour scale (ExcelApi 1.6, below TierBook's 1.7 baseline): it recolours itself when a count is edited.
      sheet.getRange(rangeAddress(heat.row, heat.column, heat.rowCount, heat.columnCount))
        .conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', color: HEAT_MAP_COLORS.lowest },
        maximum: { type: 'HighestValue', color: HEAT_MAP_COLORS.highest },
      };
    });
  }
  await wrapColumns(packer, sheet, look, 0, plan.rows.length);
}

/** Rows appended below an append-only sheet's earlier ones: the body look (number formats, wrap), never a header's. */
export async function formatAppendedRows(packer: RequestPacker, sheet: Excel.Worksheet, plan: PlanSheet, firstRow: number, rowCount: number): Promise<void> {
  const look = sheetLook(plan);
  if (rowCount <= 0) return;
  for (const [column, format] of look.numberFormats) await writeColumnFormat(packer, sheet, firstRow, column, rowCount, format);
  await wrapColumns(packer, sheet, look, firstRow, rowCount);
}
