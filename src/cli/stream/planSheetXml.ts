import { cellLook, isPlainLook, planRowSource, sheetLook, type PlanCell, type PlanSheet, type SheetLook } from '../../engine';
import { HEAT_MAP_ARGB, heatMapRange } from '../heatMapRange';
import { dataValidationsXml } from './dataValidationXml';
import { CellXmlBuilder, cellRef } from './planCellXml';
import type { SharedStringTable } from './sharedStringTable';
import type { StylesBook } from './stylesBook';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What writing plan rows needs besides the rows. */
export interface PlanRowsTarget {
  readonly styles: StylesBook;
  readonly strings: SharedStringTable;
  readonly prefix: string;
}

/**
 * Plan rows per chunk of XML. Why so few: a chunk of 4,096 rows was a string of about a megabyte, which V8 allocates
 * outside the young generation, so every chunk stayed in the heap until the next full collection; a chunk of 256
 * rows (tens of kilobytes) dies young.
 */
const ROWS_PER_CHUNK = 256;

/**
 * Plan rows as `<row>` elements from worksheet row `firstRow` on, each cell in the look the engine gives it
 * (src/engine/plan/cellLook.ts). `appended`: rows added below an append-only sheet's earlier ones, never headers.
 */
export function planRowsXml(look: SheetLook, rows: readonly (readonly PlanCell[])[], firstRow: number, appended: boolean, target: PlanRowsTarget): string {
  return rowRangeXml(look, (r) => rows[r], 0, rows.length, firstRow, appended, target);
}

/**
 * Rows `from` to `to` (exclusive) of `rowAt`, as planRowsXml writes them; one string built by appending, no per-cell
 * arrays. Rows are asked for one at a time, so a lazy plan sheet is never built whole (planRows.ts).
 */
function rowRangeXml(
  look: SheetLook, rowAt: (r: number) => readonly PlanCell[], from: number, to: number, firstRow: number, appended: boolean, target: PlanRowsTarget,
): string {
  const { styles, strings, prefix } = target;
  // Why cached: a cell's look depends only on its column and whether its row is a header (cellLook), and styleFor
  // builds a key string per call; a sheet has a handful of looks.
  const styleCache = new Map<number, number | undefined>();
  const styleOf = (r: number, c: number): number | undefined => {
    const header = !appended && look.headerRows.has(r);
    const key = header ? -1 - c : c;
    if (!styleCache.has(key)) {
      const cellStyle = cellLook(look, r, c, appended);
      styleCache.set(key, isPlainLook(cellStyle) ? undefined : styles.styleFor(cellStyle));
    }
    return styleCache.get(key);
  };
  const builder = new CellXmlBuilder(strings, prefix);
  let xml = '';
  for (let r = from; r < to; r++) {
    const cells = rowAt(r);
    const row = firstRow + r;
    const rowText = String(row);
    let body = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null) continue;
      body += builder.cell(c + 1, row, rowText, cell, styleOf(r, c));
    }
    if (body) xml += `<${prefix}row r="${row}">${body}</${prefix}row>`;
  }
  return xml;
}

function widthsXml(plan: PlanSheet): string {
  const widths = plan.columnWidths ?? [];
  if (widths.length === 0) return '';
  return `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
}

function viewXml(plan: PlanSheet): string {
  if (!plan.freezeRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = `A${plan.freezeRows + 1}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${plan.freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>`
    + `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** The heat map as a two-colour scale; it goes after sheetData and before pageMargins, as CT_Worksheet orders them. */
function heatMapXml(plan: PlanSheet): string {
  const range = heatMapRange(plan);
  if (!range) return '';
  return `<conditionalFormatting sqref="${range}"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/>`
    + `${HEAT_MAP_ARGB.map((argb) => `<color rgb="${argb}"/>`).join('')}</colorScale></cfRule></conditionalFormatting>`;
}

/**
 * A new worksheet part holding a plan sheet: its cells, column widths, frozen header rows, heat map and data
 * validation, in chunks of ROWS_PER_CHUNK rows, so that a 50,000-row strategy sheet streams into the deflater
 * instead of being built as one string first.
 */
export function* newPlanSheetXmlChunks(plan: PlanSheet, styles: StylesBook, strings: SharedStringTable): Generator<string> {
  const source = planRowSource(plan);
  const columns = Math.max(1, source.width);
  const dimension = `A1:${cellRef(columns, Math.max(1, source.length))}`;
  const look = sheetLook(plan);
  const target = { styles, strings, prefix: '' };
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${viewXml(plan)}<sheetFormatPr defaultRowHeight="15"/>`
    + `${widthsXml(plan)}<sheetData>`;
  for (let from = 0; from < source.length; from += ROWS_PER_CHUNK) {
    yield rowRangeXml(look, source.rowAt, from, Math.min(source.length, from + ROWS_PER_CHUNK), 1, false, target);
  }
  yield `</sheetData>${heatMapXml(plan)}${dataValidationsXml(plan)}`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

/** The whole part as one string (small sheets, tests). */
export function newPlanSheetXml(plan: PlanSheet, styles: StylesBook, strings: SharedStringTable): string {
  return Array.from(newPlanSheetXmlChunks(plan, styles, strings)).join('');
}
