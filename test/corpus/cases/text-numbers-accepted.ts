import { assetsOnlyModel, oneColumnGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** 0 … 10,000 in steps of 1,000, each in another text form; min–max scores must be exactly 0, 10, …, 100. */
const forms = [0, '1,000', '¥2,000', '￥３，０００', '0.4万', 'RMB 5000', '6000元', ' 7000 ', '+8000', '9,000.00', '1万'];

export const corpusCase: CorpusCase = {
  id: 'text-numbers-accepted',
  title: 'numbers stored as text in each accepted form (separators, ¥/￥/RMB, full-width, 万, 元, sign, spaces)',
  grid: oneColumnGrid('总资产', forms),
  model: assetsOnlyModel(),
  expect: {
    kind: 'result', tierCounts: { A: 3, B: 4, C: 4 },
    clients: forms.map((_, i) => ({ row: i + 2, tier: i >= 8 ? 'A' : i >= 4 ? 'B' : 'C', score: i * 10 })),
  },
};
