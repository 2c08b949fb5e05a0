import { createDefaultModel, locateSheetLayout, type CellValue } from '../../src/engine';
import { buildTableFromChunks, IncrementalTable, type RowChunk } from '../../src/taskpane/pipeline/rowChunks';

// The pane's two table builders pass the Excel table's totals row (ClientTableSource.totalsRows) to the engine (issue 14 #2).
const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
const grid: CellValue[][] = [HEADER, ['C1', 100, 10, null, null, 3], ['C2', 200, 20, null, null, 4], ['共 2 户', 300, 30, null, null, 7]];
const chunks: RowChunk[] = [{ firstRowNumber: 1, rows: grid }];
const model = createDefaultModel();
const layout = locateSheetLayout(grid, model);

describe('the pane tiers no Excel table totals row', () => {
  it('buildTableFromChunks: without the table the row is a client; with it, excluded as the totals row', () => {
    expect(buildTableFromChunks(chunks, layout, model, '客户清单').ids).toEqual(['C1', 'C2', '共 2 户']);
    const table = buildTableFromChunks(chunks, layout, model, '客户清单', { totalsRows: [4] });
    expect(table.ids).toEqual(['C1', 'C2']);
    expect(table.excluded.map((e) => [e.row, e.reason])).toEqual([[4, 'total_row']]);
  });

  it('IncrementalTable gives the same table chunk by chunk', () => {
    const incremental = new IncrementalTable(layout, model, '客户清单', { totalsRows: [4] });
    incremental.append({ firstRowNumber: 1, rows: grid.slice(0, 2) });
    incremental.append({ firstRowNumber: 3, rows: grid.slice(2) });
    const table = incremental.finish([]);
    expect(table.ids).toEqual(['C1', 'C2']);
    expect(table.excluded.map((e) => [e.row, e.reason])).toEqual([[4, 'total_row']]);
  });
});
