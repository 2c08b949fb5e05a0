/*
 * readRows finds the block's hidden and filtered-out rows (Range.rowHidden) with a bounded number of extra syncs,
 * and the pane's path turns them into hidden_row notices.
 */
import { createDefaultModel, tierClientTable } from '../../src/engine';
import { HIDDEN_PROBE_FAN_OUT, splitSpan } from '../../src/excel/hiddenRows';
import { createOfficeWorkbookGateway, type OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import type { RequestBudget } from '../../src/excel/requestBudget';
import type { RowsRead } from '../../src/excel/workbookGateway';
import { buildTableFromChunks, withHiddenRows, type RowChunk } from '../../src/taskpane/pipeline/rowChunks';
import { locateSourceLayout } from '../../src/taskpane/pipeline/sourceLayout';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { generatedClients } from './pipeline';

const CLIENT_SHEET = '客户清单';

/**
 * `count` generated clients (header in row 1, 7 columns) with `hiddenRows` (1-based) hidden, the whole block selected:
 * the fake's current-region search is slow on a tall block grown from one cell.
 */
function hiddenWorkbook(count: number, hiddenRows: readonly number[] = [], budget?: Partial<RequestBudget>): { fake: FakeExcel; gateway: OfficeWorkbookGateway } {
  const fake = createFakeExcel({ sheets: { [CLIENT_SHEET]: generatedClients(count) }, hiddenRows: { [CLIENT_SHEET]: hiddenRows.map((r) => r - 1) } });
  fake.select(CLIENT_SHEET, `A1:G${count + 1}`);
  return { fake, gateway: createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN', requestBudget: budget }) };
}

/** Chunks of 285 rows (2,000 cells / 7 columns), requests of up to 4 MB: each search round fits one request. */
const SMALL_CHUNKS: Partial<RequestBudget> = { cells: 2_000 };

const CLIENTS = 30_000;
/** Three rows hidden by hand (1-based worksheet rows; the header is row 1). */
const HAND_HIDDEN = [17, 12_345, 29_999];
/** A block an AutoFilter hid: rows 20,001–20,500. */
const FILTERED = Array.from({ length: 500 }, (_, i) => 20_001 + i);
const ALL_HIDDEN = [...HAND_HIDDEN, ...FILTERED].sort((a, b) => a - b);

async function readAll(gateway: OfficeWorkbookGateway, fake: FakeExcel): Promise<{ read: RowsRead; chunks: RowChunk[]; syncs: number; payload: number }> {
  const source = await gateway.findClientTable();
  fake.resetMetrics();
  const chunks: RowChunk[] = [];
  const read = await gateway.readRows(source, (rows, firstRowNumber) => { chunks.push({ rows, firstRowNumber }); });
  return { read, chunks, syncs: fake.metrics.syncCount, payload: fake.metrics.totalPayloadBytes };
}

describe('readRows: hidden and filtered-out rows', () => {
  it(`finds exactly the 3 hidden rows and the 500-row filtered block among ${CLIENTS.toLocaleString('en-US')} clients in 3 extra syncs`, async () => {
    const plain = hiddenWorkbook(CLIENTS);
    const baseline = await readAll(plain.gateway, plain.fake);
    expect(baseline.read.hiddenRowNumbers).toEqual([]);

    const hidden = hiddenWorkbook(CLIENTS, ALL_HIDDEN);
    const got = await readAll(hidden.gateway, hidden.fake);
    expect(got.read.hiddenRowNumbers).toEqual(ALL_HIDDEN);
    expect(got.chunks.map((c) => c.firstRowNumber)).toEqual(baseline.chunks.map((c) => c.firstRowNumber));
    // Each chunk's rowHidden came with its values; the mixed chunks were then cut in 64 parts per round, all chunks
    // together: 30,001 rows → parts of ≤ 469 → ≤ 8 → 1 row, so 3 rounds of one request each.
    expect(Math.max(...got.chunks.map((c) => c.rows.length))).toBeGreaterThan(HIDDEN_PROBE_FAN_OUT ** 2);
    expect(Math.max(...got.chunks.map((c) => c.rows.length))).toBeLessThanOrEqual(HIDDEN_PROBE_FAN_OUT ** 3);
    expect(got.syncs - baseline.syncs).toBe(3);
    expect(hidden.fake.metrics.largestRequestBytes).toBeLessThanOrEqual(4_000_000);
    expect(hidden.fake.metrics.failedSyncCount).toBe(0);
  });

  it('costs no extra sync when no row is hidden', async () => {
    const { fake, gateway } = hiddenWorkbook(2_000, [], SMALL_CHUNKS);
    const got = await readAll(gateway, fake);
    expect(got.read.hiddenRowNumbers).toEqual([]);
    expect(got.chunks.length).toBeGreaterThan(5);
    // One sync per chunk, and nothing else.
    expect(got.syncs).toBe(got.chunks.length);
  });

  it('takes a chunk hidden whole without searching it, and finds rows hidden across chunk boundaries', async () => {
    const probe = hiddenWorkbook(2_000, [], SMALL_CHUNKS);
    const { chunks } = await readAll(probe.gateway, probe.fake);
    const whole = chunks[2];
    const wholeRows = Array.from({ length: whole.rows.length }, (_, i) => whole.firstRowNumber + i);
    const boundary = chunks[4].firstRowNumber;
    const hiddenRows = [...wholeRows, boundary - 2, boundary - 1, boundary, boundary + 1, 1_999].sort((a, b) => a - b);

    const { fake, gateway } = hiddenWorkbook(2_000, hiddenRows, SMALL_CHUNKS);
    const got = await readAll(gateway, fake);
    expect(got.read.hiddenRowNumbers).toEqual(hiddenRows);
    // Three mixed chunks of 285 rows, searched together: parts of ≤ 5 rows, then single rows: 2 rounds.
    expect(Math.max(...got.chunks.map((c) => c.rows.length))).toBeLessThanOrEqual(HIDDEN_PROBE_FAN_OUT ** 2);
    expect(got.syncs - got.chunks.length).toBe(2);
  });

  it('reports hidden title and header rows too (the engine ignores them), and an all-hidden block in no extra sync', async () => {
    const { fake, gateway } = hiddenWorkbook(50, Array.from({ length: 51 }, (_, i) => i + 1));
    const got = await readAll(gateway, fake);
    expect(got.read.hiddenRowNumbers).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(got.syncs).toBe(got.chunks.length);
  });

  it('stops with CANCELLED while searching, after a request, never inside one', async () => {
    const { fake, gateway } = hiddenWorkbook(5_000, [100, 3_001]);
    const source = await gateway.findClientTable();
    const controller = new AbortController();
    fake.resetMetrics();
    let chunks = 0;
    const reading = gateway.readRows(source, () => { chunks++; }, {
      signal: controller.signal, onProgress: (p) => { if (p.done === p.total) controller.abort(); },
    });
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    // The chunks, then the first search request, then the stop.
    expect(fake.metrics.syncCount).toBe(chunks + 1);
    expect(fake.metrics.failedSyncCount).toBe(0);
  });

  it('gives the pane’s table one hidden_row notice per hidden client row', async () => {
    const hiddenRows = [1, 5, 6, 7, 40];
    const { fake, gateway } = hiddenWorkbook(60, hiddenRows, { cells: 70 });
    const source = await gateway.findClientTable();
    const read: RowChunk[] = [];
    const { hiddenRowNumbers } = await gateway.readRows(source, (rows, firstRowNumber) => { read.push({ rows, firstRowNumber }); });
    expect(fake.metrics.failedSyncCount).toBe(0);
    const chunks = withHiddenRows(read, hiddenRowNumbers);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.flatMap((c) => c.hiddenRowNumbers ?? [])).toEqual(hiddenRows);
    const model = createDefaultModel();
    const table = buildTableFromChunks(chunks, locateSourceLayout(source, model, {}), model, source.sheetName);
    const result = tierClientTable(table, model);
    // Row 1 is the header: no notice.
    expect(result.issues.filter((i) => i.problem === 'hidden_row').map((i) => i.row)).toEqual([5, 6, 7, 40]);
    expect(table.hiddenRows).toBe(4);
    expect(result.table.size).toBe(60);
  });
});

describe('splitSpan', () => {
  it('cuts a span into at most n near-equal consecutive parts that cover it exactly', () => {
    expect(splitSpan({ row: 10, count: 5 }, 64)).toEqual([10, 11, 12, 13, 14].map((row) => ({ row, count: 1 })));
    const parts = splitSpan({ row: 1, count: 30_001 }, 64);
    expect(parts.length).toBeLessThanOrEqual(64);
    expect(parts[0]).toEqual({ row: 1, count: 469 });
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(30_001);
    parts.forEach((p, i) => { if (i > 0) expect(p.row).toBe(parts[i - 1].row + parts[i - 1].count); });
  });
});
