import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * #N/A, #DIV/0! and #REF! in four different columns: each is missing (0 under missing: zero) and reported.
 * Frequency percentile over K1, K2, K4, K5 = 100, 66.7, 33.3, 0; tenure min–max over K1..K4 (2..10) = 100, 75, 37.5, 0.
 * K1 3500+2000+1500+0+1500 → 85 钻石; K2 2625+1333.3+0+1125+1125 → 62.08 黄金; K3 1750+0+450+750+562.5 → 35.125 普通;
 * K4 875+666.7+450+375+0 → 23.67 普通; K5 450 → 4.5 普通.
 */
export const corpusCase: CorpusCase = {
  id: 'excel-errors',
  title: 'Excel errors #N/A, #DIV/0!, #REF! in data cells',
  grid: withCells(baseGrid(), [[1, COL.risk, '#N/A'], [2, COL.needs, '#N/A'], [3, COL.frequency, '#DIV/0!'], [5, COL.tenure, '#REF!']]),
  expect: {
    kind: 'result', tierCounts: { 钻石: 1, 黄金: 1, 白银: 0, 普通: 3 },
    clients: [{ row: 2, tier: '钻石', score: 85 }, { row: 3, tier: '黄金' }, { row: 4, tier: '普通', score: 35.125 }, { row: 5, tier: '普通' }, { row: 6, tier: '普通', score: 4.5 }],
    issues: [
      { row: 2, column: '风险等级', problem: 'missing_value', value: '#N/A' },
      { row: 3, column: '客户需求', problem: 'missing_value', value: '#N/A' },
      { row: 4, column: '年交易次数', problem: 'missing_value', value: '#DIV/0!' },
      { row: 6, column: '开户年限', problem: 'missing_value', value: '#REF!' },
    ],
  },
};
