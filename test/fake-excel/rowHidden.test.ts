import { createFakeExcel } from './index';

/** A 10-row, 3-column sheet; rows 3, 4 and 8 (0-based 2, 3, 7) hidden at setup. */
function sheetWithHiddenRows(): ReturnType<typeof createFakeExcel> {
  const rows = Array.from({ length: 10 }, (_, r) => [`K${r}`, r, r * 2]);
  return createFakeExcel({ sheets: { 客户清单: rows }, hiddenRows: { 客户清单: [2, 3, 7] } });
}

async function rowHiddenOf(fake: ReturnType<typeof createFakeExcel>, addresses: readonly string[]): Promise<(boolean | null)[]> {
  return fake.host.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('客户清单');
    const ranges = addresses.map((a) => sheet.getRange(a).load('rowHidden'));
    await ctx.sync();
    return ranges.map((r) => r.rowHidden as boolean | null);
  });
}

describe('Range.rowHidden', () => {
  it('is true when every row is hidden, false when none is, null when some are, whatever the columns', async () => {
    const fake = sheetWithHiddenRows();
    expect(await rowHiddenOf(fake, ['A3:C4', 'B4', '3:4', 'A1:C2', 'A5:A7', '9:10', 'A2:C3', 'A1:C10', 'B4:B5', 'A:A'])).toEqual(
      [true, true, true, false, false, false, null, null, null, null],
    );
  });

  it('follows the setup option, the inspector and writes through the API', async () => {
    const fake = sheetWithHiddenRows();
    expect([fake.sheet('客户清单').isRowHidden(2), fake.sheet('客户清单').isRowHidden(4)]).toEqual([true, false]);
    fake.sheet('客户清单').setRowsHidden(4, 3); // rows 5–7, as a filter would
    expect(await rowHiddenOf(fake, ['A3:A8'])).toEqual([true]);
    fake.sheet('客户清单').setRowsHidden(2, 1, false);
    expect(await rowHiddenOf(fake, ['A3', 'A3:A8'])).toEqual([false, null]);
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('客户清单').getRange('A3:C3').rowHidden = true;
      ctx.workbook.worksheets.getItem('客户清单').getRange('8:8').rowHidden = false;
      await ctx.sync();
    });
    expect(await rowHiddenOf(fake, ['A3:A7', 'A8'])).toEqual([true, false]);
  });

  it('counts each load in the sync and payload metrics, not in cellsRead, and has no cell cap on whole columns', async () => {
    const fake = sheetWithHiddenRows();
    fake.resetMetrics();
    await rowHiddenOf(fake, ['A1:C10']);
    const one = { ...fake.metrics };
    expect(one.syncCount).toBe(1);
    expect(one.totalPayloadBytes).toBeGreaterThan(0);
    expect(one.cellsRead).toBe(0);
    fake.resetMetrics();
    expect(await rowHiddenOf(fake, ['A1:C10', 'A1:C2', 'A3:C4', 'A:C'])).toEqual([null, false, true, null]);
    // Four loads cost more than one, in one request.
    expect(fake.metrics.syncCount).toBe(1);
    expect(fake.metrics.totalPayloadBytes).toBeGreaterThan(one.totalPayloadBytes);
    expect(fake.metrics.cellsRead).toBe(0);
  });

  it('is missing below ExcelApi 1.2, as Office.js reports it', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: [['a']] }, apiVersion: '1.1' });
    await expect(rowHiddenOf(fake, ['A1'])).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
