import { BASE_CLIENTS, BASE_COUNTS, BASE_HEADER, baseClientTiers } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Exports that print the header twice: row 2 repeats row 1 and must not become a client called "客户号". */
export const corpusCase: CorpusCase = {
  id: 'header-repeated-top',
  title: 'the header repeated in two rows',
  grid: [[...BASE_HEADER], [...BASE_HEADER], ...BASE_CLIENTS.map((r) => [...r])],
  expect: {
    kind: 'result', headerRow: 1, tierCounts: BASE_COUNTS,
    clients: baseClientTiers(2),
    excluded: [{ row: 2, reason: 'header_row' }],
  },
};
