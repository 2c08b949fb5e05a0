import { BASE_COUNTS, baseClientTiers, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Overdrawn accounts: negative assets rank below everyone and change nobody else's percentile. */
export const corpusCase: CorpusCase = {
  id: 'negative-assets',
  title: 'negative assets',
  grid: withCells(baseGrid(), [[4, COL.assets, -1], [5, COL.assets, '-50,000']]),
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};
