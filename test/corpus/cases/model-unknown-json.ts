import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Valid JSON of some other program: a client record, not a model. */
export const corpusCase: CorpusCase = {
  id: 'model-unknown-json',
  title: 'a model file that is unknown JSON (an object of another shape)',
  grid: baseGrid(),
  model: { 客户: '张三', 资产: 100, version: 2, weights: [35, 20] },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['factors：至少需要一个因子', 'tiers：至少需要一个等级'],
      'en-US': ['factors: the model needs at least one factor', 'tiers: the model needs at least one tier'],
    },
  },
  // The pane words a model's problems by field (issue 10): no JSON path such as factors[0].weight.
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['因子：至少需要一个因子', '等级：至少需要一个等级'],
      'en-US': ['factors: the model needs at least one factor', 'tiers: the model needs at least one tier'],
    },
  },
};
