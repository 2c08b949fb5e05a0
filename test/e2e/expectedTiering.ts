/** What the pane should show and write, computed by the engine in Node from the same sample rows. */
import { createDefaultModel, type CellValue, type Locale, type TierModel, type TieringResult } from '../../src/engine';
import { formatCount, formatShare } from '../../src/taskpane/format';
import { STRINGS } from '../../src/taskpane/i18n';
import type { SeedCell } from '../fake-excel';

/** Seed cells as Range.values reports them (a formula by its cached value). */
export function cellValues(rows: readonly SeedCell[][]): CellValue[][] {
  return rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.value ?? null : cell)));
}

/** The default model with one factor's weight changed, as a slider move leaves it. */
export function withWeight(factorIndex: number, weight: number): TierModel {
  const model = createDefaultModel();
  model.factors[factorIndex].weight = weight;
  return model;
}

/** The distribution labels of DistributionChart: "钻石：12 人（0.2%）", share of the tiered clients. */
export function distributionLines(result: TieringResult, locale: Locale): string[] {
  const s = STRINGS[locale];
  const tiered = Array.from(result.tierCounts).reduce((a, c) => a + c, 0);
  return result.model.tiers.map((tier, k) => s.distributionRow(tier.label?.[locale] ?? tier.name, formatCount(result.tierCounts[k], locale), formatShare(result.tierCounts[k] / tiered, locale)));
}

/** Clients whose tier differs between two runs over the same table. */
export function movedBetween(a: TieringResult, b: TieringResult): number {
  let moved = 0;
  for (let i = 0; i < a.tierIndex.length; i++) if (a.tierIndex[i] !== b.tierIndex[i]) moved++;
  return moved;
}
