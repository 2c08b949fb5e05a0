import { BASE_COUNTS, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** K2 three times (rows 3, 5, 6): every row is reported, every row is still tiered on its own data. */
export const corpusCase: CorpusCase = {
  id: 'duplicate-ids',
  title: 'duplicate client ids',
  grid: withCells(baseGrid(), [[4, COL.id, 'K2'], [5, COL.id, 'K2']]),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS,
    clients: [{ row: 3, id: 'K2', tier: '黄金' }, { row: 5, id: 'K2', tier: '普通', score: 25 }, { row: 6, id: 'K2', tier: '普通', score: 4.5 }],
    issues: [3, 5, 6].map((row) => ({ row, column: '客户号', problem: 'duplicate_id' as const, value: 'K2' })),
  },
};
