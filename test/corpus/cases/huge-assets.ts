import { BASE_COUNTS, baseClientTiers, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Assets of 1e15 (a number) and 1e12 (text with separators): ranks, not magnitudes, decide a percentile. */
export const corpusCase: CorpusCase = {
  id: 'huge-assets',
  title: 'assets of 1e15',
  grid: withCells(baseGrid(), [[1, COL.assets, 1e15], [2, COL.assets, '1,000,000,000,000']]),
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};
