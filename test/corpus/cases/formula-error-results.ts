import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * 总资产 of K2 and K4 are formulas whose results are errors (=C3/0 → #DIV/0!, =SQRT(-1) → #NUM!): missing, reported.
 * Assets percentile over K1, K3, K5 = 100, 50, 0. K2 0+1500+1500+1125+1200 → 53.25 白银; K3 1750+1000+450+750+750
 * → 47 白银; K4 0+500+450+375+300 → 16.25 普通.
 */
export const corpusCase: CorpusCase = {
  id: 'formula-error-results',
  title: 'formulas evaluating to #DIV/0! and #NUM! (error text in the grid)',
  grid: withCells(baseGrid(), [[2, COL.assets, '#DIV/0!'], [4, COL.assets, '#NUM!']]),
  xlsx: { cells: { C3: { formula: 'C2/0', result: { error: '#DIV/0!' } }, C5: { formula: 'SQRT(-1)', result: { error: '#NUM!' } } } },
  fake: { cells: { C3: { formula: '=C2/0', value: '#DIV/0!' }, C5: { formula: '=SQRT(-1)', value: '#NUM!' } } },
  expect: {
    kind: 'result', tierCounts: { 钻石: 1, 黄金: 0, 白银: 2, 普通: 2 },
    clients: [
      { row: 2, tier: '钻石', score: 100 }, { row: 3, tier: '白银', score: 53.25 }, { row: 4, tier: '白银', score: 47 },
      { row: 5, tier: '普通', score: 16.25 }, { row: 6, tier: '普通', score: 4.5 },
    ],
    issues: [
      { row: 3, column: '总资产', problem: 'missing_value', value: '#DIV/0!' },
      { row: 5, column: '总资产', problem: 'missing_value', value: '#NUM!' },
    ],
  },
};
