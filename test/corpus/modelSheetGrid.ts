/*
 * The default model's sheet as a user sees its values (formulas shown as their results), to edit into nonsense.
 * Rows (0-based) of the zh-CN sheet: 7 因子, 8 its header, 9–13 assets, frequency, needs, risk, loyalty;
 * 15 等级, 16 its header, 17–20 钻石, 黄金, 白银, 普通; 22 分类映射, 23 its header, 24–27 needs labels, 28–38 risk labels.
 */
import { createDefaultModel, isFormulaCell, writeModelSheet, type CellValue } from '../../src/engine';

export const MODEL_ROWS = {
  factorsLabel: 7, factorHeader: 8, assets: 9, frequency: 10, needs: 11, risk: 12, loyalty: 13,
  tiersLabel: 15, tierHeader: 16, diamond: 17, gold: 18, silver: 19, standard: 20,
  categoriesLabel: 22, categoryHeader: 23, firstCategory: 24,
} as const;

export function defaultModelSheetGrid(): CellValue[][] {
  return writeModelSheet(createDefaultModel(), 'zh-CN').rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.result ?? null : cell)));
}

/** The grid with 0-based row `row` removed, as "Delete row" leaves it. */
export function withoutRow(grid: readonly (readonly CellValue[])[], row: number): CellValue[][] {
  return grid.filter((_, r) => r !== row).map((r) => [...r]);
}
