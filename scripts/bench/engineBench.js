'use strict';
// Engine vs pandas on Excel's full sheet: 1,048,575 clients × 5 factors (2 percentile, 1 minmax, 2 category), quota tiers.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { mulberry32 } = require('./mulberry32');

const ROWS = 1048575;

/** Deterministic data so both sides score the very same clients. */
function syntheticColumns(n, seed = 20261125) {
  const rand = mulberry32(seed);
  const assets = new Float64Array(n), trades = new Float64Array(n), tenure = new Float64Array(n);
  const needs = new Int32Array(n), risk = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    assets[i] = Math.round(Math.exp(10 + 2 * Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())) * 100) / 100;
    trades[i] = Math.floor(-Math.log(rand() + 1e-12) * 40);
    tenure[i] = Math.round(rand() * 200) / 10;
    needs[i] = rand() < 0.2 ? 0 : 1;
    risk[i] = Math.floor(rand() * 5);
  }
  return { assets, trades, tenure, needs, risk };
}

function benchModel() {
  return {
    factors: [
      { key: 'assets', column: '总资产', weight: 35, scale: 'percentile' },
      { key: 'frequency', column: '年交易次数', weight: 20, scale: 'percentile' },
      { key: 'loyalty', column: '开户年限', weight: 15, scale: 'minmax' },
      { key: 'needs', column: '客户需求', weight: 15, scale: 'category', categories: { 专业投资: 100, 基础理财: 30 } },
      { key: 'risk', column: '风险等级', weight: 15, scale: 'category', categories: { C1: 0, C2: 25, C3: 50, C4: 75, C5: 100 } },
    ],
    tiers: [{ name: 'A', topShare: 0.05 }, { name: 'B', topShare: 0.2 }, { name: 'C', topShare: 0.5 }, { name: 'D' }],
    missing: 'zero',
  };
}

function engineTable(engine, cols, n, model) {
  const layout = { headerRow: 1, headers: [], factors: model.factors.map((f, i) => ({ index: i, header: f.column, kind: 'exact' })), extras: {} };
  const numeric = (values) => ({ kind: 'numeric', values, fromText: new Uint8Array(0) });
  return {
    size: n, rowNumbers: new Int32Array(0), ids: [], rowsRead: n, issues: [], excluded: [], layout,
    factorColumns: [numeric(cols.assets), numeric(cols.trades), numeric(cols.tenure),
      { kind: 'category', codes: cols.needs, levels: ['专业投资', '基础理财'], rawLevels: ['专业投资', '基础理财'], spellings: ['专业投资', '基础理财'], spellingCodes: cols.needs },
      { kind: 'category', codes: cols.risk, levels: ['c1', 'c2', 'c3', 'c4', 'c5'], rawLevels: ['C1', 'C2', 'C3', 'C4', 'C5'], spellings: ['C1', 'C2', 'C3', 'C4', 'C5'], spellingCodes: cols.risk }],
  };
}

/** One scoring-and-tiering run of the engine, the same steps the pandas script takes. */
function engineRun(engine, table, model) {
  const factorScores = engine.scoreFactors(table, model);
  const { scores } = engine.compositeScores(factorScores, model.factors.map((f) => f.weight), 'zero');
  return engine.assignTiers(scores, model.tiers);
}

/** Milliseconds of one engine run, started with the previous run's garbage collected, as pandas frees on the spot. */
function timeEngineOnce(engine, table, model) {
  if (typeof global.gc === 'function') global.gc(); // node --expose-gc
  const t0 = process.hrtime.bigint();
  const result = engineRun(engine, table, model);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, counts: Array.from(result.tierCounts) };
}

// Loads the columns, runs once untimed (first-call costs), then prints the time of one run and the tier counts.
const PANDAS_SCRIPT = String.raw`
import sys, time, numpy as np, pandas as pd
d = np.load(sys.argv[1])
df = pd.DataFrame({k: d[k] for k in d.files})
def run():
    n = len(df)
    a = (df['assets'].rank(method='min') - 1) / (n - 1) * 100
    f = (df['trades'].rank(method='min') - 1) / (n - 1) * 100
    t = df['tenure']; l = (t - t.min()) / (t.max() - t.min()) * 100
    nd = df['needs'].map({0: 100.0, 1: 30.0})
    r = df['risk'].map({0: 0.0, 1: 25.0, 2: 50.0, 3: 75.0, 4: 100.0})
    s = (35 * a + 20 * f + 15 * l + 15 * nd + 15 * r) / 100
    srt = np.sort(s.to_numpy())[::-1]
    cut = [srt[int(np.ceil(q * n)) - 1] for q in (0.05, 0.2, 0.5)]
    tier = pd.cut(s, bins=[-np.inf, cut[2], cut[1], cut[0], np.inf], labels=['D', 'C', 'B', 'A'], right=False)
    return tier.value_counts()
run()
t0 = time.perf_counter()
counts = run()
print((time.perf_counter() - t0) * 1000, counts['A'], counts['B'], counts['C'], counts['D'])
`;

const PYTHON = '/usr/bin/python3';

/** Why pandas can't run here, or undefined when it can. */
function pandasUnavailable() {
  if (!fs.existsSync(PYTHON)) return 'no /usr/bin/python3';
  try { execFileSync(PYTHON, ['-c', 'import pandas, numpy'], { stdio: 'ignore' }); } catch { return 'pandas is not installed for /usr/bin/python3 (apt-get install python3-pandas)'; }
  return undefined;
}

/** Writes the columns as one .npz that each pandas run loads. */
function writeColumnsForPandas(cols, dir) {
  const files = {};
  for (const [k, v] of Object.entries(cols)) {
    const p = path.join(dir, `${k}.bin`);
    fs.writeFileSync(p, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
    files[k] = [p, v instanceof Float64Array ? 'float64' : 'int32'];
  }
  const loader = `import numpy as np, json, sys\nfiles = json.loads(sys.argv[1])\nnp.savez(sys.argv[2], **{k: np.fromfile(p, dtype=t) for k, (p, t) in files.items()})`;
  const npz = path.join(dir, 'cols.npz');
  execFileSync(PYTHON, ['-c', loader, JSON.stringify(files), npz]);
  return npz;
}

function timePandasOnce(npz) {
  const out = execFileSync(PYTHON, ['-c', PANDAS_SCRIPT, npz], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
  return { ms: out[0], counts: out.slice(1) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Engine and pandas take turns, one timed run each per round, so that both see the same moments of a shared
 * machine; each side's figure is the median over the rounds.
 */
function runEngineBench(engine, { rows = ROWS, rounds = 5, warmups = 5 } = {}) {
  const model = benchModel();
  const cols = syntheticColumns(rows);
  const table = engineTable(engine, cols, rows, model);
  const rssBefore = process.memoryUsage().rss;
  for (let w = 0; w < warmups; w++) engineRun(engine, table, model); // V8 compiles the hot loops over the first runs
  const skipped = pandasUnavailable();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-bench-'));
  const engineRuns = [];
  const pandasRuns = [];
  try {
    const npz = skipped ? undefined : writeColumnsForPandas(cols, dir);
    for (let r = 0; r < rounds; r++) {
      engineRuns.push(timeEngineOnce(engine, table, model));
      if (npz) pandasRuns.push(timePandasOnce(npz));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const summary = (runs) => ({ medianMs: median(runs.map((x) => x.ms)), runsMs: runs.map((x) => x.ms), counts: runs[runs.length - 1].counts });
  return { rows, rounds, engine: summary(engineRuns), pandas: skipped ? { skipped } : summary(pandasRuns), rssBeforeMb: rssBefore / 1048576 };
}

module.exports = { runEngineBench, syntheticColumns, benchModel, engineTable };
