import { HEAT_MAP_COLORS, heatMapBlock, rangeAddress, type PlanSheet } from '../engine';

/** The heat map's block (the engine's, heatMapBlock) as an A1 range, or undefined when the sheet has none. */
export function heatMapRange(plan: PlanSheet): string | undefined {
  const heat = heatMapBlock(plan);
  return heat && rangeAddress(heat.row, heat.column, heat.rowCount, heat.columnCount);
}

/** "#F8696B" → "FFF8696B": the ARGB form SpreadsheetML colour scales take. */
export function argbOf(color: string): string {
  return `FF${color.replace(/^#/u, '').toUpperCase()}`;
}

/** The scale's colours, lowest first, in ARGB. */
export const HEAT_MAP_ARGB: readonly [string, string] = [argbOf(HEAT_MAP_COLORS.lowest), argbOf(HEAT_MAP_COLORS.highest)];
