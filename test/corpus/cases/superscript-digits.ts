import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * K5's 总资产 reads "10²": a superscript is no digit, so the cell is unreadable (never 102), reported and scored 0.
 * Percentiles over K1–K4: 100, 66.67, 33.33, 0. K2 2333.33+1500+1500+1125+1200 → 76.5833 黄金;
 * K3 1166.67+1000+450+750+750 → 41.1667 白银; K4 0+500+450+375+300 → 16.25 普通; K5 4.5.
 */
export const corpusCase: CorpusCase = {
  id: 'superscript-digits',
  title: 'a superscript digit in a number (10²)',
  grid: withCells(baseGrid(), [[5, COL.assets, '10²']]),
  expect: {
    kind: 'result', tierCounts: { 钻石: 1, 黄金: 1, 白银: 1, 普通: 2 },
    clients: [
      { row: 2, tier: '钻石', score: 100 }, { row: 3, tier: '黄金', score: 76.583333333 },
      { row: 4, tier: '白银', score: 41.166666667 }, { row: 5, tier: '普通', score: 16.25 }, { row: 6, tier: '普通', score: 4.5 },
    ],
    issues: [{ row: 6, column: '总资产', problem: 'invalid_number', value: '10²' }],
  },
};
