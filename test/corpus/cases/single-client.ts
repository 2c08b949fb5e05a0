import { BASE_HEADER } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * One client: percentile of a single value is 100 (PERCENTRANK.INC of a one-value column), min–max with no range is 100.
 * 35·100 + 20·100 + 15·30 (基础理财) + 15·0 (C1) + 15·100 = 7450 → 74.5 → 黄金.
 */
export const corpusCase: CorpusCase = {
  id: 'single-client',
  title: 'a single client',
  grid: [[...BASE_HEADER], ['K1', '张伟', 300_000, 12, '基础理财', 'C1', 3]],
  expect: { kind: 'result', tierCounts: { 钻石: 0, 黄金: 1, 白银: 0, 普通: 0 }, clients: [{ row: 2, id: 'K1', tier: '黄金', score: 74.5 }] },
};
