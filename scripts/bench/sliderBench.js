'use strict';
// The task pane's live slider step at 100,000 clients: re-weigh from cached factor scores and summarise the tiers
// (src/taskpane/pipeline/liveTiering.ts does exactly this), then the what-if comparison against a saved scenario
// (compareScenarios, when dist-cli has src/engine/migration). Figures only; the budget is 50 ms per step.
const fs = require('node:fs');
const path = require('node:path');
const { syntheticColumns } = require('./engineBench');

const CLIENTS = 100000;
const STEPS = 40;
const BUDGET_MS = 50;

/** Deterministic columns, the same shapes as the engine bench (lognormal assets, exponential trades). */
function syntheticTable(n) {
  const { assets, trades, tenure, needs, risk } = syntheticColumns(n, 20250301);
  const ids = Array.from({ length: n }, (_, i) => String(310000000000 + i));
  const rowNumbers = Int32Array.from({ length: n }, (_, i) => i + 2);
  const numeric = (values) => ({ kind: 'numeric', values, fromText: new Uint8Array(n) });
  const factors = ['总资产', '年交易次数', '客户需求', '风险等级', '开户年限'].map((header, index) => ({ index, header, kind: 'exact' }));
  return {
    size: n, rowNumbers, ids, rowsRead: n, issues: [], excluded: [],
    layout: { headerRow: 1, headers: factors.map((f) => f.header), id: { index: 5, header: '客户号', kind: 'exact' }, factors, extras: {} },
    factorColumns: [numeric(assets), numeric(trades),
      { kind: 'category', codes: needs, levels: ['专业投资', '基础理财'], rawLevels: ['专业投资', '基础理财'] },
      { kind: 'category', codes: risk, levels: ['c1', 'c2', 'c3', 'c4', 'c5'], rawLevels: ['C1', 'C2', 'C3', 'C4', 'C5'] },
      numeric(tenure)],
  };
}

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One slider step as the pane takes it: weights change, factor scores are reused. */
function sliderStep(engine, base, model, weight) {
  const moved = { ...model, factors: model.factors.map((f, i) => (i === 0 ? { ...f, weight } : f)) };
  const reweighing = engine.reweigh(base.factorScores, moved.factors.map((f) => f.weight), moved.tiers, moved.missing || 'zero');
  const result = { ...base, model: moved, ...reweighing };
  return { result, summary: engine.summarizeTiers(result) };
}

function timeSteps(engine, base, model, compare) {
  const plain = [];
  const withWhatIf = [];
  for (let s = 0; s < STEPS; s++) {
    const weight = 5 + ((s * 37) % 90);
    const t0 = process.hrtime.bigint();
    const { result } = sliderStep(engine, base, model, weight);
    const t1 = process.hrtime.bigint();
    if (compare) compare(base, result);
    const t2 = process.hrtime.bigint();
    plain.push(Number(t1 - t0) / 1e6);
    withWhatIf.push(Number(t2 - t0) / 1e6);
  }
  return { plain: median(plain), worst: Math.max(...plain), withWhatIf: median(withWhatIf) };
}

function loadCompareScenarios(engine, root) {
  if (typeof engine.compareScenarios === 'function') return engine.compareScenarios;
  const file = root ? path.join(root, 'dist-cli', 'engine', 'migration', 'index.js') : '';
  return file && fs.existsSync(file) ? require(file).compareScenarios : undefined;
}

async function run({ engine, root, write, section }) {
  section('Task pane: one weight-slider step at 100,000 clients (reweigh + summary; what-if compare)');
  const table = syntheticTable(CLIENTS);
  const thresholds = engine.createDefaultModel();
  thresholds.factors = thresholds.factors.map((f) => (f.scale === 'category' ? f : { ...f }));
  const quotas = { ...thresholds, tiers: [{ name: 'A', topShare: 0.05 }, { name: 'B', topShare: 0.2 }, { name: 'C', topShare: 0.5 }, { name: 'D' }] };
  const compare = loadCompareScenarios(engine, root);
  const figures = [['thresholds', thresholds], ['quotas', quotas]].map(([name, model]) => {
    const base = engine.tierClientTable(table, model); // the pane's cached factor scores
    sliderStep(engine, base, model, 50); // warm-up
    return { name, ...timeSteps(engine, base, model, compare) };
  });
  for (const f of figures) {
    write(`  ${f.name}: median ${f.plain.toFixed(1)} ms, slowest ${f.worst.toFixed(1)} ms over ${STEPS} steps`
      + (compare ? `; with what-if ${f.withWhatIf.toFixed(1)} ms` : '') + '\n');
  }
  const headline = Math.max(...figures.map((f) => f.plain));
  write(`slider update at 100,000 clients: ${headline.toFixed(1)} ms (budget ${BUDGET_MS} ms)\n`);
  if (compare) write(`slider update + what-if at 100,000 clients: ${Math.max(...figures.map((f) => f.withWhatIf)).toFixed(1)} ms (budget ${BUDGET_MS} ms)\n`);
  else write('what-if: skipped (dist-cli has no engine/migration; run npm run build:cli)\n');
}

module.exports = { run };
