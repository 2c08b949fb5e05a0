'use strict';
// Issue 11: what the follow-up loop adds to an add-in run, on the fake Excel at 100,000 clients. A second run (the
// first wrote the plan, the snapshot and the history; 1,000 plan rows were then filled in), the pane's own path:
// find, read, previous tiers, templates, [the tracking sheets], compose, write. With and without the loop, taking
// turns, on fresh workbooks. Prints each arm's time, the ratio (goal: at most 1.20), and the tracked write's syncs and
// largest request (cap 4,000,000 bytes). The fake runs in this process, so the time includes its own work.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { transpileTree } = require('./workbookBench');

const CLIENTS = Number(process.env.TIERBOOK_TRACKING_BENCH_CLIENTS || 100_000);
const ROUNDS = 2;
const FILLED = 1_000;
const MB4 = 4_000_000;

async function run({ root, section, write }) {
  section(`Tracking loop in an add-in run: ${CLIENTS.toLocaleString('en-US')} clients on the fake Excel, second run, with and without the loop`);
  let ts;
  try {
    ts = require(path.join(root, 'node_modules', 'typescript'));
  } catch {
    write('skipped: typescript is not installed\n');
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-tracking-bench-'));
  try {
    transpileTree(ts, root, ['src/engine', 'src/excel', 'src/taskpane/pipeline', 'test/fake-excel'], out);
    const engine = require(path.join(out, 'src', 'engine', 'index.js'));
    const { createOfficeWorkbookGateway } = require(path.join(out, 'src', 'excel', 'officeWorkbookGateway.js'));
    const { composeRunPlan } = require(path.join(out, 'src', 'taskpane', 'pipeline', 'runPlan.js'));
    const { createFakeExcel } = require(path.join(out, 'test', 'fake-excel', 'index.js'));
    const { syntheticClientSheet } = require(path.join(out, 'test', 'fake-excel', 'syntheticClients.js'));
    const model = engine.createDefaultModel();
    const choices = { mode: 'values', pivots: false, chart: false, strategySheets: true, runLog: true, segments: true, suitabilityColumns: false };

    /** One pane run; the loop's sheets are read and passed only when `tracked`. */
    async function paneRun(gateway, tracked, runDate) {
      const source = await gateway.findClientTable();
      const chunks = [];
      await gateway.readRows(source, (rows, firstRowNumber) => chunks.push({ rows, firstRowNumber }));
      const found = engine.locateSheetLayout(source.topRows, model, source.sheetName);
      const layout = { ...found, headerRow: found.headerRow + source.firstRow };
      const builder = new engine.ClientTableBuilder(layout, model, source.sheetName, { totalsRows: source.totalsRows });
      for (const chunk of chunks) {
        const skip = Math.max(0, layout.headerRow + 1 - chunk.firstRowNumber);
        if (skip < chunk.rows.length) builder.appendRows(skip === 0 ? chunk.rows : chunk.rows.slice(skip), chunk.firstRowNumber + skip);
      }
      const plan = composeRunPlan({
        source, chunks, layout, table: builder.finish(), model, choices, locale: 'zh-CN',
        previousTiers: await gateway.readPreviousTiers(source), templates: await gateway.readStoredTemplates(),
        ...(tracked ? { tracking: await gateway.readTrackingSheets() } : {}), runDate: engine.serialOfIsoDate(runDate),
        confirmedChecks: true, timestamp: `${runDate}T09:00:00.000Z`,
      });
      const report = await gateway.writePlan(plan);
      if (report.incomplete) throw new Error('the bench run did not complete');
      return plan;
    }

    async function arm(tracked) {
      const fake = createFakeExcel({ sheets: { 客户清单: syntheticClientSheet(CLIENTS) } });
      fake.select('客户清单', `A1:L${CLIENTS + 1}`);
      const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
      const first = await paneRun(gateway, tracked, '2026-06-30');
      if (tracked) {
        // A month of work: 1,000 plan rows filled in (date, way, satisfaction).
        const planName = first.sheets.find((s) => s.key === 'followUpPlan').preferredName;
        const rows = Array.from({ length: FILLED }, (_, i) => [46200 + (i % 20), '电话', 1 + (i % 5)]);
        fake.sheet(planName).set(`I6:K${5 + FILLED}`, rows);
      }
      fake.resetMetrics();
      global.gc?.();
      const started = process.hrtime.bigint();
      await paneRun(gateway, tracked, '2026-07-31');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      return { ms, syncs: fake.metrics.syncCount, payload: fake.metrics.totalPayloadBytes, largest: fake.metrics.largestRequestBytes };
    }

    const plain = [];
    const loop = [];
    for (let round = 0; round < ROUNDS; round++) {
      plain.push(await arm(false));
      loop.push(await arm(true));
    }
    const best = (runs) => runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const p = best(plain);
    const l = best(loop);
    const ratio = l.ms / p.ms;
    write(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}${os.loadavg()[0] > 1 ? ' (loaded machine: times are stretched; the ratio, taken in turns, is the figure)' : ''}\n`);
    write(`without the loop: ${plain.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} s; with it: ${loop.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} s (best of ${ROUNDS} each)\n`);
    write(`with ÷ without: ${ratio.toFixed(2)} (goal ≤ 1.20: ${ratio <= 1.2 ? 'met' : 'NOT met'})\n`);
    write(`tracked run: ${l.syncs} syncs, ${(l.payload / 1e6).toFixed(1)} MB, largest request ${l.largest.toLocaleString('en-US')} bytes (cap 4,000,000: ${l.largest <= MB4 ? 'within' : 'OVER'}); untracked: ${p.syncs} syncs, ${(p.payload / 1e6).toFixed(1)} MB\n`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  run({ root: path.join(__dirname, '..', '..'), section: (t) => process.stdout.write(`\n## ${t}\n`), write: (s) => process.stdout.write(s) })
    .catch((e) => { process.stderr.write(`${e.stack || e}\n`); process.exitCode = 1; });
}
