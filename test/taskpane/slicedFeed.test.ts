import { createDefaultModel, locateSheetLayout, type CellValue } from '../../src/engine';
import { buildTableFromChunks, IncrementalTable, type RowChunk } from '../../src/taskpane/pipeline/rowChunks';
import { SlicedFeed, slicesOf } from '../../src/taskpane/pipeline/slicedFeed';
import type { TaskYield } from '../../src/excel/taskYield';

// A read's chunk is appended to the table a slice per task, so a 50,000-client chunk never blocks the pane at once (issue 10).
const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
const clientRow = (i: number): CellValue[] => [`C${i}`, 1000 + i * 7, i % 50, null, null, (i % 20) + 1];
const grid: CellValue[][] = [HEADER, ...Array.from({ length: 23 }, (_, i) => clientRow(i + 1))];
const model = createDefaultModel();
const layout = locateSheetLayout(grid, model);

describe('slicesOf', () => {
  it('cuts a chunk into slices that keep their worksheet row numbers', () => {
    const slices = slicesOf({ firstRowNumber: 5, rows: grid.slice(0, 10) }, 4);
    expect(slices.map((s) => [s.firstRowNumber, s.rows.length])).toEqual([[5, 4], [9, 4], [13, 2]]);
    expect(slices.flatMap((s) => s.rows)).toEqual(grid.slice(0, 10));
  });
});

/** A pace that is always due (a slow machine) or never (a fast one), counting its waits. */
function pace(due: boolean): TaskYield & { waits: number } {
  const p = { waits: 0, due: () => due, yieldNow: async () => { p.waits++; }, restart: () => undefined };
  return p;
}

describe('SlicedFeed', () => {
  it('builds the same table as the whole chunks, giving the thread back between slices when the slice of time is up', async () => {
    const chunks: RowChunk[] = [{ firstRowNumber: 1, rows: grid.slice(0, 15) }, { firstRowNumber: 16, rows: grid.slice(15) }];
    const incremental = new IncrementalTable(layout, model, '客户清单');
    const taken: number[] = [];
    const slow = pace(true);
    const feed = new SlicedFeed((slice) => { taken.push(slice.rows.length); incremental.append(slice); }, undefined, 5, slow);
    for (const chunk of chunks) feed.push(chunk);
    // Nothing is taken while the gateway's callback runs: every slice waits for a task of its own.
    expect(taken).toEqual([]);
    await feed.done();
    expect(taken).toEqual([5, 5, 5, 5, 4]);
    expect(slow.waits).toBe(1 + taken.length);
    const expected = buildTableFromChunks(chunks, layout, model, '客户清单');
    const table = incremental.finish([]);
    expect(table.ids).toEqual(expected.ids);
    expect(Array.from(table.rowNumbers)).toEqual(Array.from(expected.rowNumbers));
  });

  it('stops taking slices once the read is cancelled, and done() rejects as cancelled', async () => {
    const abort = new AbortController();
    const taken: number[] = [];
    const feed = new SlicedFeed((slice) => { taken.push(slice.firstRowNumber); if (taken.length === 2) abort.abort(); }, abort.signal, 4, pace(true));
    feed.push({ firstRowNumber: 1, rows: grid });
    await expect(feed.done()).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(taken).toEqual([1, 5]);
  });

  it('passes on the first error the table builder throws, and takes nothing after it', async () => {
    let calls = 0;
    const feed = new SlicedFeed(() => { calls++; throw new Error('bad row'); }, undefined, 4, pace(true));
    feed.push({ firstRowNumber: 1, rows: grid });
    await expect(feed.done()).rejects.toThrow('bad row');
    expect(calls).toBe(1);
  });

  it('on a fast machine takes every slice in one task after the gateway callback', async () => {
    const fast = pace(false);
    const taken: number[] = [];
    const feed = new SlicedFeed((slice) => taken.push(slice.rows.length), undefined, 4, fast);
    feed.push({ firstRowNumber: 1, rows: grid });
    expect(taken).toEqual([]);
    await feed.done();
    expect(taken).toEqual([4, 4, 4, 4, 4, 4]);
    expect(fast.waits).toBe(1);
  });
});
