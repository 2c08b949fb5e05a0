'use strict';
// k-means at Excel's full sheet (1,048,575 clients × 5 factor scores, k = 4) against scikit-learn's KMeans(n_init=10)
// in the same run, and Fisher–Jenks natural breaks on the same clients' composite scores.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { syntheticColumns, benchModel, engineTable } = require('./engineBench');

const ROWS = 1048575;
const K = 4;
const PYTHON = '/usr/bin/python3';

// Fits once untimed on a slice (imports, thread pool), then times one full fit; prints ms and inertia.
const SKLEARN_SCRIPT = String.raw`
import sys, time, numpy as np
from sklearn.cluster import KMeans
X = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, int(sys.argv[2]))
KMeans(n_clusters=${K}, n_init=10, random_state=0).fit(X[:10000])
t0 = time.perf_counter()
km = KMeans(n_clusters=${K}, n_init=10, random_state=0).fit(X)
print((time.perf_counter() - t0) * 1000, km.inertia_, km.n_iter_)
`;

function sklearnUnavailable() {
  if (!fs.existsSync(PYTHON)) return 'no /usr/bin/python3';
  try { execFileSync(PYTHON, ['-c', 'import sklearn, numpy'], { stdio: 'ignore' }); } catch { return 'scikit-learn is not installed for /usr/bin/python3 (apt-get install python3-sklearn)'; }
  return undefined;
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function run({ engine, section, write }) {
  section(`Clusters and natural breaks: ${ROWS.toLocaleString('en-US')} clients × 5 factor scores, k = ${K}`);
  const model = benchModel();
  const table = engineTable(engine, syntheticColumns(ROWS), ROWS, model);
  const factorScores = engine.scoreFactors(table, model);
  const weights = model.factors.map((f) => f.weight);
  const { scores } = engine.compositeScores(factorScores, weights, 'zero');
  const input = engine.clusterInput(factorScores, weights);
  engine.kmeans({ data: input.points.data.subarray(0, 10000 * 5), count: 10000, dimensions: 5 }, K); // compile the hot loops
  global.gc?.();
  let t0 = process.hrtime.bigint();
  const result = engine.kmeans(input.points, K);
  const kmeansMs = Number(process.hrtime.bigint() - t0) / 1e6;
  write(`TierBook k-means (k-means++, 10 restarts on a 32,768 sample, then Lloyd on all): ${kmeansMs.toFixed(0)} ms, inertia ${result.inertia.toExponential(6)}, ${result.iterations} full iterations; load average ${load()}\n`);
  const skipped = sklearnUnavailable();
  if (skipped) write(`scikit-learn: skipped (${skipped})\n`);
  else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-kmeans-'));
    try {
      const file = path.join(dir, 'x.bin');
      const data = input.points.data;
      fs.writeFileSync(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      const [ms, inertia, iterations] = execFileSync(PYTHON, ['-c', SKLEARN_SCRIPT, file, String(input.points.dimensions)], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
      write(`scikit-learn KMeans(n_init=10): ${ms.toFixed(0)} ms, inertia ${inertia.toExponential(6)}, ${iterations} iterations (best init); load average ${load()}\n`);
      write(`time ratio TierBook/scikit-learn: ${(kmeansMs / ms).toFixed(2)} (goal ≤ 1.00); inertia ratio: ${(result.inertia / inertia).toFixed(5)} (goal ≤ 1.01)\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  t0 = process.hrtime.bigint();
  const silhouette = engine.sampledSilhouette(input.points, result.labels, K);
  write(`silhouette on a fixed 5,000-client sample: ${silhouette.toFixed(3)} in ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms\n`);
  t0 = process.hrtime.bigint();
  const histogram = engine.scoreHistogram(scores);
  const breaks = engine.fisherJenks(histogram.values, histogram.counts, 4);
  write(`Fisher–Jenks alone (0.01 histogram of ${histogram.total.toLocaleString('en-US')} scores → ${histogram.values.length.toLocaleString('en-US')} bins, 4 classes): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, within-class SS ${breaks.withinSumOfSquares.toExponential(4)}\n`);
  t0 = process.hrtime.bigint();
  const cutoffs = engine.suggestCutoffs(scores, 4);
  write(`suggested cutoffs (quantiles + Fisher–Jenks on the 0.01 histogram), 4 tiers: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms; natural breaks ${cutoffs.naturalBreaks.map((b) => b.toFixed(2)).join(' / ')}; load average ${load()}\n`);
}

module.exports = { run };
