import { BASE_HEADER } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * Five identical clients. Percentile counts values strictly below, so ties at the bottom score 0 (as PERCENTRANK.INC
 * does); min–max with no range scores 100. 15·100 (专业投资) + 15·50 (C3) + 15·100 = 3750 → 37.5 → 普通 for all.
 */
export const corpusCase: CorpusCase = {
  id: 'all-identical',
  title: 'every value identical',
  grid: [[...BASE_HEADER], ...[1, 2, 3, 4, 5].map((k) => [`K${k}`, `客户${k}`, 1_000_000, 100, '专业投资', 'C3', 5])],
  expect: {
    kind: 'result', tierCounts: { 钻石: 0, 黄金: 0, 白银: 0, 普通: 5 },
    clients: [1, 2, 3, 4, 5].map((k) => ({ row: k + 1, id: `K${k}`, tier: '普通', score: 37.5 })),
  },
};
