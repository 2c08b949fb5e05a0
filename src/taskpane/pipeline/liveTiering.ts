import { reweigh, summarizeTiers, type Reweighing, type TierModel, type TierSummaryRow, type TieringResult } from '../../engine';

/** The tier distribution for the model as it is now, from factor scores computed earlier. */
export interface LiveTiering {
  readonly reweighing: Reweighing;
  /** The base result with this model's scores and tiers (its issues and exclusions are the base's). */
  readonly result: TieringResult;
  readonly summary: readonly TierSummaryRow[];
  /** Clients left without a tier (unscored, or below the lowest threshold). */
  readonly notTiered: number;
}

/**
 * One slider step: re-weigh and re-tier from `base.factorScores` (same factors as `model`), then summarise.
 * Why not tierClientTable: only weights and tiers changed, so nothing is re-read or re-ranked.
 */
export function liveTiering(base: TieringResult, model: TierModel): LiveTiering {
  const reweighing = reweigh(base.factorScores, model.factors.map((f) => f.weight), model.tiers, model.missing ?? 'zero');
  const result: TieringResult = { ...base, model, ...reweighing };
  const summary = summarizeTiers(result);
  const tiered = summary.reduce((n, row) => n + row.count, 0);
  return { reweighing, result, summary, notTiered: base.table.size - tiered };
}
