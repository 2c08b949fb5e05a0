import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase, ResultExpectation } from '../corpusCase';

const expected: ResultExpectation = {
  kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers(),
  issues: [{ row: 2, column: '', problem: 'hidden_row' }, { row: 3, column: '', problem: 'hidden_row' }],
};

/**
 * An AutoFilter over A1:G6 that hides K1 and K2 (rows 2–3). Filters select what a user looks at, not who is a
 * client: every row is tiered, and each filtered-out client row gets a `hidden_row` notice. (The fake has no
 * AutoFilter object; it hides the same rows, which is what a filter does to them in Office.js.) The CLI does not read
 * row visibility yet: until it does, it is held to the same tiers without the notices.
 */
export const corpusCase: CorpusCase = {
  id: 'filtered-rows',
  title: 'filtered rows (AutoFilter hiding two clients; tiered, and said so)',
  grid: baseGrid(),
  hiddenRows: [2, 3],
  xlsx: { decorate: (sheet) => { sheet.autoFilter = 'A1:G6'; } },
  fake: { select: 'A5' },
  expect: expected,
};
