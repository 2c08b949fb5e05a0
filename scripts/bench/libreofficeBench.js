'use strict';
// LibreOffice recalculation of TierBook's portable output (linear) next to a PERCENTRANK.INC-per-row sheet
// (quadratic). Recalc time = conversion of the portable file − conversion of the same run written as values.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ExcelJS = require('exceljs');
const lo = require('../lo-recalc-bench');

const PORTABLE_ROWS = [20000, 100000];
const PERCENTRANK_ROWS = [5000, 10000, 20000];

/** A client sheet like the sample's, streamed so 100,000 rows cost little memory. */
async function writeClients(file, rows) {
  let seed = rows;
  const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('客户清单');
  sheet.addRow(['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限']).commit();
  for (let i = 0; i < rows; i++) {
    sheet.addRow([`3100${String(i).padStart(8, '0')}`, Math.round(Math.exp(9 + 3 * rand()) * 100) / 100, Math.floor(-Math.log(rand() + 1e-9) * 40),
      rand() < 0.2 ? '专业投资' : '基础理财', `C${1 + Math.floor(rand() * 5)}`, Math.round(rand() * 200) / 10]).commit();
  }
  await sheet.commit();
  await workbook.commit();
}

function tierbook(root, args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(root, 'bin', 'tierbook.js'), ...args, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8' }));
}

/** Every ~rows/50th client's tier in LibreOffice's CSV equals the engine's. */
function verifyTiers(lines, report, tierColumn) {
  const step = Math.max(1, Math.floor(report.clients.length / 50));
  for (let i = 0; i < report.clients.length; i += step) {
    const client = report.clients[i];
    const cells = lines[client.row - 1].split(',');
    const got = (cells[tierColumn] || '').replace(/^"|"$/g, '');
    if (got !== (client.tier ?? '')) throw new Error(`row ${client.row}: LibreOffice tier "${got}" ≠ engine "${client.tier}"`);
  }
}

async function portableSeries(root, soffice, workDir, timeoutMs) {
  const series = [];
  for (const rows of PORTABLE_ROWS) {
    const input = path.join(workDir, `clients-${rows}.xlsx`);
    await writeClients(input, rows);
    const portable = path.join(workDir, `portable-${rows}.xlsx`);
    const values = path.join(workDir, `values-${rows}.xlsx`);
    const report = tierbook(root, [input, '-o', portable, '--formulas', 'portable']);
    tierbook(root, [input, '-o', values, '--formulas', 'values']);
    const b = await lo.recalcToCsv(soffice, values, workDir, timeoutMs);
    const f = await lo.recalcToCsv(soffice, portable, workDir, timeoutMs);
    verifyTiers(f.lines, report, 7);
    series.push({ rows, formulas: rows * 2, wallMs: Math.round(f.wallMs), baselineWallMs: Math.round(b.wallMs),
      recalcWallMs: Math.round(Math.max(0, f.wallMs - b.wallMs)), cpuMs: Math.round(f.cpuMs), baselineCpuMs: Math.round(b.cpuMs),
      recalcCpuMs: Math.round(Math.max(0, f.cpuMs - b.cpuMs)), cpuUsPerFormula: null });
  }
  return lo.withGrowth(series);
}

function printSeries(write, title, series) {
  write(`${title}\n`);
  for (const m of series) {
    write(`  ${String(m.rows).padStart(7)} rows: load+recalc ${(m.wallMs / 1000).toFixed(1)} s, values-only load ${(m.baselineWallMs / 1000).toFixed(1)} s, recalc ${(m.recalcWallMs / 1000).toFixed(1)} s wall / ${(m.recalcCpuMs / 1000).toFixed(1)} s CPU`
      + (m.rowsRatio ? `; rows ×${m.rowsRatio} → recalc CPU ×${m.recalcCpuRatio}` : '') + '\n');
  }
}

async function run({ root, section, write }) {
  section('LibreOffice recalculation: portable output vs PERCENTRANK.INC per row');
  let soffice;
  try { soffice = lo.resolveSoffice(); } catch (e) { write(`skipped: ${e.message}\n`); return; }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-bench-lo-'));
  const timeoutMs = 600_000;
  try {
    write(`${await lo.sofficeVersion(soffice)}\n`);
    const portable = await portableSeries(root, soffice, workDir, timeoutMs);
    printSeries(write, 'tierbook --formulas portable (score + tier formulas per row, tiers checked against the engine):', portable);
    const percentrank = [];
    for (const rows of PERCENTRANK_ROWS) {
      const writer = (file, withFormulas) => lo.writePercentrankWorkbook(file, rows, withFormulas, rows);
      percentrank.push(await lo.measure(soffice, workDir, 'percentrank', rows, timeoutMs, 1, writer, 1, 1));
    }
    printSeries(write, '_xlfn.PERCENTRANK.INC per row (whole-column scan):', lo.withGrowth(percentrank));
    const last = portable[portable.length - 1];
    write(`portable growth: rows ×${last.rowsRatio} → recalc CPU ×${last.recalcCpuRatio} (linear would be ×${last.rowsRatio})\n`);
    const p = lo.withGrowth(percentrank);
    write(`PERCENTRANK growth per doubling: ${p.slice(1).map((m) => `×${m.recalcCpuRatio}`).join(', ')} (quadratic would be ×4)\n`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

module.exports = { run, writeClients };
