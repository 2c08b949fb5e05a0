import { assetsOnlyModel, oneColumnGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Typos a number parser must refuse rather than guess: each is reported and counts as missing (score 0). */
export const corpusCase: CorpusCase = {
  id: 'two-decimal-points',
  title: 'numbers with two decimal points, 1.2.3万, misplaced separators',
  grid: oneColumnGrid('总资产', [0, '1.2.3', '1.2.3万', '12..5', '1,23,456', 100]),
  model: assetsOnlyModel(),
  expect: {
    kind: 'result', tierCounts: { A: 1, B: 0, C: 5 },
    clients: [
      { row: 2, tier: 'C', score: 0 }, { row: 3, tier: 'C', score: 0 }, { row: 4, tier: 'C', score: 0 },
      { row: 5, tier: 'C', score: 0 }, { row: 6, tier: 'C', score: 0 }, { row: 7, tier: 'A', score: 100 },
    ],
    issues: [
      { row: 3, column: '总资产', problem: 'invalid_number', value: '1.2.3' },
      { row: 4, column: '总资产', problem: 'invalid_number', value: '1.2.3万' },
      { row: 5, column: '总资产', problem: 'invalid_number', value: '12..5' },
      { row: 6, column: '总资产', problem: 'invalid_number', value: '1,23,456' },
    ],
  },
};
