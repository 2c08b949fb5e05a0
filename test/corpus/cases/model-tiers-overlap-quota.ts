import { createDefaultModel } from '../../../src/engine';
import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Cumulative shares that go down (top 30 %, then top 20 %) and one above 1. */
export const corpusCase: CorpusCase = {
  id: 'model-tiers-overlap-quota',
  title: 'a model whose quota tiers overlap',
  grid: baseGrid(),
  model: { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.3 }, { name: 'B', topShare: 0.2 }, { name: 'C', topShare: 1.5 }, { name: 'D' }] },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['tiers[1].topShare', 'topShare 是自上而下的累计比例，0.2 应大于 0.3', 'tiers[2].topShare', '(0, 1]'],
      'en-US': ['tiers[1].topShare', 'topShare is cumulative from the top, so 0.2 must exceed 0.3', 'tiers[2].topShare: topShare must be within (0, 1] (1.5)'],
    },
  },
  // The pane words a model's problems by field (issue 10): no JSON path such as factors[0].weight.
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['等级「B」 · 比例：比例必须大于 0', '等级「C」 · 比例：以上各等级的比例合计超过了 100%'],
      'en-US': ['Tier "B" · share: the share must be above 0', 'Tier "C" · share: the shares down to this tier add up to more than 100%'],
    },
  },
};
