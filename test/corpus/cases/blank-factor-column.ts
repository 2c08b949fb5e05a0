import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * 年交易次数 is in the header but every cell is blank (one holds only spaces). Under missing: zero the factor scores
 * 0 for all: K1 3500+1500+1500+1500 → 80 钻石; K2 2625+1500+1125+1200 → 64.5 黄金; K3 37; K4 20; K5 4.5.
 */
export const corpusCase: CorpusCase = {
  id: 'blank-factor-column',
  title: 'only blanks in one factor column',
  grid: withCells(baseGrid(), [1, 2, 3, 4, 5].map((r) => [r, COL.frequency, r === 3 ? '   ' : null] as const)),
  expect: {
    kind: 'result', tierCounts: { 钻石: 1, 黄金: 1, 白银: 0, 普通: 3 },
    clients: [
      { row: 2, tier: '钻石', score: 80 }, { row: 3, tier: '黄金', score: 64.5 }, { row: 4, tier: '普通', score: 37 },
      { row: 5, tier: '普通', score: 20 }, { row: 6, tier: '普通', score: 4.5 },
    ],
    issues: [2, 3, 4, 5, 6].map((row) => ({ row, column: '年交易次数', problem: 'missing_value' as const })),
  },
};
