'use strict';
// Entropy and CRITIC weights (src/engine/weights) at Excel's full sheet, 1,048,575 clients × 5 factors, against numpy
// doing the same on the very same factor scores in the same run. Goal (issue 12): engine ≤ 1.0× numpy. Figures only.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { syntheticColumns, benchModel, engineTable } = require('./engineBench');

const ROWS = 1048575;
const ROUNDS = 5;
const PYTHON = '/usr/bin/python3';

// The pinned formulas of docs/weights.md, written as a numpy user would: whole-array operations, no Python loops.
// Prints the median milliseconds of each over the rounds (after one untimed run), then both weight vectors.
const NUMPY_SCRIPT = String.raw`
import sys, time, json, numpy as np
m = int(sys.argv[2]); rounds = int(sys.argv[3])
S = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, m)
def entropy(S):
    P = S / S.sum(axis=1, keepdims=True)
    lp = np.zeros_like(P)
    np.log(P, out=lp, where=P > 0)
    d = 1 + (P * lp).sum(axis=1) / np.log(S.shape[1])
    return 100 * d / d.sum()
def critic(S):
    sd = S.std(axis=1)
    with np.errstate(divide='ignore', invalid='ignore'):
        R = np.nan_to_num(np.corrcoef(S))
    np.fill_diagonal(R, 1.0)
    C = sd * (1 - R).sum(axis=1)
    return 100 * C / C.sum()
out = {}
for name, f in (('entropy', entropy), ('critic', critic)):
    w = f(S)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter(); w = f(S); times.append((time.perf_counter() - t0) * 1000)
    out[name] = {'ms': sorted(times)[len(times) // 2], 'weights': w.tolist()}
print(json.dumps(out))
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median milliseconds of `f` over the rounds, each started with the previous garbage collected, after warm-ups. */
function timeEngine(f) {
  for (let w = 0; w < 3; w++) f();
  const times = [];
  let result;
  for (let r = 0; r < ROUNDS; r++) {
    if (typeof global.gc === 'function') global.gc();
    const t0 = process.hrtime.bigint();
    result = f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), weights: result.weights };
}

function numpyUnavailable() {
  if (!fs.existsSync(PYTHON)) return 'no /usr/bin/python3';
  try { execFileSync(PYTHON, ['-c', 'import numpy'], { stdio: 'ignore' }); } catch { return 'numpy is not installed for /usr/bin/python3'; }
  return undefined;
}

async function run({ engine, section, write }) {
  section(`weights: entropy and CRITIC, ${ROWS.toLocaleString('en-US')} clients × 5 factors, engine vs numpy`);
  if (typeof engine.entropyWeights !== 'function') { write('not available in this build (no src/engine/weights)\n'); return; }
  const model = benchModel();
  const table = engineTable(engine, syntheticColumns(ROWS), ROWS, model);
  // The scores exactly as a run computes them; every client has every factor, so S is the whole table.
  const { columns, clients } = engine.completeScores(engine.scoreFactors(table, model));
  const figures = {
    entropy: timeEngine(() => engine.entropyWeights(columns)),
    critic: timeEngine(() => engine.criticWeights(columns)),
  };
  const skipped = numpyUnavailable();
  let numpy;
  if (!skipped) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-weights-bench-'));
    try {
      const file = path.join(dir, 'scores.f64');
      const fd = fs.openSync(file, 'w');
      for (const c of columns) fs.writeSync(fd, Buffer.from(c.buffer, c.byteOffset, c.byteLength));
      fs.closeSync(fd);
      numpy = JSON.parse(execFileSync(PYTHON, ['-c', NUMPY_SCRIPT, file, String(clients), String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const name of ['entropy', 'critic']) {
    const e = figures[name];
    const line = `${name}: engine ${e.ms.toFixed(1)} ms (median of ${ROUNDS})`;
    if (!numpy) { write(`${line}; numpy skipped: ${skipped}\n`); continue; }
    const n = numpy[name];
    const gap = Math.max(...e.weights.map((w, j) => Math.abs(w - n.weights[j])));
    write(`${line}, numpy ${n.ms.toFixed(1)} ms: ${(e.ms / n.ms).toFixed(2)}× numpy (goal ≤ 1.0×); weights ${e.weights.map((w) => w.toFixed(3)).join(' / ')}, largest gap to numpy ${gap.toExponential(1)}\n`);
  }
  write(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
}

module.exports = { run };
