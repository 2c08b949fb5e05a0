import { BASE_COUNTS, baseClientTiers, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * No 开户年限, only 开户日期: tenure is computed as years to the run date. The dates lie 3,650, 2,920, 1,825, 730 and
 * 0 days before K5's, so min–max tenure scores 100/80/50/20/0 on any run date after them, as base. K3's date is
 * text (2018年3月16日, serial 43175), the rest serials, as hosts hand over real date cells.
 */
export const corpusCase: CorpusCase = {
  id: 'open-date-instead-of-tenure',
  title: '开户日期 only (no 开户年限): tenure from the date',
  grid: withCells(baseGrid(), [[0, COL.tenure, '开户日期'], [1, COL.tenure, 41350], [2, COL.tenure, 42080], [3, COL.tenure, '2018年3月16日'], [4, COL.tenure, 44270], [5, COL.tenure, 45000]]),
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};
