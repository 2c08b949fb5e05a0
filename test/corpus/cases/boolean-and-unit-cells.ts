import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * TRUE in 总资产 and "12次" in 年交易次数: unreadable, reported, scored as missing.
 * Assets over K1, K3, K4, K5 = 100, 66.7, 33.3, 0; frequency over K1, K2, K3, K5 = 100, 66.7, 33.3, 0.
 * K2 0+1333.3+1500+1125+1200 → 51.58 白银; K3 2333.3+666.7+450+750+750 → 49.5 白银; K4 1166.7+0+450+375+300 → 22.92 普通.
 */
export const corpusCase: CorpusCase = {
  id: 'boolean-and-unit-cells',
  title: 'a boolean in a number column and a number with a unit word',
  grid: withCells(baseGrid(), [[2, COL.assets, true], [4, COL.frequency, '12次']]),
  expect: {
    kind: 'result', tierCounts: { 钻石: 1, 黄金: 0, 白银: 2, 普通: 2 },
    clients: [{ row: 2, tier: '钻石', score: 100 }, { row: 3, tier: '白银' }, { row: 4, tier: '白银', score: 49.5 }, { row: 5, tier: '普通' }],
    issues: [
      { row: 3, column: '总资产', problem: 'invalid_number', value: 'TRUE' },
      { row: 5, column: '年交易次数', problem: 'invalid_number', value: '12次' },
    ],
  },
};
