import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Totals rows as exports spell them: 合 计 (with a space), 汇总, 总合计 and 平均值 under the five clients. */
export const corpusCase: CorpusCase = {
  id: 'totals-row-spellings',
  title: 'totals rows labelled 合 计, 汇总, 总合计, 平均值',
  grid: [...baseGrid(), ['合 计', null, 8_600_000, 510], ['汇总', null, 8_600_000, 510], ['总合计', null, 8_600_000, 510], ['平均值', null, 1_720_000, 102]],
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers(),
    excluded: [{ row: 7, reason: 'total_row' }, { row: 8, reason: 'total_row' }, { row: 9, reason: 'total_row' }, { row: 10, reason: 'total_row' }],
  },
};
