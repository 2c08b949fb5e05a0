import { createFakeExcel, FakeOfficeError, jsonByteLength } from './index';

async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeOfficeError;
  }
  throw new Error('expected a rejection');
}

/** rows x cols grid of a fixed string (each cell costs exactly text bytes + 2 quotes + 1 comma in JSON). */
function block(rows: number, cols: number, text: string): string[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => text));
}

describe('payload and range limits', () => {
  it('rejects a request above 5 MB with RequestPayloadSizeLimitExceeded and applies nothing from it', async () => {
    const fake = createFakeExcel({ sheets: { Data: [['keep']] } });
    const error = await rejection(fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('B1').values = [['small write in the same request']];
      sheet.getRange('A2:J60001').values = block(60_000, 10, 'x'.repeat(6)); // ~6 MB of JSON
      await ctx.sync();
    }));
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.sheet('Data').grid()).toEqual([['keep']]);
    expect(fake.metrics.largestRequestBytes).toBeGreaterThan(5_000_000);
  });

  it('rejects a request whose load results push it above 5 MB and rolls back its writes', async () => {
    const fake = createFakeExcel({ sheets: { Data: block(50_000, 12, 'y'.repeat(8)) } });
    const error = await rejection(fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('M1').values = [['written then rolled back']];
      sheet.getRange('A1:L50000').load('values'); // 600,000 cells x ~11 bytes
      await ctx.sync();
    }));
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.sheet('Data').cell('M1')).toBeNull();
  });

  it('allows a request just under the limit', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] }, payloadLimitBytes: 1_000 });
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:A10').values = block(10, 1, 'abc');
      await ctx.sync();
    });
    expect(fake.metrics.largestRequestBytes).toBeLessThan(1_000);
    const tooBig = await rejection(fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:A200').values = block(200, 1, 'abc');
      await ctx.sync();
    }));
    expect(tooBig.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('rejects reading a 5,000,001-cell range (RangeExceedsLimit) but allows 5,000,000 cells', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] }, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
    const error = await rejection(fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('B1').values = [['rolled back']];
      sheet.getRangeByIndexes(0, 0, 106_383, 47).load('values'); // 106,383 x 47 = 5,000,001 cells
      await ctx.sync();
    }));
    expect(error.code).toBe('RangeExceedsLimit');
    expect(fake.sheet('Data').cell('B1')).toBeNull();
    const rows = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 1_000_000, 5).load('values');
      await ctx.sync();
      return range.values.length;
    });
    expect(rows).toBe(1_000_000);
  });

  it('does not count address or dimension loads against the cell cap', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] } });
    const address = await fake.host.run(async (ctx) => {
      const all = ctx.workbook.worksheets.getItem('Data').getRange().load('address, rowCount, columnCount');
      await ctx.sync();
      return [all.address, all.rowCount, all.columnCount];
    });
    expect(address).toEqual(['Data!A:XFD', 1_048_576, 16_384]);
  });

  it('measures payload as the UTF-8 length of the JSON, without building giant strings', () => {
    const samples: unknown[] = [
      [['客户', 'a"b\\c', '\n\t\u0001', '😀', 1.5, -2e21, true, null, '']],
      { o: 1, m: 'values', a: [[['=HYPERLINK("http://x","y")', 42]]] },
      ['\ud800 lone surrogate', 'é', { nested: [1, [2, [3]]] }],
    ];
    for (const sample of samples) expect(jsonByteLength(sample)).toBe(Buffer.byteLength(JSON.stringify(sample), 'utf8'));
  });
});

describe('metrics', () => {
  it('counts syncs, payload bytes, the largest request and cells read/written, and resets', async () => {
    const fake = createFakeExcel({ sheets: { Data: [[1, 2], [3, 4]] } });
    await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('A1:B2').load('values, text');
      await ctx.sync();
      sheet.getRange('C1:C2').values = [['a'], ['b']];
      await ctx.sync();
    });
    expect(fake.metrics).toMatchObject({ syncCount: 2, failedSyncCount: 0, cellsRead: 8, cellsWritten: 2 });
    expect(fake.metrics.totalPayloadBytes).toBeGreaterThan(fake.metrics.largestRequestBytes);
    fake.resetMetrics();
    expect(fake.metrics).toEqual({ syncCount: 0, failedSyncCount: 0, totalPayloadBytes: 0, largestRequestBytes: 0, cellsRead: 0, cellsWritten: 0 });
  });

  it('failOnSync rejects exactly the k-th sync and applies nothing from it', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] }, failOnSync: { at: 2, code: 'GeneralException' } });
    const write = (text: string) => fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [[text]];
      await ctx.sync();
    });
    await write('first');
    const error = await rejection(write('second'));
    await write('third');
    expect(error.code).toBe('GeneralException');
    expect(fake.metrics).toMatchObject({ syncCount: 3, failedSyncCount: 1 });
    expect(fake.sheet('Data').cell('A1')).toBe('third');
    fake.failNextSync('AccessDenied');
    expect((await rejection(write('fourth'))).code).toBe('AccessDenied');
    expect(fake.sheet('Data').cell('A1')).toBe('third');
  });
});

describe('scale', () => {
  it('holds 1,048,575 x 12 cells and reads them in 50,000-row chunks within the 5 MB limit', async () => {
    const rows = 1_048_575;
    const fake = createFakeExcel({
      sheets: { 客户清单: { rows, columns: 12, cell: (r, c) => (r === 0 ? `列${c}` : (r * 7 + c) % 1000) } },
    });
    const started = Date.now();
    const total = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('客户清单');
      let seen = 0;
      for (let start = 0; start < rows; start += 50_000) {
        const chunk = sheet.getRangeByIndexes(start, 0, Math.min(50_000, rows - start), 12).load('values');
        await ctx.sync();
        seen += chunk.values.length;
      }
      return seen;
    });
    expect(total).toBe(rows);
    expect(fake.metrics.cellsRead).toBe(rows * 12);
    expect(fake.metrics.syncCount).toBe(21);
    expect(fake.metrics.largestRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
