'use strict';
// The tierbook CLI on Excel's full sheet: 1,048,575 clients × 10 columns (header in row 1, so every one of the
// 1,048,576 rows is used), end to end through its one package reader: time, CPU and peak RSS. For scale, the same
// run on 100,000 rows. The inputs are written with ExcelJS's streaming WorkbookWriter, since
// a million-row workbook does not fit ExcelJS's in-memory writer either. Figures only, never assertions.
// Run alone with `node scripts/bench/cliBench.js [rows]`, or as a section of `npm run bench`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { mulberry32 } = require('./mulberry32');

const FULL_SHEET_CLIENTS = 1048575;
const COMPARE_CLIENTS = 100000;
const HEADERS = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '开户日期', '营业部', '备注'];
const BRANCHES = ['上海浦东', '北京朝阳', '深圳福田', '杭州西湖', '成都高新'];

/** A deterministic broker export: numbers, a few numbers as text, missing values, dates, formula-like text. */
async function writeClientsXlsx(ExcelJS, file, clients) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('客户清单');
  sheet.addRow(HEADERS).commit();
  const rand = mulberry32(20261125);
  for (let i = 1; i <= clients; i++) {
    const assets = Math.round(Math.exp(10 + 2 * Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())) * 100) / 100;
    const row = sheet.addRow([
      String(310000000000 + i), `客户${i}`,
      i % 1000 === 0 ? `${(assets / 10000).toFixed(1)}万` : i % 997 === 0 ? null : assets,
      Math.floor(-Math.log(rand() + 1e-12) * 40), rand() < 0.2 ? '专业投资' : '基础理财', `C${1 + Math.floor(rand() * 5)}`,
      Math.round(rand() * 200) / 10,
      new Date(Date.UTC(1995 + Math.floor(rand() * 30), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))),
      BRANCHES[i % BRANCHES.length], i % 499 === 0 ? '=HYPERLINK("http://example.com","x")' : null,
    ]);
    row.getCell(8).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

// Runs the built CLI in a child process and reports its own wall time, CPU time and peak RSS. Why VmHWM and not
// getrusage's maxrss: maxrss survives exec, so a child forked from this (large) process would report our size.
const CHILD = `
const fs = require('fs');
const started = process.hrtime.bigint();
let sampled = 0;
const sampler = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage().rss); }, 10);
require(process.argv[1]).main(process.argv.slice(2), undefined).then((code) => {
  clearInterval(sampler);
  const usage = process.resourceUsage();
  let peak = Math.max(sampled, process.memoryUsage().rss);
  try { peak = Number(/VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) * 1024; } catch {}
  process.stderr.write('\\n@@' + JSON.stringify({ code, ms: Number(process.hrtime.bigint() - started) / 1e6,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: peak / 1048576 }) + '\\n');
  process.exitCode = code;
});`;

function runCli(root, args) {
  const run = spawnSync(process.execPath, ['-e', CHILD, path.join(root, 'dist-cli', 'cli', 'main.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = (run.stderr || '').split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`tierbook did not finish: ${run.stderr}`);
  const message = (run.stderr || '').split('\n').find((l) => l.startsWith('tierbook: '));
  return { ...JSON.parse(line.slice(2)), message };
}

const mb = (bytes) => (bytes / 1048576).toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(1);

async function timed(work) {
  const t0 = Date.now();
  await work();
  return Date.now() - t0;
}

function report(write, label, r, outFile) {
  if (r.code !== 0) throw new Error(`${label} exited ${r.code} after ${seconds(r.ms)} s (peak RSS ${r.peakRssMb.toFixed(0)} MB): ${r.message ?? 'no message'}`);
  write(`${label}: exit ${r.code}, ${seconds(r.ms)} s wall, ${seconds(r.cpuMs)} s CPU, peak RSS ${r.peakRssMb.toFixed(0)} MB, output ${mb(fs.statSync(outFile).size)} MB\n`);
}

async function run({ root, section, write, clients = FULL_SHEET_CLIENTS }) {
  const ExcelJS = require(path.join(root, 'node_modules', 'exceljs'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-cli-bench-'));
  try {
    section(`CLI: tierbook on ${clients.toLocaleString('en-US')} clients × ${HEADERS.length} columns (the one package reader)`);
    const input = path.join(dir, 'full.xlsx');
    const genMs = await timed(() => writeClientsXlsx(ExcelJS, input, clients));
    write(`input written by ExcelJS's streaming writer in ${seconds(genMs)} s: ${mb(fs.statSync(input).size)} MB\n`);
    const out = path.join(dir, 'full-tiered.xlsx');
    report(write, 'tierbook', runCli(root, [input, '-o', out]), out);

    section(`CLI: ${COMPARE_CLIENTS.toLocaleString('en-US')} clients`);
    const small = path.join(dir, 'small.xlsx');
    await writeClientsXlsx(ExcelJS, small, COMPARE_CLIENTS);
    write(`input: ${mb(fs.statSync(small).size)} MB\n`);
    const smallOut = path.join(dir, 'small-tiered.xlsx');
    report(write, 'tierbook', runCli(root, [small, '-o', smallOut]), smallOut);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run, writeClientsXlsx };

if (require.main === module) {
  const root = path.join(__dirname, '..', '..');
  if (!fs.existsSync(path.join(root, 'dist-cli', 'cli', 'main.js'))) spawnSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
  const clients = Number(process.argv[2]) || FULL_SHEET_CLIENTS;
  run({ root, clients, section: (t) => process.stdout.write(`\n## ${t}\n`), write: (s) => process.stdout.write(s) })
    .catch((e) => { process.stderr.write(`cliBench failed: ${e.stack || e}\n`); process.exitCode = 1; });
}
