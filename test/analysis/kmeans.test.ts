import { kmeans, type PointSet } from '../../src/engine/clusters/kmeans';
import { sampledSilhouette } from '../../src/engine/clusters/silhouette';
import { clusterProfileLabel } from '../../src/engine/analysis/analysisLabels';

function points(rows: number[][]): PointSet {
  return { data: Float64Array.from(rows.flat()), count: rows.length, dimensions: rows[0].length };
}

/** Three squares of side 2, far apart: each centre is its square's middle, each point √2 away (squared 2). */
const SQUARES = [
  [0, 0], [0, 2], [2, 0], [2, 2],
  [20, 0], [20, 2], [22, 0], [22, 2],
  [0, 20], [0, 22], [2, 20], [2, 22],
];

describe('k-means', () => {
  it('finds three separable squares: centres at their middles, inertia 12 × 2 = 24', () => {
    const result = kmeans(points(SQUARES), 3, { seed: 1 });
    expect(result.inertia).toBeCloseTo(24, 10);
    const centres = [0, 1, 2].map((c) => [result.centers[2 * c], result.centers[2 * c + 1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(centres).toEqual([[1, 1], [1, 21], [21, 1]]);
    for (let square = 0; square < 3; square++) {
      const labels = new Set(Array.from(result.labels.slice(square * 4, square * 4 + 4)));
      expect(labels.size).toBe(1);
    }
    expect(Array.from(result.sizes).sort()).toEqual([4, 4, 4]);
  });

  it('gives the same clusters for the same seed, and restarts on a sample still find the squares', () => {
    const many: number[][] = [];
    for (let r = 0; r < 50; r++) for (const p of SQUARES) many.push([p[0] + (r % 5) * 0.01, p[1]]);
    const a = kmeans(points(many), 3, { seed: 9, restartSample: 40 });
    const b = kmeans(points(many), 3, { seed: 9, restartSample: 40 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.sizes).sort()).toEqual([200, 200, 200]);
  });

  it('relocates an empty cluster: k = 2 on two identical points and one far one', () => {
    const result = kmeans(points([[0], [0], [10]]), 2, { seed: 2 });
    expect(result.inertia).toBe(0);
  });
});

describe('silhouette', () => {
  it('matches the hand computation on 0, 1 | 10, 11', () => {
    // a = 1 for each; b = 10.5, 9.5, 9.5, 10.5 → s = 9.5/10.5, 8.5/9.5, 8.5/9.5, 9.5/10.5
    const expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    expect(sampledSilhouette(points([[0], [1], [10], [11]]), Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(expected, 12);
  });

  it('is NaN with one cluster', () => {
    expect(sampledSilhouette(points([[0], [1]]), Int32Array.from([0, 0]), 1)).toBeNaN();
  });
});

describe('cluster profile in plain words', () => {
  const factors = [
    { key: 'assets', label: { 'zh-CN': '资产规模', 'en-US': 'Asset size' } },
    { key: 'frequency', label: { 'zh-CN': '交易频率', 'en-US': 'Trading frequency' } },
    { key: 'loyalty' },
  ];

  it('names the (at most two) factors furthest from the overall mean, by at least 10 points', () => {
    expect(clusterProfileLabel([80, 30, 52], [50, 50, 50], factors)).toEqual({ 'zh-CN': '资产规模高、交易频率低', 'en-US': 'high asset size, low trading frequency' });
    expect(clusterProfileLabel([55, 50, 35], [50, 50, 50], factors)).toEqual({ 'zh-CN': 'loyalty低', 'en-US': 'low loyalty' });
  });

  it('says "close to average" when no factor is 10 points off', () => {
    expect(clusterProfileLabel([55, 45, 59.9], [50, 50, 50], factors)).toEqual({ 'zh-CN': '各项接近平均', 'en-US': 'close to average on every factor' });
  });
});
