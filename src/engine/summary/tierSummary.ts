import type { TieringResult } from '../run/tierClients';

/** One tier's figures for the summary sheet and the task pane's chart. */
export interface TierSummaryRow {
  readonly tier: string;
  readonly count: number;
  /** Share of all tiered clients, 0–1. */
  readonly share: number;
  readonly averageScore: number;
  /** Sum and average of the raw values behind the factor keyed "assets", when the model has one. */
  readonly assetsTotal?: number;
  readonly assetsAverage?: number;
}

/** Count, average score and asset totals per tier, top tier first; clients with missing assets add nothing to the sums. */
export function summarizeTiers(result: TieringResult): TierSummaryRow[] {
  const k = result.model.tiers.length;
  const scoreSum = new Float64Array(k);
  const assetSum = new Float64Array(k);
  const assetCount = new Int32Array(k);
  const assetsFactor = result.model.factors.findIndex((f) => f.key === 'assets');
  const assetsColumn = assetsFactor >= 0 ? result.table.factorColumns[assetsFactor] : undefined;
  const assetValues = assetsColumn && assetsColumn.kind === 'numeric' ? assetsColumn.values : undefined;
  let tiered = 0;
  for (let i = 0; i < result.tierIndex.length; i++) {
    const t = result.tierIndex[i];
    if (t < 0) continue;
    tiered++;
    scoreSum[t] += result.scores[i];
    if (assetValues) {
      const v = assetValues[i];
      if (v === v) { assetSum[t] += v; assetCount[t]++; }
    }
  }
  return result.model.tiers.map((tier, t) => {
    const count = result.tierCounts[t];
    const row: TierSummaryRow = { tier: tier.name, count, share: tiered ? count / tiered : 0, averageScore: count ? scoreSum[t] / count : 0 };
    return assetValues ? { ...row, assetsTotal: assetSum[t], assetsAverage: assetCount[t] ? assetSum[t] / assetCount[t] : 0 } : row;
  });
}
