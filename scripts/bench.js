'use strict';
// `npm run bench`: figures and ratios, never assertions. Each section prints its own lines and its peak memory.
// `npm run bench -- --report` also writes the whole run into docs/performance.md, but only from a quiet machine
// (1-minute load average ≤ 1 at the start and at the end); `--report-loaded` writes it anyway, marked as loaded.
// `npm run bench -- --only engine,functions` runs some sections.
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { execSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const only = (args.find((a) => a.startsWith('--only=')) || (args.includes('--only') ? `--only=${args[args.indexOf('--only') + 1]}` : '')).replace('--only=', '');
const writeReport = args.includes('--report') || args.includes('--report-loaded');
const reportLoaded = args.includes('--report-loaded');
const startLoad = os.loadavg()[0];

execSync('npm run build:cli', { cwd: root, stdio: 'ignore' });
const engine = require(path.join(root, 'dist-cli', 'engine', 'index.js'));

let output = '';
const write = (s) => { output += s; process.stdout.write(s); };
const section = (title) => write(`\n## ${title}\n`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;

/** Peak RSS of this process during one section (child processes report their own). */
function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  return () => { clearInterval(timer); return Math.max(peak, process.memoryUsage().rss); };
}

const SECTIONS = [
  ['engine', './bench/engineSection'],
  ['clusters', './bench/kmeansBench'],
  ['slider', './bench/sliderBench'],
  ['weights', './bench/weightsBench'],
  ['functions', './bench/functionsBench'],
  ['workbook', './bench/workbookBench'],
  ['tracking', './bench/trackingBench'],
  ['cli', './bench/cliBench'],
  ['bundle', './bench/bundleBench'],
  ['render', './bench/firstRenderBench'],
  ['responsive', './bench/responsivenessBench'],
  ['libreoffice', './bench/libreofficeBench'],
];

async function main() {
  write(`TierBook benchmark, ${new Date().toISOString()} — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${mb(os.totalmem())} RAM, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const [name, modulePath] of SECTIONS) {
    if (only && !only.split(',').includes(name)) continue;
    const file = path.join(__dirname, `${modulePath}.js`);
    if (!fs.existsSync(file)) { write(`\n## ${name}: not available in this build (${path.relative(root, file)} is missing)\n`); continue; }
    global.gc?.();
    const stop = memorySampler();
    try {
      await require(file).run({ engine, root, section, write });
    } catch (e) {
      write(`${name} failed: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    }
    write(`peak memory (bench process during this section, RSS): ${mb(stop())}\n`);
  }
  if (!writeReport) return;
  const worstLoad = Math.max(startLoad, os.loadavg()[0]);
  if (worstLoad > 1 && !reportLoaded) {
    process.stdout.write(`\ndocs/performance.md not written: the load average reached ${worstLoad.toFixed(2)} (above 1). Rerun on a quiet machine, or pass --report-loaded.\n`);
    return;
  }
  writePerformanceDoc(worstLoad > 1 ? `**Loaded run** (load average up to ${worstLoad.toFixed(1)} on ${os.cpus().length} cores): the figures below are not the machine's quiet figures.\n\n` : '');
}

function writePerformanceDoc(warning) {
  const notes = fs.readFileSync(path.join(__dirname, 'bench', 'performanceNotes.md'), 'utf8');
  const doc = `# Performance\n\nWritten by \`npm run bench -- --report\`. The figures below are one run on this project's machine; rerun to refresh.\n\n${warning}\`\`\`text\n${output.trim()}\n\`\`\`\n\n${notes}`;
  fs.writeFileSync(path.join(root, 'docs', 'performance.md'), doc);
  process.stdout.write('\nwrote docs/performance.md\n');
}

main();
