import { HEAT_MAP_COLORS, cellAddress, type PlanSheet } from '../engine';

/** The heat map's block as an A1 range, or undefined when the sheet has none (or an empty one). */
export function heatMapRange(plan: PlanSheet): string | undefined {
  const heat = plan.heatMap;
  if (!heat || heat.rowCount <= 0 || heat.columnCount <= 0) return undefined;
  return `${cellAddress(heat.row, heat.column)}:${cellAddress(heat.row + heat.rowCount - 1, heat.column + heat.columnCount - 1)}`;
}

/** "#F8696B" → "FFF8696B": the ARGB form both ExcelJS and SpreadsheetML colour scales take. */
export function argbOf(color: string): string {
  return `FF${color.replace(/^#/u, '').toUpperCase()}`;
}

/** The scale's colours, lowest first, in ARGB. */
export const HEAT_MAP_ARGB: readonly [string, string] = [argbOf(HEAT_MAP_COLORS.lowest), argbOf(HEAT_MAP_COLORS.highest)];
