import { BASE_COUNTS, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** The id 1001 as a number, as text and as full-width text: one id, reported as duplicated on all three rows. */
export const corpusCase: CorpusCase = {
  id: 'ids-number-and-text',
  title: 'ids that are numbers in one row and text in another',
  grid: withCells(baseGrid(), [[1, COL.id, 1001], [2, COL.id, '1001'], [3, COL.id, '１００１'], [5, COL.id, 1002]]),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS,
    clients: [{ row: 2, id: '1001', tier: '钻石' }, { row: 3, id: '1001', tier: '黄金' }, { row: 4, id: '１００１', tier: '白银' }, { row: 6, id: '1002', tier: '普通' }],
    issues: [2, 3, 4].map((row) => ({ row, column: '客户号', problem: 'duplicate_id' as const, value: '1001' })),
  },
};
