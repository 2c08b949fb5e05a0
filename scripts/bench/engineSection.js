'use strict';
// The engine against pandas at Excel's full sheet.
const { runEngineBench } = require('./engineBench');

async function run({ engine, section, write }) {
  section('Engine: score and tier 1,048,575 clients × 5 factors (2 percentile, 1 minmax, 2 category), quota tiers');
  const r = runEngineBench(engine);
  const runs = (x) => x.runsMs.map((ms) => ms.toFixed(0)).join(', ');
  write(`engine median of ${r.rounds}: ${r.engine.medianMs.toFixed(1)} ms  (runs ${runs(r.engine)}; tier counts ${r.engine.counts.join('/')})\n`);
  if (r.pandas.skipped) {
    write(`pandas: skipped (${r.pandas.skipped})\n`);
    return;
  }
  write(`pandas median of ${r.rounds}: ${r.pandas.medianMs.toFixed(1)} ms  (runs ${runs(r.pandas)}; tier counts ${r.pandas.counts.join('/')}; same data, taking turns with the engine)\n`);
  write(`engine/pandas ratio: ${(r.engine.medianMs / r.pandas.medianMs).toFixed(2)}\n`);
}

module.exports = { run };
