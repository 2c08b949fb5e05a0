import { createDefaultModel } from '../../../src/engine';
import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

const model = createDefaultModel();
export const corpusCase: CorpusCase = {
  id: 'model-weights-all-zero',
  title: 'a model with weight 0 everywhere',
  grid: baseGrid(),
  model: { ...model, factors: model.factors.map((f) => ({ ...f, weight: 0 })) },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['模型无效', '所有权重都为 0'],
      'en-US': ['invalid model', 'all weights are zero: at least one factor needs a weight above 0'],
    },
  },
  // The pane words a model's problems by field (issue 10): no JSON path such as factors[0].weight.
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['所有权重都为 0'],
      'en-US': ['all weights are 0'],
    },
  },
};
