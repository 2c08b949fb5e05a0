import { createHash } from 'crypto';
import { canonicalClientData, canonicalClientDataPieces, clientDataSha256, clientDataSha256Steps } from '../../src/engine/audit/runHashes';
import type { CellValue } from '../../src/engine/cell/cellValue';
import { ADDIN_EXTRA_ROLES } from '../../src/engine/plan/composeOutputPlan';
import { createDefaultModel } from '../../src/engine/model/defaultModel';
import { CLIENTS_PER_STEP, runSteps } from '../../src/engine/run/steps';
import { tierGrid } from '../../src/engine/run/tierClients';
import { readExtraColumns } from '../../src/engine/table/extraColumns';

const node = (s: string): string => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

/**
 * 1,234 clients (three pieces of CLIENTS_PER_STEP and a short one): Chinese names, amounts in 万, a tab, a line break
 * and a backslash inside values, an emoji, blank cells, category labels, and assessment dates as serials and as text.
 */
function grid(clients: number): CellValue[][] {
  const rows: CellValue[][] = [['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '风险测评日期']];
  for (let i = 0; i < clients; i++) {
    const name = i % 97 === 0 ? `张\t三${i}\n第二行\\` : i % 89 === 0 ? `李四 😀 ${i}` : `客户${i}`;
    const assets: CellValue = i % 13 === 0 ? `${i % 500}万` : i % 31 === 0 ? null : 10_000 + ((i * 7919) % 1_000_000) / 7;
    const date: CellValue = i % 5 === 0 ? 45_000 + (i % 400) : i % 5 === 1 ? '2024-03-15' : i % 5 === 2 ? null : '不详';
    rows.push([`C${String(i).padStart(5, '0')}`, name, assets, i % 17 === 0 ? '--' : (i * 37) % 250, i % 3 === 0 ? '专业投资' : '基础理财',
      ['C1', 'C2', 'C3', 'C4', 'C5', '稳健型'][i % 6], i % 23 === 0 ? true : i % 40, date]);
  }
  return rows;
}

/** Digests of grid(1_234) by the one-shot implementation this replaced (commit 62b0b43), with and without the extras. */
const GOLDEN_WITH_EXTRAS = '665975f04f9d9eb7ae7dda7fb1e3384e8bf2d7d95bbcf6d471bd8a7e28191200';
const GOLDEN_WITHOUT_EXTRAS = '6a507aeb7804c6a290e859b85e1660e9e13b91ca8f3175dde64d53405f465d4b';

describe('the run log\'s client-data SHA-256, hashed in pieces', () => {
  const model = createDefaultModel();
  const rows = grid(1_234);
  const result = tierGrid(rows, model, '客户');
  const extras = readExtraColumns(rows, result.table.layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, model);

  it('cuts the canonical text at line ends, CLIENTS_PER_STEP clients a piece, and joins back to it', () => {
    const pieces = [...canonicalClientDataPieces(result, extras)];
    expect(pieces).toHaveLength(1 + Math.ceil(1_234 / CLIENTS_PER_STEP));
    expect(pieces[0].split('\n')[0]).toBe('tierbook-data-v1');
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.slice(1).map((p) => p.split('\n').length - 1)).toEqual([500, 500, 234]);
    expect(pieces.join('')).toBe(canonicalClientData(result, extras));
    // The escapes keep one line per client.
    expect(canonicalClientData(result, extras).split('\n')).toHaveLength(2 + 1_234 + 1);
    expect(canonicalClientData(result, extras)).toContain('张\\t三0\\n第二行\\\\');
  });

  it('gives Node\'s digest of the one-shot text, by steps or straight through, and the digest runs wrote before', () => {
    const expected = node(canonicalClientData(result, extras));
    expect(clientDataSha256(result, extras)).toBe(expected);
    const steps = clientDataSha256Steps(result, extras);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) { pauses++; next = steps.next(); }
    expect(next.value).toBe(expected);
    expect(pauses).toBe(1 + Math.ceil(1_234 / CLIENTS_PER_STEP));
    // Computed by the one-shot implementation this replaced (canonicalClientData → sha256OfText), on the same rows.
    expect(expected).toBe(GOLDEN_WITH_EXTRAS);
    expect(clientDataSha256(result)).toBe(GOLDEN_WITHOUT_EXTRAS);
  });

  it('hashes an empty table as its two header lines', () => {
    const empty = grid(0);
    empty.push(['C00001', '王五', 1, 1, '基础理财', 'C1', 1, null]);
    const one = tierGrid(empty, model, '客户');
    expect(runSteps(clientDataSha256Steps(one))).toBe(node(canonicalClientData(one)));
  });
});
