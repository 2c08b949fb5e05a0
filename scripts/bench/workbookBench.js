'use strict';
// The add-in's workbook layer on the fake Excel at Excel's full sheet: find, read 1,048,575 clients × 12 columns,
// tier them, write 4 columns plus the model, summary and log sheets. Prints syncs, payload, the largest request
// (target: at most 4,000,000 bytes), the sync budget ceil(payload / 4 MB) + 10, elapsed time and peak memory.
// src/engine, src/excel and test/fake-excel are compiled on the fly with TypeScript's transpileModule (no type check:
// `npm test` does that) into a temporary folder, because dist-cli/ holds only the engine and the CLI.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROWS = 1048575;
const COLUMNS = 12;
const MB4 = 4_000_000;

function listTs(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTs(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** Transpiles the folders (relative to root) into out/, keeping the layout so relative imports resolve. */
function transpileTree(ts, root, folders, out) {
  for (const folder of folders) {
    for (const file of listTs(path.join(root, folder))) {
      const source = fs.readFileSync(file, 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
        fileName: file,
      });
      const target = path.join(out, path.relative(root, file)).replace(/\.ts$/u, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, outputText);
    }
  }
}

async function run({ root, section, write }) {
  section(`Workbook layer on the fake Excel: read ${ROWS.toLocaleString('en-US')} × ${COLUMNS}, write 4 columns + sheets`);
  let ts;
  try {
    ts = require(path.join(root, 'node_modules', 'typescript'));
  } catch {
    write('skipped: typescript is not installed\n');
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-workbook-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  try {
    transpileTree(ts, root, ['src/engine', 'src/excel', 'test/fake-excel'], out);
    const engine = require(path.join(out, 'src', 'engine', 'index.js'));
    const { createOfficeWorkbookGateway } = require(path.join(out, 'src', 'excel', 'officeWorkbookGateway.js'));
    const { createFakeExcel } = require(path.join(out, 'test', 'fake-excel', 'index.js'));
    const { syntheticClientSheet } = require(path.join(out, 'test', 'fake-excel', 'syntheticClients.js'));

    const seeded = Date.now();
    const fake = createFakeExcel({ sheets: { 客户清单: syntheticClientSheet(ROWS) } });
    // A user selecting the whole table; the fake's current-region search is quadratic on a full-height block.
    fake.select('客户清单', `A1:L${ROWS + 1}`);
    write(`fake seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s\n`);

    const started = Date.now();
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    const source = await gateway.findClientTable();
    const model = engine.createDefaultModel();
    const found = engine.locateSheetLayout(source.topRows, model, source.sheetName);
    const layout = { ...found, headerRow: found.headerRow + source.firstRow };
    const builder = new engine.ClientTableBuilder(layout, model, source.sheetName);
    await gateway.readRows(source, (rows, first) => {
      const skip = Math.max(0, layout.headerRow + 1 - first);
      builder.appendRows(skip ? rows.slice(skip) : rows, first + skip);
    });
    const read = { ...fake.metrics };
    const readMs = Date.now() - started;
    const result = engine.tierClientTable(builder.finish(), model);
    const lastRow = source.firstRow + source.rowCount;
    const length = lastRow - layout.headerRow;
    const segment = { key: 'segment', header: '客户分群', length, cellAt: (o) => (o % 2 === 0 ? '高频' : '低频') };
    const plan = engine.buildOutputPlan(result, {
      locale: 'zh-CN', mode: 'values', sourceSheet: source.sheetName, lastUsedColumn: source.lastUsedColumn, lastRow,
      extraSheets: [engine.buildRunLogSheet(result, { timestamp: new Date(0).toISOString(), mode: 'values', sourceSheet: source.sheetName, tool: 'bench' }, 'zh-CN')],
      extraColumns: [segment],
    });
    const writeStarted = Date.now();
    const report = await gateway.writePlan(plan);
    const elapsed = Date.now() - started;
    const m = fake.metrics;
    const budget = Math.ceil(m.totalPayloadBytes / MB4) + 10;
    write(`read: ${read.syncCount} syncs, ${(read.totalPayloadBytes / 1e6).toFixed(1)} MB, ${(readMs / 1000).toFixed(1)} s\n`);
    write(`write: ${m.syncCount - read.syncCount} syncs, ${((m.totalPayloadBytes - read.totalPayloadBytes) / 1e6).toFixed(1)} MB, ${((Date.now() - writeStarted) / 1000).toFixed(1)} s (columns ${report.columns.join(', ')}; incomplete ${report.incomplete})\n`);
    write(`total: ${m.syncCount} syncs for ${(m.totalPayloadBytes / 1e6).toFixed(1)} MB; sync budget ceil(payload / 4 MB) + 10 = ${budget} (${m.syncCount <= budget ? 'within' : 'OVER'})\n`);
    write(`largest request: ${m.largestRequestBytes.toLocaleString('en-US')} bytes (cap 4,000,000: ${m.largestRequestBytes <= MB4 ? 'within' : 'OVER'})\n`);
    write(`elapsed (find + read + engine + write): ${(elapsed / 1000).toFixed(1)} s; peak memory (RSS): ${(Math.max(peakRss, process.memoryUsage().rss) / 1048576).toFixed(0)} MB\n`);
  } finally {
    clearInterval(sampler);
    fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { run, transpileTree };

if (require.main === module) {
  run({ root: path.join(__dirname, '..', '..'), section: (t) => process.stdout.write(`\n## ${t}\n`), write: (s) => process.stdout.write(s) })
    .catch((e) => { process.stderr.write(`${e.stack || e}\n`); process.exitCode = 1; });
}
