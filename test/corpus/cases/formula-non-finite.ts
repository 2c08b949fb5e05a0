import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * Cached formula results that are not finite numbers: Infinity is unreadable and reported, never ranked as the top
 * asset. Scores are those of formula-error-results (K2 and K4 assets missing).
 * The .xlsx stores <v>Infinity</v> and <v>NaN</v>; the CLI's package reader reads both as what they say (ExcelJS,
 * its former in-memory reader, dropped the NaN and reported it missing).
 */
const counts = { 钻石: 1, 黄金: 0, 白银: 2, 普通: 2 };
const clients = [
  { row: 2, tier: '钻石', score: 100 }, { row: 3, tier: '白银', score: 53.25 }, { row: 4, tier: '白银', score: 47 },
  { row: 5, tier: '普通', score: 16.25 }, { row: 6, tier: '普通', score: 4.5 },
];
export const corpusCase: CorpusCase = {
  id: 'formula-non-finite',
  title: 'formulas with a cached Infinity / NaN',
  grid: withCells(baseGrid(), [[2, COL.assets, Infinity], [4, COL.assets, NaN]]),
  xlsx: { cells: { C3: { formula: '1/0', result: Infinity }, C5: { formula: '0/0', result: NaN } } },
  fake: { cells: { C3: { formula: '=1/0', value: Infinity }, C5: { formula: '=0/0', value: NaN } } },
  expect: {
    kind: 'result', tierCounts: counts, clients,
    issues: [
      { row: 3, column: '总资产', problem: 'invalid_number', value: 'Infinity' },
      { row: 5, column: '总资产', problem: 'invalid_number', value: 'NaN' },
    ],
  },
};
