import { BASE_COUNTS, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * C9 is no risk level and 专业 no needs label: reported, scored 0. ｃ２ (full-width, lower case) is C2.
 * K2 2625+1500+1500+0+1200 → 68.25 黄金; K3 1750+1000+0+750+750 → 42.5 白银; K4 25 as before.
 */
export const corpusCase: CorpusCase = {
  id: 'unknown-category-labels',
  title: 'category labels the model does not know',
  grid: withCells(baseGrid(), [[2, COL.risk, 'C9'], [3, COL.needs, '专业'], [4, COL.risk, 'ｃ２']]),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS,
    clients: [{ row: 3, tier: '黄金', score: 68.25 }, { row: 4, tier: '白银', score: 42.5 }, { row: 5, tier: '普通', score: 25 }],
    issues: [
      { row: 3, column: '风险等级', problem: 'unknown_category', value: 'C9' },
      { row: 4, column: '客户需求', problem: 'unknown_category', value: '专业' },
    ],
  },
};
