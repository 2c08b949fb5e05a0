#!/usr/bin/env node
/**
 * How long does LibreOffice take to recalculate TierBook's "portable" formulas?
 *
 * Snapshot series (the portable design): N client rows × F percentile factors into one sorted
 *   snapshot of S values on a model sheet. Designs (--designs, default "neg,arith"):
 *     neg        =IF(ISNUMBER(x),100*IFERROR(LOOKUP(-x,snapNeg,snapNegBelow),n)/(n-1),0)
 *     matchdesc  the same with INDEX/MATCH(x,snapDesc,-1)
 *     equality   largest value ≤ x by LOOKUP, then "equal → below else at-or-below" (≤ 3 LOOKUPs)
 *     arith      control: plain arithmetic, the cost of having F formulas per row at all
 * PERCENTRANK series (what we avoid): N rows × 1 factor of =_xlfn.PERCENTRANK.INC(wholeColumn, x),
 *   a whole-column scan per row.
 *
 * Each workbook is converted once with formulas and once as a "values only" twin (same cells,
 * numbers instead of formulas); recalc time = soffice(formulas) − soffice(values). Formulas are
 * written WITHOUT cached results and the profile forces recalculation on load, and a sample of the
 * exported values is checked against a JavaScript oracle, so the timing is of real evaluation.
 *
 * Usage: node scripts/lo-recalc-bench.js [--lookup-rows 20000,100000] [--percentrank-rows 5000,10000,20000]
 *          [--snapshot 20000] [--factors 5] [--designs neg,arith] [--repeat 1] [--timeout-s 240] [--json]
 * Needs soffice on PATH (or $TIERBOOK_SOFFICE). The default run takes 3–5 minutes on the shared 2-core machine;
 * every soffice run is killed after --timeout-s.
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const ExcelJS = require('exceljs');

// ------------------------------------------------------------------ options

function parseArgs(argv) {
  const opts = {
    lookupRows: [20000, 100000],
    percentrankRows: [5000, 10000, 20000],
    snapshot: 20000,
    factors: 5,
    designs: ['neg', 'arith'],
    repeat: 1,
    timeoutS: 240,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    const list = (s) => s.split(',').filter(Boolean).map((v) => Number(v));
    if (arg === '--lookup-rows') opts.lookupRows = list(next());
    else if (arg === '--percentrank-rows') opts.percentrankRows = list(next());
    else if (arg === '--snapshot') opts.snapshot = Number(next());
    else if (arg === '--factors') opts.factors = Number(next());
    else if (arg === '--designs') opts.designs = next().split(',').filter(Boolean);
    else if (arg === '--repeat') opts.repeat = Number(next());
    else if (arg === '--timeout-s') opts.timeoutS = Number(next());
    else if (arg === '--json') opts.json = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  const unknown = opts.designs.filter((d) => !(d in DESIGNS));
  if (unknown.length > 0) throw new Error(`unknown design(s) ${unknown.join(', ')}; choose from ${Object.keys(DESIGNS).join(', ')}`);
  return opts;
}

// ------------------------------------------------------------------ data

/** Deterministic PRNG so every run measures the same workbooks. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Asset-like values with cents: skewed, few exact repeats. */
function assetValue(rand) {
  return Math.round(Math.exp(8 + 4 * rand()) * 100) / 100;
}

function snapshotOf(size, seed) {
  const rand = mulberry32(seed);
  const values = Array.from({ length: size }, () => assetValue(rand));
  const sorted = [...values].sort((a, b) => a - b);
  const distinctDesc = [...new Set(sorted)].reverse();
  // countBelow(v) = index of v's first occurrence in the ascending list.
  const firstIndex = new Map();
  sorted.forEach((v, i) => {
    if (!firstIndex.has(v)) firstIndex.set(v, i);
  });
  const lastIndex = new Map();
  sorted.forEach((v, i) => lastIndex.set(v, i));
  return {
    n: size,
    sorted,
    desc: distinctDesc.map((v) => ({ value: v, below: firstIndex.get(v) })),
    asc: [...distinctDesc].reverse().map((v) => ({ value: v, below: firstIndex.get(v), atOrBelow: lastIndex.get(v) + 1 })),
  };
}

/** Count of snapshot values strictly below x, by binary search: the oracle for the lookup formula. */
function countBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const colLetter = (index) => String.fromCharCode(65 + index);

// ------------------------------------------------------------------ workbooks

async function writeWorkbook(file, writeSheets) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  await writeSheets(workbook);
  await workbook.commit();
}

/**
 * Per-row formula of each design for the cell x; `m` is the model sheet's layout. All compute
 * 100 × (count of snapshot values strictly below x)/(n − 1), except "arith", the control that only
 * measures what having 5 formulas per row costs at all.
 */
const DESIGNS = {
  // One LOOKUP: ascending −v finds the smallest snapshot value ≥ x; above the maximum → n.
  neg: (x, m) => `IF(ISNUMBER(${x}),100*IFERROR(LOOKUP(-${x},${m.neg},${m.negBelow}),${m.n})/(${m.n}-1),0)`,
  // The same smallest-value-≥-x search with MATCH type −1 on a descending column.
  matchdesc: (x, m) => `IF(ISNUMBER(${x}),100*IFERROR(INDEX(${m.negBelow},MATCH(${x},${m.desc},-1)),${m.n})/(${m.n}-1),0)`,
  // Largest value ≤ x, then "equal → below, else at-or-below": up to three LOOKUPs.
  equality: (x, m) =>
    `IF(ISNUMBER(${x}),IF(${x}<INDEX(${m.asc},1),0,100*IF(LOOKUP(${x},${m.asc})=${x},LOOKUP(${x},${m.asc},${m.ascBelow}),LOOKUP(${x},${m.asc},${m.ascAtOrBelow}))/(${m.n}-1)),0)`,
  arith: (x, m) => `IF(ISNUMBER(${x}),100*${x}/(${m.n}-1),0)`,
};

const DESIGN_TITLES = {
  neg: ', one LOOKUP(-x) each into the snapshot',
  matchdesc: ', one INDEX/MATCH(x,desc,-1) each into the snapshot',
  equality: ', up to three LOOKUP(x) each into the snapshot',
  arith: ' of plain arithmetic (control: the cost of formulas without lookups)',
};

function modelLayout(snapshot) {
  const last = snapshot.desc.length + 1;
  const col = (c) => `model!$${c}$2:$${c}$${last}`;
  return { neg: col('A'), negBelow: col('B'), desc: col('C'), asc: col('E'), ascBelow: col('F'), ascAtOrBelow: col('G'), n: 'model!$I$2' };
}

/** Sheet 1 clients (x values in A.., scores after), sheet 2 the snapshot table in every layout. */
async function writeLookupWorkbook(file, rows, factors, snapshot, design, withFormulas, seed) {
  const rand = mulberry32(seed);
  const xs = [];
  const layout = modelLayout(snapshot);
  const oracle =
    design === 'arith' ? (x) => (100 * x) / (snapshot.n - 1) : (x) => (100 * countBelow(snapshot.sorted, x)) / (snapshot.n - 1);
  await writeWorkbook(file, async (workbook) => {
    const clients = workbook.addWorksheet('clients');
    clients.addRow([...Array.from({ length: factors }, (_, f) => `x${f + 1}`), ...Array.from({ length: factors }, (_, f) => `score${f + 1}`)]).commit();
    for (let r = 0; r < rows; r++) {
      const excelRow = r + 2;
      const rowXs = Array.from({ length: factors }, () => assetValue(rand));
      xs.push(rowXs);
      const scores = rowXs.map((x, f) => (withFormulas ? { formula: DESIGNS[design](`${colLetter(f)}${excelRow}`, layout) } : oracle(x)));
      clients.addRow([...rowXs, ...scores]).commit();
    }
    await clients.commit();
    const model = workbook.addWorksheet('model');
    model.addRow(['-snapValue', 'countBelow', 'snapValue desc', '', 'snapValue asc', 'countBelow', 'countAtOrBelow', '', 'n']).commit();
    snapshot.desc.forEach((d, i) => {
      const a = snapshot.asc[i];
      const row = [-d.value, d.below, d.value, null, a.value, a.below, a.atOrBelow];
      if (i === 0) row.push(null, snapshot.n);
      model.addRow(row).commit();
    });
    await model.commit();
  });
  return (row, f) => oracle(xs[row][f]);
}

/** One factor, scored with a whole-column PERCENTRANK.INC per row. */
async function writePercentrankWorkbook(file, rows, withFormulas, seed) {
  const rand = mulberry32(seed);
  const xs = Array.from({ length: rows }, () => assetValue(rand));
  const sorted = [...xs].sort((a, b) => a - b);
  await writeWorkbook(file, async (workbook) => {
    const clients = workbook.addWorksheet('clients');
    clients.addRow(['x', 'score']).commit();
    const range = `$A$2:$A$${rows + 1}`;
    xs.forEach((x, r) => {
      const score = withFormulas ? { formula: `_xlfn.PERCENTRANK.INC(${range},A${r + 2})` } : countBelow(sorted, x) / (rows - 1);
      clients.addRow([x, score]).commit();
    });
    await clients.commit();
  });
  // 3 significant digits: Excel truncates, LibreOffice 7.4 rounds, so the oracle is the exact rank
  // and verifySample is told to accept a 0.001 difference.
  const oracle = (row) => countBelow(sorted, xs[row]) / (rows - 1);
  oracle.tolerance = 0.001;
  return oracle;
}

// ------------------------------------------------------------------ soffice

function resolveSoffice() {
  const configured = process.env.TIERBOOK_SOFFICE;
  if (configured) return configured;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // keep looking
      }
    }
  }
  throw new Error('LibreOffice (soffice) not found: apt-get install -y libreoffice-calc, or set $TIERBOOK_SOFFICE');
}

/** Same registry as test/support/libreoffice.ts: recalculate OOXML and ODF documents on load. */
const RECALC_XCU = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
  '</oor:items>',
  '',
].join('\n');

/**
 * Runs soffice under bash so that bash's `times` reports the CPU time (user + sys) of soffice and
 * its children: on a shared 2-core machine CPU time is far steadier than wall clock.
 */
const TIMES_MARKER = '@@tierbook-times';
function runSoffice(soffice, args, timeoutMs) {
  const started = process.hrtime.bigint();
  const script = `"$@"; rc=$?; echo ${TIMES_MARKER}; times; exit $rc`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'bash', soffice, ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (timedOut) reject(new Error(`soffice timed out after ${timeoutMs} ms`));
      else if (code !== 0) reject(new Error(`soffice exited with ${code}: ${stdout.trim()} ${stderr.trim()}`));
      else resolve({ wallMs, cpuMs: childCpuMs(stdout) });
    });
  });
}

/** `times` prints the shell's own user/sys line, then its children's: "0m1.234s 0m0.567s". */
function childCpuMs(stdout) {
  const lines = stdout.slice(stdout.lastIndexOf(TIMES_MARKER)).split('\n');
  const seconds = (t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  };
  const [user, sys] = (lines[2] || '').trim().split(/\s+/).map(seconds);
  return (user + sys) * 1000;
}

/** Converts sheet 1 to CSV in a throwaway profile; returns wall-clock and CPU ms and the CSV lines. */
async function recalcToCsv(soffice, file, workDir, timeoutMs) {
  const profile = fs.mkdtempSync(path.join(workDir, 'profile-'));
  fs.mkdirSync(path.join(profile, 'user'));
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  const outDir = fs.mkdtempSync(path.join(workDir, 'out-'));
  try {
    const time = await runSoffice(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1',
        '--outdir',
        outDir,
        file,
      ],
      timeoutMs,
    );
    const produced = fs.readdirSync(outDir);
    if (produced.length === 0) throw new Error(`soffice wrote nothing for ${file}`);
    const lines = fs.readFileSync(path.join(outDir, produced[0]), 'utf8').split('\n');
    return { ...time, lines };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Checks ~50 evenly spread rows of the exported sheet against the oracle. */
function verifySample(lines, rows, factors, scoreColumnOffset, oracle) {
  const step = Math.max(1, Math.floor(rows / 50));
  for (let r = 0; r < rows; r += step) {
    const cells = lines[r + 1].split(',');
    for (let f = 0; f < factors; f++) {
      const got = Number(cells[scoreColumnOffset + f]);
      const want = oracle(r, f);
      const tolerance = oracle.tolerance ?? 1e-9 * Math.max(1, Math.abs(want));
      if (!(Math.abs(got - want) <= tolerance)) {
        throw new Error(`row ${r + 2} factor ${f + 1}: LibreOffice gave ${cells[scoreColumnOffset + f]}, expected ${want}`);
      }
    }
  }
}

// ------------------------------------------------------------------ measuring

async function measure(soffice, workDir, label, rows, timeoutMs, repeat, write, factors, scoreColumnOffset) {
  const formulaFile = path.join(workDir, `${label}-${rows}-formulas.xlsx`);
  const valuesFile = path.join(workDir, `${label}-${rows}-values.xlsx`);
  const oracle = await write(formulaFile, true);
  await write(valuesFile, false);
  // Interleaved runs, fastest of each: soffice start-up noise is ±0.3 s on an idle 2-core machine,
  // seconds when other jobs share it (CPU time suffers much less from that than wall clock).
  const best = { baseline: { wallMs: Infinity, cpuMs: Infinity }, formulas: { wallMs: Infinity, cpuMs: Infinity } };
  for (let i = 0; i < repeat; i++) {
    const b = await recalcToCsv(soffice, valuesFile, workDir, timeoutMs);
    const f = await recalcToCsv(soffice, formulaFile, workDir, timeoutMs);
    verifySample(f.lines, rows, factors, scoreColumnOffset, oracle);
    for (const [key, run] of [['baseline', b], ['formulas', f]]) {
      best[key].wallMs = Math.min(best[key].wallMs, run.wallMs);
      best[key].cpuMs = Math.min(best[key].cpuMs, run.cpuMs);
    }
  }
  fs.rmSync(formulaFile);
  fs.rmSync(valuesFile);
  const formulaCount = rows * factors;
  const recalcWallMs = Math.max(0, best.formulas.wallMs - best.baseline.wallMs);
  const recalcCpuMs = Math.max(0, best.formulas.cpuMs - best.baseline.cpuMs);
  return {
    label,
    rows,
    formulas: formulaCount,
    wallMs: Math.round(best.formulas.wallMs),
    baselineWallMs: Math.round(best.baseline.wallMs),
    recalcWallMs: Math.round(recalcWallMs),
    cpuMs: Math.round(best.formulas.cpuMs),
    baselineCpuMs: Math.round(best.baseline.cpuMs),
    recalcCpuMs: Math.round(recalcCpuMs),
    cpuUsPerFormula: Number(((recalcCpuMs * 1000) / formulaCount).toFixed(2)),
  };
}

function withGrowth(series) {
  const ratio = (a, b) => (b > 0 ? Number((a / b).toFixed(2)) : null);
  return series.map((m, i) => {
    const prev = series[i - 1];
    return {
      ...m,
      rowsRatio: prev ? ratio(m.rows, prev.rows) : null,
      recalcWallRatio: prev ? ratio(m.recalcWallMs, prev.recalcWallMs) : null,
      recalcCpuRatio: prev ? ratio(m.recalcCpuMs, prev.recalcCpuMs) : null,
    };
  });
}

function printSeries(title, series) {
  const header = ['rows', 'formulas', 'wall ms', 'base wall', 'recalc wall', 'cpu ms', 'base cpu', 'recalc cpu', 'cpu µs/f', 'rows×', 'wall×', 'cpu×'];
  const widths = [8, 9, 9, 10, 12, 9, 9, 11, 9, 6, 6, 6];
  const line = (cells) => cells.map((c, i) => String(c ?? '-').padStart(widths[i])).join(' ') + '\n';
  process.stdout.write(`\n${title}\n` + line(header));
  for (const m of series) {
    process.stdout.write(
      line([m.rows, m.formulas, m.wallMs, m.baselineWallMs, m.recalcWallMs, m.cpuMs, m.baselineCpuMs, m.recalcCpuMs, m.cpuUsPerFormula, m.rowsRatio, m.recalcWallRatio, m.recalcCpuRatio]),
    );
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const soffice = resolveSoffice();
  const timeoutMs = opts.timeoutS * 1000;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-lo-bench-'));
  try {
    // Warm the disk cache so the first measured start is not a cold start.
    const warm = path.join(workDir, 'warm.xlsx');
    await writeWorkbook(warm, async (wb) => {
      const s = wb.addWorksheet('s');
      s.addRow([1, { formula: 'A1*2' }]).commit();
      await s.commit();
    });
    await recalcToCsv(soffice, warm, workDir, timeoutMs);

    const snapshot = snapshotOf(opts.snapshot, 1);
    const lookup = {};
    for (const design of opts.designs) {
      const series = [];
      for (const rows of opts.lookupRows) {
        const write = (file, withFormulas) => writeLookupWorkbook(file, rows, opts.factors, snapshot, design, withFormulas, rows);
        series.push(await measure(soffice, workDir, design, rows, timeoutMs, opts.repeat, write, opts.factors, opts.factors));
      }
      lookup[design] = withGrowth(series);
    }
    const percentrank = [];
    for (const rows of opts.percentrankRows) {
      const write = (file, withFormulas) => writePercentrankWorkbook(file, rows, withFormulas, rows);
      percentrank.push(await measure(soffice, workDir, 'percentrank', rows, timeoutMs, opts.repeat, write, 1, 1));
    }
    const result = {
      soffice: await sofficeVersion(soffice),
      snapshotValues: snapshot.desc.length,
      factors: opts.factors,
      lookup,
      percentrank: withGrowth(percentrank),
    };
    if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else {
      process.stdout.write(`${result.soffice}; snapshot of ${opts.snapshot} values (${result.snapshotValues} distinct)\n`);
      for (const [design, series] of Object.entries(result.lookup)) {
        printSeries(`Design "${design}": ${opts.factors} formulas per row${DESIGN_TITLES[design]}`, series);
      }
      printSeries('PERCENTRANK.INC per row (whole-column scan), 1 per row', result.percentrank);
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function sofficeVersion(soffice) {
  return new Promise((resolve) => {
    const child = spawn(soffice, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', () => resolve(out.trim()));
    child.on('error', () => resolve('unknown soffice'));
  });
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`lo-recalc-bench failed: ${err.message}\n`);
    process.exitCode = 1;
  });
}

// Reused by scripts/bench/libreofficeBench.js (npm run bench), which times TierBook's real portable output.
module.exports = { resolveSoffice, recalcToCsv, measure, withGrowth, writePercentrankWorkbook, writeWorkbook, sofficeVersion };
