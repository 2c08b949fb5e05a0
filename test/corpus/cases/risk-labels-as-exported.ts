import { BASE_COUNTS, baseClientTiers, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * 风险等级 as real systems export it: "C5（激进型）", "C4-积极型", "稳健型(C3)", "C2级" each hold mapped labels that
 * agree, so they score as C5/C4/C3/C2. K5's bare "3" is no label without the model's digitPrefix: unknown, scored 0,
 * which is what its C1 scored anyway, so the tiers are the base ones.
 */
export const corpusCase: CorpusCase = {
  id: 'risk-labels-as-exported',
  title: 'risk labels such as C3-稳健型, 稳健型(C3), C2级 and a bare 3',
  grid: withCells(baseGrid(), [[1, COL.risk, 'C5（激进型）'], [2, COL.risk, 'C4-积极型'], [3, COL.risk, '稳健型(C3)'], [4, COL.risk, 'C2级'], [5, COL.risk, '3']]),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers(),
    issues: [{ row: 6, column: '风险等级', problem: 'unknown_category', value: '3' }],
  },
};
