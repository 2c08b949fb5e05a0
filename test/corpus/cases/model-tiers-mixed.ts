import { createDefaultModel } from '../../../src/engine';
import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** A score threshold on top of a quota: two tiering rules at once. */
export const corpusCase: CorpusCase = {
  id: 'model-tiers-mixed',
  title: 'a model mixing threshold and quota tiers',
  grid: baseGrid(),
  model: { ...createDefaultModel(), tiers: [{ name: 'A', minScore: 80 }, { name: 'B', topShare: 0.5 }, { name: 'C' }] },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['等级不能混用 minScore（分数线）与 topShare（比例）'],
      'en-US': ['tiers cannot mix minScore (thresholds) and topShare (quotas)'],
    },
  },
};
