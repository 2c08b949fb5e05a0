import { assetsOnlyModel, oneColumnGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** −2,000 … 2,000 in steps of 500 as signed, scaled and currency texts: min–max 0, 12.5, …, 100. */
const forms = ['¥-2,000', '－１５００', 'CNY -1,000', '$-5e2', 0, '5e2', '0.00001亿', '150000%', '0.2万'];

export const corpusCase: CorpusCase = {
  id: 'text-numbers-signs-and-scales',
  title: 'signed, exponent, 亿, % and currency-prefixed numbers as text',
  grid: oneColumnGrid('总资产', forms),
  model: assetsOnlyModel(),
  expect: {
    kind: 'result', tierCounts: { A: 2, B: 3, C: 4 },
    clients: forms.map((_, i) => ({ row: i + 2, tier: i >= 7 ? 'A' : i >= 4 ? 'B' : 'C', score: i * 12.5 })),
  },
};
