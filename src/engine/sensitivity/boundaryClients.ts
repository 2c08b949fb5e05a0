/** A client whose score is within the margin of a tier cutoff. */
export interface BoundaryClient {
  readonly client: number;
  /** The tier whose cutoff is nearest (index into the model's tiers). */
  readonly tier: number;
  /** score − cutoff: negative just below the line, zero or positive on or just above it. */
  readonly distance: number;
}

/** Per finite cutoff: clients within the margin below it and on or above it. */
export interface BoundaryCounts {
  readonly tier: number;
  readonly cutoff: number;
  readonly below: number;
  readonly above: number;
}

/** Default margin, in points of the composite score. */
export const DEFAULT_BOUNDARY_MARGIN = 1;

/**
 * The clients whose score lies within `margin` points of some tier cutoff (|score − cutoff| ≤ margin), nearest line
 * first, with the counts per cutoff. A catch-all last quota tier (cutoff −∞) has no line. Why both sides: a client
 * just above a line is the one a small reweighting drops, one just below is the one it lifts.
 */
export function boundaryClients(scores: Float64Array, tierCutoffs: Float64Array, margin = DEFAULT_BOUNDARY_MARGIN): { clients: BoundaryClient[]; counts: BoundaryCounts[] } {
  const lines: number[] = [];
  for (let k = 0; k < tierCutoffs.length; k++) if (Number.isFinite(tierCutoffs[k])) lines.push(k);
  const below = new Int32Array(tierCutoffs.length);
  const above = new Int32Array(tierCutoffs.length);
  const clients: BoundaryClient[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    let best = -1;
    let bestDistance = Infinity;
    for (const k of lines) {
      const d = s - tierCutoffs[k];
      if (Math.abs(d) <= margin) {
        if (d < 0) below[k]++; else above[k]++;
        if (Math.abs(d) < Math.abs(bestDistance)) { best = k; bestDistance = d; }
      }
    }
    if (best >= 0) clients.push({ client: i, tier: best, distance: bestDistance });
  }
  clients.sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.client - b.client);
  return { clients, counts: lines.map((k) => ({ tier: k, cutoff: tierCutoffs[k], below: below[k], above: above[k] })) };
}
