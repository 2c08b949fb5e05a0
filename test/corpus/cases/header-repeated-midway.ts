import { BASE_CLIENTS, BASE_COUNTS, BASE_HEADER } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** A paged export repeats the header on every page: row 5 is the header again, between K3 and K4. */
export const corpusCase: CorpusCase = {
  id: 'header-repeated-midway',
  title: 'the header repeated between data rows (paged export)',
  grid: [[...BASE_HEADER], ...BASE_CLIENTS.slice(0, 3).map((r) => [...r]), [...BASE_HEADER], ...BASE_CLIENTS.slice(3).map((r) => [...r])],
  expect: {
    kind: 'result', headerRow: 1, tierCounts: BASE_COUNTS,
    clients: [
      { row: 2, id: 'K1', tier: '钻石', score: 100 }, { row: 3, id: 'K2', tier: '黄金', score: 79.5 },
      { row: 4, id: 'K3', tier: '白银', score: 47 }, { row: 6, id: 'K4', tier: '普通', score: 25 }, { row: 7, id: 'K5', tier: '普通', score: 4.5 },
    ],
    excluded: [{ row: 5, reason: 'header_row' }],
  },
};
