import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** A JSON array (e.g. an exported client list) given as the model. */
export const corpusCase: CorpusCase = {
  id: 'model-json-array',
  title: 'a model file holding a JSON array',
  grid: baseGrid(),
  model: [{ key: 'assets', weight: 35 }, { key: 'frequency', weight: 20 }],
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: { 'zh-CN': ['模型必须是一个 JSON 对象'], 'en-US': ['the model must be a JSON object'] },
  },
};
