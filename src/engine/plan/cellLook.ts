import type { PlanBlock, PlanColumn, PlanSheet } from './outputPlan';
import { planRowSource } from './planRows';

/** How one written cell looks; both renderers draw exactly this (fonts, fills and borders stay the workbook's). */
export interface CellLook {
  readonly bold?: boolean;
  readonly numberFormat?: string;
  /** Wrapped text, aligned to the top of the row. */
  readonly wrap?: boolean;
}

/** The decisions behind every cell look of one plan sheet, made once per sheet rather than once per cell. */
export interface SheetLook {
  /** 0-based rows drawn bold, as headers; they keep General. */
  readonly headerRows: ReadonlySet<number>;
  /** 0-based column → the number format of its rows that are not headers. */
  readonly numberFormats: ReadonlyMap<number, string>;
  /**
   * 0-based columns whose text wraps: those holding a line break in any row (numbered action lists). Why per column
   * and not per cell: the column reads as one block, and the add-in formats it with one range command.
   */
  readonly wrapColumns: ReadonlySet<number>;
}

export function sheetLook(plan: PlanSheet): SheetLook {
  const { wrapColumns } = planRowSource(plan);
  const numberFormats = new Map(Object.entries(plan.numberFormats ?? {}).map(([c, format]) => [Number(c), format]));
  return { headerRows: new Set(plan.headerRows ?? []), numberFormats, wrapColumns };
}

/**
 * The look of the plan's cell at 0-based (row, column). `appended` rows (new rows of an append-only sheet below its
 * earlier ones) are never headers: the sheet already has its header.
 */
export function cellLook(look: SheetLook, row: number, column: number, appended = false): CellLook {
  const header = !appended && look.headerRows.has(row);
  const numberFormat = header ? undefined : look.numberFormats.get(column);
  const wrap = look.wrapColumns.has(column);
  return { ...(header ? { bold: true } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}), ...(wrap ? { wrap: true } : {}) };
}

/** Whether a look changes anything from a plain cell. */
export function isPlainLook(look: CellLook): boolean {
  return !look.bold && look.numberFormat === undefined && !look.wrap;
}

/** The look of a cell of a column appended to the client sheet: its header bold, its body in the column's format. */
export function columnCellLook(column: PlanColumn, header: boolean): CellLook {
  if (header) return { bold: true };
  return column.numberFormat ? { numberFormat: column.numberFormat } : {};
}

/** The block the heat map colours, or undefined when the sheet has none (or an empty one). */
export function heatMapBlock(plan: PlanSheet): PlanBlock | undefined {
  const heat = plan.heatMap;
  return heat && heat.rowCount > 0 && heat.columnCount > 0 ? heat : undefined;
}
