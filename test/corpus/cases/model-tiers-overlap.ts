import { createDefaultModel } from '../../../src/engine';
import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** 黄金 from 85 sits above 钻石 from 80, and 白银 repeats 黄金's name: the ranges overlap. */
export const corpusCase: CorpusCase = {
  id: 'model-tiers-overlap',
  title: 'a model whose threshold tiers overlap',
  grid: baseGrid(),
  model: { ...createDefaultModel(), tiers: [{ name: '钻石', minScore: 80 }, { name: '黄金', minScore: 85 }, { name: '黄金', minScore: 40 }, { name: '普通', minScore: 0 }] },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['tiers[1].minScore', '等级顺序错误：「黄金」的分数线 85 不低于上一等级的 80', 'tiers[2].name', '等级名称「黄金」重复'],
      'en-US': ['tiers[1].minScore', 'tiers out of order: "黄金" has minScore 85, not below the previous tier\'s 80', 'tiers[2].name', 'tier name "黄金" is used twice'],
    },
  },
  // The pane words a model's problems by field (issue 10): no JSON path such as factors[0].weight.
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: {
      'zh-CN': ['等级「黄金」 · 最低分：必须低于上一等级「钻石」的 80', '第 3 个等级 · 名称：名称「黄金」已被其他等级使用'],
      'en-US': ['Tier "黄金" · min score: must be below 80, the min score of "钻石" above it', 'Tier 3 · name: another tier is already named "黄金"'],
    },
  },
};
