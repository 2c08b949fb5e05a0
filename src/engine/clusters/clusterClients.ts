import { kmeans, type KMeansOptions, type PointSet } from './kmeans';
import { sampledSilhouette } from './silhouette';

/** The clients with every counted factor present, and their scores row by row (the points k-means sees). */
export interface ClusterInput {
  readonly points: PointSet;
  /** Client index of each point. */
  readonly clients: Uint32Array;
  /** Factor index (into the model) of each dimension. */
  readonly factors: readonly number[];
}

/** Factors weighted 0 play no part in tiers and stay out of the segmentation too. */
export function clusterInput(factorScores: readonly Float64Array[], weights: readonly number[]): ClusterInput {
  const factors = weights.flatMap((w, f) => (w !== 0 ? [f] : []));
  const d = factors.length;
  const n = factorScores.length > 0 ? factorScores[0].length : 0;
  const columns = factors.map((f) => factorScores[f]);
  let m = 0;
  const complete = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let ok = 1;
    for (let j = 0; j < d; j++) { const v = columns[j][i]; if (v !== v) { ok = 0; break; } }
    complete[i] = ok; m += ok;
  }
  const data = new Float64Array(m * d);
  const clients = new Uint32Array(m);
  for (let i = 0, p = 0; i < n; i++) {
    if (!complete[i]) continue;
    clients[p] = i;
    for (let j = 0; j < d; j++) data[p * d + j] = columns[j][i];
    p++;
  }
  return { points: { data, count: m, dimensions: d }, clients, factors };
}

/** A segmentation of the clients, clusters numbered from the highest mean composite down. */
export interface ClientClusters {
  readonly k: number;
  /** Cluster of each client (0 … k − 1), −1 for a client missing a factor. */
  readonly clusterOf: Int16Array;
  /** Per cluster: clients, and the mean score of each model factor (NaN for factors left out). */
  readonly sizes: readonly number[];
  readonly profiles: readonly (readonly number[])[];
  readonly inertia: number;
  /** Mean silhouette on a fixed sample of at most 5,000 clients. */
  readonly silhouette: number;
  readonly clustered: number;
}

/**
 * k-means on the factor scores of the complete clients, then the clusters renumbered by their mean composite score
 * (cluster 1 is the most valuable), so the numbering means the same thing on every run.
 */
export function clusterClients(
  factorScores: readonly Float64Array[], weights: readonly number[], composite: Float64Array, k: number, options: KMeansOptions = {},
): ClientClusters {
  const input = clusterInput(factorScores, weights);
  const { points, clients, factors } = input;
  const result = kmeans(points, k, options);
  const clusters = Math.max(1, Math.min(k, points.count));
  const scoreSum = new Float64Array(clusters);
  for (let p = 0; p < points.count; p++) scoreSum[result.labels[p]] += composite[clients[p]];
  const order = Array.from({ length: clusters }, (_, c) => c)
    .sort((a, b) => scoreSum[b] / Math.max(1, result.sizes[b]) - scoreSum[a] / Math.max(1, result.sizes[a]) || a - b);
  const rank = new Int16Array(clusters);
  order.forEach((c, r) => { rank[c] = r; });
  const clusterOf = new Int16Array(composite.length).fill(-1);
  for (let p = 0; p < points.count; p++) clusterOf[clients[p]] = rank[result.labels[p]];
  const profiles = order.map((c) => factorScores.map((_, f) => {
    const j = factors.indexOf(f);
    return j < 0 ? NaN : result.centers[c * points.dimensions + j];
  }));
  const renumbered = Int32Array.from(result.labels, (c) => rank[c]);
  return {
    k: clusters, clusterOf, sizes: order.map((c) => result.sizes[c]), profiles, inertia: result.inertia,
    silhouette: points.count > 1 ? sampledSilhouette(points, renumbered, clusters) : NaN, clustered: points.count,
  };
}
