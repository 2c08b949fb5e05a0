import { assetsOnlyModel, oneColumnGrid } from '../baseTable';
import type { CorpusCase, ResultExpectation } from '../corpusCase';

/** C01..C11 hold 0, 10, …, 100 (rows 2–12); C12 (row 13) holds "-". */
const ASSETS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, '-'];
/** What an AutoFilter "总资产 ≥ 50" hides: the five smaller amounts and the unreadable one. */
const FILTERED_OUT = [2, 3, 4, 5, 6, 13];

const expected: ResultExpectation = {
  kind: 'result',
  // min–max over 0..100: a client's score is its amount; "-" is missing and scores 0 (missing: zero).
  tierCounts: { A: 3, B: 4, C: 5 },
  clients: [
    { row: 2, id: 'C01', tier: 'C', score: 0 }, { row: 6, id: 'C05', tier: 'B', score: 40 },
    { row: 10, id: 'C09', tier: 'A', score: 80 }, { row: 13, id: 'C12', tier: 'C', score: 0 },
  ],
  issues: [
    ...FILTERED_OUT.map((row) => ({ row, column: '', problem: 'hidden_row' as const })),
    { row: 13, column: '总资产', problem: 'missing_value', value: '-' },
  ],
};

/**
 * An AutoFilter keeping 总资产 ≥ 50 hides a block of six clients, one of which also has a missing amount. The filter
 * changes nobody's score or tier: the hidden clients still set the min–max range. Each gets a `hidden_row` notice; the
 * missing amount is reported as well, on the same row. The CLI does not read row visibility yet: until it does, it is
 * held to the same result with only the missing value.
 */
export const corpusCase: CorpusCase = {
  id: 'filtered-block-with-missing-value',
  title: 'a filtered-out block of clients, one with a missing value (tiered, and said so)',
  grid: oneColumnGrid('总资产', ASSETS),
  model: assetsOnlyModel(),
  hiddenRows: FILTERED_OUT,
  xlsx: { decorate: (sheet) => { sheet.autoFilter = 'A1:B13'; } },
  fake: { select: 'A8' },
  expect: expected,
};
