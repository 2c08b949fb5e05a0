/*
 * When a user switches between score thresholds and quotas, every client keeps their tier: quotas from the live
 * tier counts (tier k's cumulative share is exactly the share of the clients in tiers 0..k, which puts the quota
 * cutoff on the lowest score of tier k), thresholds from the live cutoffs (the quota tiers' lowest scores, unrounded).
 * Without data, an even split. Both tier the same because a cutoff is "the first tier whose cutoff ≤ score" in both
 * modes (engine/tiers/assignTiers.ts). Clients below the lowest threshold have no tier, which quotas cannot say:
 * they join the last tier.
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
    const share = total > 0 ? cumulative / total : even;
    // An empty tier would repeat the share above it, which quotas cannot say; it gets a sliver (one client in 1,000).
    const next = Math.min(1, share > previous ? share : previous + 0.001);
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
    const even = Math.round((1000 * (tierCount - 1 - k)) / tierCount) / 10;
    const exact = cutoff !== undefined && Number.isFinite(cutoff) ? cutoff : even;
    // Two quota tiers with one cutoff (the lower one empty): the lower one goes a millionth below, still empty.
    const next = Math.max(0, Math.min(100, exact, previous - 1e-6));
    seeds.push(next);
    previous = next;
  }
  return seeds;
}
