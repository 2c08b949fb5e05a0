/** Scores on the 0.01-point grid: each distinct rounded value once, ascending, with how many clients have it. */
export interface ScoreHistogram {
  readonly values: Float64Array;
  readonly counts: Float64Array;
  /** Clients counted (scored ones). */
  readonly total: number;
}

/** Hundredths per point: the grid natural breaks work on, so a million scores become at most 10,001 bins. */
const STEPS_PER_POINT = 100;

/**
 * The histogram of the scored clients on the 0.01-point grid (NaN ignored). Why a grid: scores are shown with two
 * decimals, and on at most 10,001 bins an optimal breaks search is exact and fast whatever the number of clients.
 */
export function scoreHistogram(scores: Float64Array): ScoreHistogram {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    const b = Math.round(s * STEPS_PER_POINT);
    if (b < lo) lo = b;
    if (b > hi) hi = b;
  }
  if (!(lo <= hi)) return { values: new Float64Array(0), counts: new Float64Array(0), total: 0 };
  const bins = new Float64Array(hi - lo + 1);
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    bins[Math.round(s * STEPS_PER_POINT) - lo]++;
    total++;
  }
  let used = 0;
  for (let b = 0; b < bins.length; b++) if (bins[b] > 0) used++;
  const values = new Float64Array(used);
  const counts = new Float64Array(used);
  for (let b = 0, j = 0; b < bins.length; b++) {
    if (bins[b] === 0) continue;
    values[j] = (lo + b) / STEPS_PER_POINT;
    counts[j++] = bins[b];
  }
  return { values, counts, total };
}
