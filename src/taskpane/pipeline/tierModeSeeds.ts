/*
 * When a user switches between score thresholds and quotas, the new tiers start where the current ones split the
 * clients: quotas from the live tier counts, thresholds from the live cutoffs. Without data, an even split.
 */

/** Cumulative shares from the top, strictly increasing within (0, 1]; the last tier's is unused (it takes the rest). */
export function quotaSeeds(tierCounts: ArrayLike<number> | undefined, tierCount: number): number[] {
  const total = tierCounts ? Array.from(tierCounts).reduce((a, c) => a + c, 0) : 0;
  const seeds: number[] = [];
  let cumulative = 0;
  let previous = 0;
  for (let k = 0; k < tierCount; k++) {
    cumulative += tierCounts?.[k] ?? 0;
    const even = (k + 1) / tierCount;
    const share = total > 0 ? Math.round((cumulative / total) * 1000) / 1000 : even;
    // An empty tier would repeat the share above it; nudge it so the quotas stay in order.
    const next = Math.min(1, Math.max(share, previous + 0.001));
    seeds.push(next);
    previous = next;
  }
  return seeds;
}

/** Minimum scores, strictly decreasing within [0, 100]; the last tier gets 0 so that every scored client has a tier. */
export function thresholdSeeds(tierCutoffs: ArrayLike<number> | undefined, tierCount: number): number[] {
  const seeds: number[] = [];
  let previous = Infinity;
  for (let k = 0; k < tierCount; k++) {
    if (k === tierCount - 1) { seeds.push(0); break; }
    const cutoff = tierCutoffs?.[k];
    const even = (100 * (tierCount - 1 - k)) / tierCount;
    const rounded = cutoff !== undefined && Number.isFinite(cutoff) ? Math.round(cutoff * 10) / 10 : even;
    const next = Math.max(0, Math.min(100, rounded, previous - 0.1));
    seeds.push(Math.round(next * 10) / 10);
    previous = next;
  }
  return seeds;
}
