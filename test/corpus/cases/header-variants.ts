import { BASE_CLIENTS, BASE_COUNTS, baseClientTiers } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * A header written the way exports write it: an id alias, a bracketed unit with full-width brackets, spaces inside,
 * English aliases in full-width and mixed case, under a title and an empty row.
 */
export const corpusCase: CorpusCase = {
  id: 'header-variants',
  title: 'headers with aliases, units, full-width letters, spaces and case changes',
  grid: [
    ['客户资产明细', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['客户编号', '姓名', '总资产（元）', ' 年交易 次数 ', 'Ｃｌｉｅｎｔ_Ｎｅｅｄｓ', 'Risk_Level', 'ＴＥＮＵＲＥ'],
    ...BASE_CLIENTS.map((r) => [...r]),
  ],
  fake: { select: 'B5' },
  expect: { kind: 'result', headerRow: 3, tierCounts: BASE_COUNTS, clients: baseClientTiers(3) },
};
