import { cellLook, isPlainLook, sheetLook, sheetWidth, type PlanCell, type PlanSheet, type SheetLook } from '../../engine';
import { HEAT_MAP_ARGB, heatMapRange } from '../heatMapRange';
import { cellRef, planCellXml } from './planCellXml';
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
 * Plan rows as `<row>` elements from worksheet row `firstRow` on, each cell in the look the engine gives it
 * (src/engine/plan/cellLook.ts). `appended`: rows added below an append-only sheet's earlier ones, never headers.
 */
export function planRowsXml(look: SheetLook, rows: readonly (readonly PlanCell[])[], firstRow: number, appended: boolean, target: PlanRowsTarget): string {
  const { styles, strings, prefix } = target;
  return rows.map((cells, r) => {
    const xml = cells.map((cell, c) => {
      if (cell === null) return '';
      const cellStyle = cellLook(look, r, c, appended);
      return planCellXml(c + 1, firstRow + r, cell, isPlainLook(cellStyle) ? undefined : styles.styleFor(cellStyle), strings, prefix);
    }).join('');
    return xml ? `<${prefix}row r="${firstRow + r}">${xml}</${prefix}row>` : '';
  }).join('');
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

/** A new worksheet part holding a plan sheet: its cells, column widths, frozen header rows and heat map. */
export function newPlanSheetXml(plan: PlanSheet, styles: StylesBook, strings: SharedStringTable): string {
  const columns = Math.max(1, sheetWidth(plan.rows));
  const dimension = `A1:${cellRef(columns, Math.max(1, plan.rows.length))}`;
  const rows = planRowsXml(sheetLook(plan), plan.rows, 1, false, { styles, strings, prefix: '' });
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${viewXml(plan)}<sheetFormatPr defaultRowHeight="15"/>`
    + `${widthsXml(plan)}<sheetData>${rows}</sheetData>${heatMapXml(plan)}`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}
