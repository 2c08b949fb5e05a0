'use strict';
// The engine against pandas at Excel's full sheet.
const os = require('node:os');
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
  const ratio = r.engine.medianMs / r.pandas.medianMs;
  const same = r.engine.counts.join('/') === r.pandas.counts.join('/');
  const load = os.loadavg()[0];
  write(`engine/pandas ratio: ${ratio.toFixed(2)} (goal ≤ 0.4: ${ratio <= 0.4 ? 'met' : 'missed'}); tier counts ${same ? 'identical' : 'DIFFER'}; `
    + `load average ${load.toFixed(2)}${load > 1 ? ' (above 1: a loaded machine; rerun quiet before trusting the ratio)' : ''}\n`);
}

module.exports = { run };
