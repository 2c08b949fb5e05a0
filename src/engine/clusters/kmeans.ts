import { fixedSample, seededRandom } from './seededRandom';

/** Points stored row by row: point i, dimension j is at i × dimensions + j. */
export interface PointSet {
  readonly data: Float64Array;
  readonly count: number;
  readonly dimensions: number;
}

export interface KMeansOptions {
  /** Default 20260630: any fixed number gives the same clusters on every run. */
  readonly seed?: number;
  /** k-means++ starts tried; the lowest inertia wins. Default 10, as scikit-learn's n_init. */
  readonly restarts?: number;
  /** Restarts run on a fixed sample of this many points when there are more than 4× as many. Default 32,768. */
  readonly restartSample?: number;
  /** Default 300. */
  readonly maxIterations?: number;
  /** Relative tolerance on the centres' movement, scaled by the mean variance (scikit-learn's tol). Default 1e-4. */
  readonly tolerance?: number;
}

export interface KMeansResult {
  /** Cluster of each point, 0 … k − 1. */
  readonly labels: Int32Array;
  /** k × dimensions, row by row. */
  readonly centers: Float64Array;
  /** Σ squared distance of each point to its centre. */
  readonly inertia: number;
  readonly sizes: Int32Array;
  readonly iterations: number;
}

const DEFAULT_SEED = 20260630;

function squaredDistance(data: Float64Array, i: number, centers: Float64Array, c: number, d: number): number {
  let sum = 0;
  const a = i * d;
  const b = c * d;
  for (let j = 0; j < d; j++) { const t = data[a + j] - centers[b + j]; sum += t * t; }
  return sum;
}

/**
 * Greedy k-means++ seeding over the points listed in `rows` (scikit-learn's variant: 2 + ⌊ln k⌋ candidates per centre,
 * the one that lowers the potential most is kept), so the starts are spread out and the restarts have little to fix.
 */
export function kmeansPlusPlus(points: PointSet, rows: Uint32Array, k: number, random: () => number): Float64Array {
  const { data, dimensions: d } = points;
  const n = rows.length;
  const centers = new Float64Array(k * d);
  const copyCenter = (c: number, row: number): void => { for (let j = 0; j < d; j++) centers[c * d + j] = data[row * d + j]; };
  copyCenter(0, rows[Math.floor(random() * n)]);
  const closest = new Float64Array(n);
  let potential = 0;
  for (let s = 0; s < n; s++) { closest[s] = squaredDistance(data, rows[s], centers, 0, d); potential += closest[s]; }
  const trials = 2 + Math.floor(Math.log(k));
  const candidateDistance = new Float64Array(n);
  const bestDistance = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let bestPotential = Infinity;
    let bestRow = rows[0];
    for (let t = 0; t < trials; t++) {
      // Draw a point with probability proportional to its squared distance to the nearest centre so far.
      let target = random() * potential;
      let pick = n - 1;
      for (let s = 0; s < n; s++) { target -= closest[s]; if (target <= 0) { pick = s; break; } }
      const row = rows[pick];
      let sum = 0;
      for (let s = 0; s < n; s++) {
        const a = rows[s] * d;
        let dist = 0;
        for (let j = 0; j < d; j++) { const x = data[a + j] - data[row * d + j]; dist += x * x; }
        const m = dist < closest[s] ? dist : closest[s];
        candidateDistance[s] = m; sum += m;
      }
      if (sum < bestPotential) { bestPotential = sum; bestRow = row; bestDistance.set(candidateDistance); }
    }
    copyCenter(c, bestRow);
    closest.set(bestDistance);
    potential = bestPotential;
  }
  return centers;
}

/** The mean per-dimension variance of the listed points: scikit-learn scales its tolerance by it. */
function meanVariance(points: PointSet, rows: Uint32Array | undefined): number {
  const { data, dimensions: d } = points;
  const n = rows ? rows.length : points.count;
  if (n === 0) return 0;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let sum = 0;
    let sq = 0;
    for (let s = 0; s < n; s++) { const v = data[(rows ? rows[s] : s) * d + j]; sum += v; sq += v * v; }
    const mean = sum / n;
    total += Math.max(0, sq / n - mean * mean);
  }
  return total / d;
}

interface LloydState { labels: Int32Array; centers: Float64Array; inertia: number; iterations: number; sizes: Int32Array }

/**
 * Lloyd's iterations from `start` over the listed points (all when `rows` is undefined): assign each point to its
 * nearest centre, move each centre to its points' mean, until no label changes or the centres move less than the
 * tolerance; then labels and inertia are taken once more against the final centres. An empty cluster takes the point
 * farthest from its centre.
 */
export function lloyd(points: PointSet, rows: Uint32Array | undefined, start: Float64Array, k: number, maxIterations: number, tolerance: number): LloydState {
  const { data, dimensions: d } = points;
  const n = rows ? rows.length : points.count;
  const centers = Float64Array.from(start);
  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  const tol = tolerance * meanVariance(points, rows);
  let inertia = 0;
  let iterations = 0;
  for (;;) {
    sums.fill(0); sizes.fill(0);
    let changed = 0;
    inertia = 0;
    let farthest = -1;
    let farthestDistance = -1;
    for (let s = 0; s < n; s++) {
      const i = rows ? rows[s] : s;
      const a = i * d;
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const b = c * d;
        let dist = 0;
        for (let j = 0; j < d; j++) { const t = data[a + j] - centers[b + j]; dist += t * t; }
        if (dist < bestDistance) { bestDistance = dist; best = c; }
      }
      if (labels[s] !== best) { labels[s] = best; changed++; }
      inertia += bestDistance;
      if (bestDistance > farthestDistance) { farthestDistance = bestDistance; farthest = s; }
      sizes[best]++;
      const b = best * d;
      for (let j = 0; j < d; j++) sums[b + j] += data[a + j];
    }
    if (changed === 0 || iterations >= maxIterations) break;
    iterations++;
    let shift = 0;
    for (let c = 0; c < k; c++) {
      const b = c * d;
      if (sizes[c] === 0) {
        // Relocate an empty cluster onto the worst-served point, as scikit-learn does.
        const row = rows ? rows[farthest] : farthest;
        for (let j = 0; j < d; j++) { const v = data[row * d + j]; shift += (v - centers[b + j]) ** 2; centers[b + j] = v; }
        continue;
      }
      for (let j = 0; j < d; j++) { const v = sums[b + j] / sizes[c]; shift += (v - centers[b + j]) ** 2; centers[b + j] = v; }
    }
    if (shift <= tol) {
      // Converged on the centres: one more assignment so labels and inertia match them.
      assignNearest(points, rows, centers, k, labels, sizes);
      inertia = inertiaOf(points, rows, centers, labels);
      break;
    }
  }
  return { labels, centers, inertia, iterations, sizes };
}

function assignNearest(points: PointSet, rows: Uint32Array | undefined, centers: Float64Array, k: number, labels: Int32Array, sizes: Int32Array): void {
  const { data, dimensions: d } = points;
  sizes.fill(0);
  for (let s = 0; s < labels.length; s++) {
    const i = rows ? rows[s] : s;
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) { const dist = squaredDistance(data, i, centers, c, d); if (dist < bestDistance) { bestDistance = dist; best = c; } }
    labels[s] = best; sizes[best]++;
  }
}

function inertiaOf(points: PointSet, rows: Uint32Array | undefined, centers: Float64Array, labels: Int32Array): number {
  let inertia = 0;
  for (let s = 0; s < labels.length; s++) inertia += squaredDistance(points.data, rows ? rows[s] : s, centers, labels[s], points.dimensions);
  return inertia;
}

/**
 * k-means with k-means++ starts, a fixed seed and several restarts, the lowest inertia kept. Why restarts on a sample
 * at scale: a start's quality shows on a few ten thousand points, so the restarts cost little, and Lloyd's iterations
 * over every point run once, from the best start.
 */
export function kmeans(points: PointSet, k: number, options: KMeansOptions = {}): KMeansResult {
  const m = points.count;
  const clusters = Math.max(1, Math.min(k, m));
  if (m === 0) return { labels: new Int32Array(0), centers: new Float64Array(0), inertia: 0, sizes: new Int32Array(clusters), iterations: 0 };
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const restarts = Math.max(1, options.restarts ?? 10);
  const sampleSize = options.restartSample ?? 32768;
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-4;
  const useSample = m > 4 * sampleSize;
  const rows = useSample ? fixedSample(m, sampleSize, random) : Uint32Array.from({ length: m }, (_, i) => i);
  let best: LloydState | undefined;
  for (let r = 0; r < restarts; r++) {
    const run = lloyd(points, useSample ? rows : undefined, kmeansPlusPlus(points, rows, clusters, random), clusters, maxIterations, tolerance);
    if (!best || run.inertia < best.inertia) best = run;
  }
  const chosen = best as LloydState;
  const final = useSample ? lloyd(points, undefined, chosen.centers, clusters, maxIterations, tolerance) : chosen;
  return { labels: final.labels, centers: final.centers, inertia: final.inertia, sizes: final.sizes, iterations: final.iterations };
}
