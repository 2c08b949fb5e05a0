import { percentileInc, sortedPresent } from '../score/clipValues';
import { fisherJenks } from './fisherJenks';
import { scoreHistogram } from './scoreHistogram';

/** Threshold cutoffs suggested by the data for a model with `tiers` tiers, top tier first (the last is the lowest score). */
export interface SuggestedCutoffs {
  /** Equal shares of clients per tier: PERCENTILE.INC at 1 − k / tiers. */
  readonly quantiles: readonly number[];
  /** Fisher–Jenks natural breaks on the 0.01-point histogram: each class's lowest score. */
  readonly naturalBreaks: readonly number[];
  /** Clients per natural-breaks class, top tier first. */
  readonly naturalBreakCounts: readonly number[];
  /** Scored clients the suggestions are drawn from. */
  readonly clients: number;
}

/**
 * Both suggestions over the scored clients. The lowest tier's cutoff is the lowest score, so every scored client
 * lands in a tier if the suggestion is adopted as minScores.
 */
export function suggestCutoffs(scores: Float64Array, tiers: number): SuggestedCutoffs {
  const sorted = sortedPresent(scores);
  const clients = sorted.length;
  if (clients === 0 || tiers < 1) return { quantiles: [], naturalBreaks: [], naturalBreakCounts: [], clients };
  const quantiles: number[] = [];
  for (let k = 1; k < tiers; k++) quantiles.push(percentileInc(sorted, 100 * (1 - k / tiers)));
  quantiles.push(sorted[0]);
  const histogram = scoreHistogram(scores);
  const breaks = fisherJenks(histogram.values, histogram.counts, tiers);
  const counts = breaks.classStarts.map((start, c) => {
    const end = c + 1 < breaks.classStarts.length ? breaks.classStarts[c + 1] : histogram.values.length;
    let n = 0;
    for (let i = start; i < end; i++) n += histogram.counts[i];
    return n;
  });
  const naturalBreaks = [...breaks.lowerBounds].reverse();
  // The lowest class starts at its bin (the score rounded to 0.01); the lowest score itself keeps everyone in.
  naturalBreaks[naturalBreaks.length - 1] = Math.min(naturalBreaks[naturalBreaks.length - 1], sorted[0]);
  return { quantiles, naturalBreaks, naturalBreakCounts: counts.reverse(), clients };
}
