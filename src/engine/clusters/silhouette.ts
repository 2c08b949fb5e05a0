import type { PointSet } from './kmeans';
import { fixedSample, seededRandom } from './seededRandom';

/**
 * The mean silhouette over a fixed sample of at most `sampleSize` points, distances taken within the sample (as
 * scikit-learn's silhouette_score with sample_size): for each point, a = mean distance to its own cluster, b = the
 * smallest mean distance to another cluster, s = (b − a) / max(a, b), 0 for a point alone in its cluster. NaN with
 * fewer than two clusters in the sample.
 */
export function sampledSilhouette(points: PointSet, labels: Int32Array, k: number, sampleSize = 5000, seed = 7): number {
  const rows = fixedSample(points.count, sampleSize, seededRandom(seed));
  const n = rows.length;
  const { data, dimensions: d } = points;
  const clusterSize = new Int32Array(k);
  for (let s = 0; s < n; s++) clusterSize[labels[rows[s]]]++;
  if (clusterSize.filter((c) => c > 0).length < 2) return NaN;
  const sums = new Float64Array(k);
  let total = 0;
  for (let s = 0; s < n; s++) {
    sums.fill(0);
    const a0 = rows[s] * d;
    for (let t = 0; t < n; t++) {
      if (t === s) continue;
      const b0 = rows[t] * d;
      let dist = 0;
      for (let j = 0; j < d; j++) { const x = data[a0 + j] - data[b0 + j]; dist += x * x; }
      sums[labels[rows[t]]] += Math.sqrt(dist);
    }
    const own = labels[rows[s]];
    if (clusterSize[own] <= 1) continue;
    const a = sums[own] / (clusterSize[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && clusterSize[c] > 0) b = Math.min(b, sums[c] / clusterSize[c]);
    const m = Math.max(a, b);
    total += m > 0 ? (b - a) / m : 0;
  }
  return total / n;
}
