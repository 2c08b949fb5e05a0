'use strict';
// `npm run bench`: figures and ratios, never assertions. Sections run in order; each prints its own lines.
const path = require('node:path');
const { execSync } = require('node:child_process');
const fs = require('node:fs');

const root = path.join(__dirname, '..');
if (!fs.existsSync(path.join(root, 'dist-cli', 'engine', 'index.js'))) execSync('npm run build:cli', { cwd: root, stdio: 'inherit' });
const engine = require(path.join(root, 'dist-cli', 'engine', 'index.js'));

const mb = (bytes) => (bytes / 1048576).toFixed(0);
let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 5);

function section(title) { process.stdout.write(`\n## ${title}\n`); }

async function main() {
  section('Engine: score and tier 1,048,575 clients × 5 factors (2 percentile, 1 minmax, 2 category), quota tiers');
  const { runEngineBench } = require('./bench/engineBench');
  const r = runEngineBench(engine);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  process.stdout.write(`engine median: ${r.engine.medianMs.toFixed(1)} ms  (tier counts ${r.engine.counts.join('/')})\n`);
  if (r.pandas.skipped) {
    process.stdout.write(`pandas: skipped (${r.pandas.skipped})\n`);
  } else {
    process.stdout.write(`pandas median: ${r.pandas.medianMs.toFixed(1)} ms  (tier counts ${r.pandas.counts.join('/')})\n`);
    process.stdout.write(`engine/pandas ratio: ${(r.engine.medianMs / r.pandas.medianMs).toFixed(2)}\n`);
  }
  process.stdout.write(`peak memory (engine section, RSS): ${mb(peakRss)} MB\n`);
  for (const extra of ['bench/workbookBench.js', 'bench/sliderBench.js', 'bench/functionsBench.js', 'bench/bundleBench.js', 'bench/libreofficeBench.js']) {
    const file = path.join(__dirname, extra);
    if (!fs.existsSync(file)) continue;
    await require(file).run({ engine, root, section, write: (s) => process.stdout.write(s) });
  }
}

main().then(() => clearInterval(sampler), (e) => { clearInterval(sampler); process.stderr.write(`bench failed: ${e.stack || e}\n`); process.exitCode = 1; });
