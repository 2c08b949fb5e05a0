import { createDefaultModel } from '../../../src/engine';
import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** Every factor wrong in another way: a weight as text, an unknown scale, a category factor without a map, a bad direction. */
const [assets, frequency, needs, risk, loyalty] = createDefaultModel().factors;
export const corpusCase: CorpusCase = {
  id: 'model-wrong-types',
  title: 'a model with a text weight, an unknown scale, no category map and a bad direction',
  grid: baseGrid(),
  model: {
    ...createDefaultModel(),
    factors: [{ ...assets, weight: '35' }, { ...frequency, scale: 'fancy' }, { ...needs, categories: undefined }, { ...risk, direction: 'up' }, loyalty],
  },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['factors[0].weight：权重必须是数字', 'factors[1].scale：未知的计分方式 "fancy"', 'factors[2].categories', 'factors[3].direction'],
      'en-US': ['factors[0].weight: the weight must be a number', 'factors[1].scale: unknown scale "fancy"', 'factors[2].categories: a category factor needs a categories map', 'factors[3].direction: direction must be "higher" or "lower"'],
    },
  },
  // The pane words a model's problems by field (issue 10): no JSON path such as factors[0].weight.
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['资产规模 · 权重：不是有效的数字', '交易频率 · 计分方式：未知的计分方式 "fancy"', '客户需求 · 分类映射：至少需要一个分类', '风险偏好 · 方向：direction 必须是 "higher" 或 "lower"'],
      'en-US': ['Asset size · weight: is not a number', 'Trading frequency · scale: unknown scale "fancy"', 'Needs · category map: needs at least one category', 'Risk preference · direction: direction must be "higher" or "lower"'],
    },
  },
};
