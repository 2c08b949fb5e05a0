import { BASE_CLIENTS, BASE_COUNTS, BASE_HEADER, baseClientTiers } from '../baseTable';
import type { CorpusCase, ResultExpectation } from '../corpusCase';

const expected: ResultExpectation = {
  kind: 'result', headerRow: 2, tierCounts: BASE_COUNTS, clients: baseClientTiers(2),
  issues: [{ row: 4, column: '', problem: 'hidden_row' }],
  excluded: [{ row: 8, reason: 'total_row' }],
};

/**
 * A title in row 1, the header in row 2, K1..K5 in rows 3–7 and a totals row 8; rows 1, 4 (K2) and 8 hidden. Only the
 * hidden client row gets a `hidden_row` notice: the title is above the header, the totals row is excluded as ever.
 * The CLI does not read row visibility yet: until it does, it is held to the same result without the notice.
 */
export const corpusCase: CorpusCase = {
  id: 'hidden-title-and-total-rows',
  title: 'hidden title, client and totals rows (only the client row is noted)',
  grid: [['客户资产明细（内部资料）'], [...BASE_HEADER], ...BASE_CLIENTS.map((r) => [...r]), ['合计', null, 8_600_000, 510, null, null, 25]],
  hiddenRows: [1, 4, 8],
  expect: expected,
};
