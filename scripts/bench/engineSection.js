'use strict';
// The engine against pandas at Excel's full sheet.
const { runEngineBench } = require('./engineBench');

async function run({ engine, section, write }) {
  section('Engine: score and tier 1,048,575 clients × 5 factors (2 percentile, 1 minmax, 2 category), quota tiers');
  const r = runEngineBench(engine);
  write(`engine median of 5: ${r.engine.medianMs.toFixed(1)} ms  (tier counts ${r.engine.counts.join('/')})\n`);
  if (r.pandas.skipped) {
    write(`pandas: skipped (${r.pandas.skipped})\n`);
    return;
  }
  write(`pandas median of 5: ${r.pandas.medianMs.toFixed(1)} ms  (tier counts ${r.pandas.counts.join('/')}, same data in the same run)\n`);
  write(`engine/pandas ratio: ${(r.engine.medianMs / r.pandas.medianMs).toFixed(2)}\n`);
}

module.exports = { run };
