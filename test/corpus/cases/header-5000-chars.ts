import { BASE_COUNTS, baseClientTiers, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * 总资产's header carries a bracketed note of 5,000 characters (its unit rule must strip it, in linear time), and a
 * remarks column has a 5,000-character header too.
 */
const note = '单位为人民币元，含融资融券担保品'.repeat(313).slice(0, 4995);
export const LONG_ASSETS_HEADER = `总资产（${note}）`;
const longRemarks = '备注'.repeat(2500);

export const corpusCase: CorpusCase = {
  id: 'header-5000-chars',
  title: 'a header of 5,000 characters',
  grid: withCells(baseGrid(), [[0, COL.assets, LONG_ASSETS_HEADER], [0, 7, longRemarks], [1, 7, '大客户']]),
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};
