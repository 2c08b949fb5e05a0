'use strict';
// TIER.SCORES at 100,000 rows, called the way Excel calls it: a header row plus data rows in, one score per row out.
const path = require('node:path');

/** Excel's runtime defines CustomFunctions; Node doesn't. Only the error paths use it. */
function defineCustomFunctionsStandIn() {
  if (globalThis.CustomFunctions) return;
  class CustomFunctionsError extends Error { constructor(code, message) { super(message || ''); this.code = code || '#VALUE!'; } }
  globalThis.CustomFunctions = { Error: CustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
}

function sampleRange(rows) {
  const data = [['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限']];
  let seed = 7;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < rows; i++) {
    data.push([`3100${String(i).padStart(8, '0')}`, Math.round(Math.exp(10 + 2 * rand()) * 100) / 100, Math.floor(rand() * 300),
      rand() < 0.2 ? '专业投资' : '基础理财', `C${1 + Math.floor(rand() * 5)}`, Math.round(rand() * 200) / 10]);
  }
  return data;
}

async function run({ engine, root, section, write }) {
  section('TIER.SCORES at 100,000 rows (custom function, called directly)');
  defineCustomFunctionsStandIn();
  const fn = require(path.join(root, 'dist-cli', 'functions', 'tierFunctions.js'));
  const { rows: modelRows } = engine.writeModelSheet(engine.createDefaultModel(), 'zh-CN');
  const model = modelRows.map((r) => Array.from({ length: 8 }, (_, c) => { const v = r[c]; return v == null ? '' : typeof v === 'object' ? (v.result ?? '') : v; }));
  const data = sampleRange(100000);
  const times = [];
  let out;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    out = fn.scores(data, model);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const payload = Buffer.byteLength(JSON.stringify(out));
  const limit = fn.RESULT_PAYLOAD_LIMIT;
  write(`TIER.SCORES(100,000 rows): median ${times[2].toFixed(0)} ms; result payload ${(payload / 1048576).toFixed(2)} MB = ${(payload / limit).toFixed(2)} of the 5 MB web limit\n`);
  write(`rows that fit under 5 MB at this density: about ${Math.floor((limit / payload) * 100000).toLocaleString('en-US')}\n`);
}

module.exports = { run };
