import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** YAML-looking text: not JSON at all. Parsing text is the host's job, so the engine leg does not apply. */
export const corpusCase: CorpusCase = {
  id: 'model-not-json',
  title: 'a model file that is not JSON',
  grid: baseGrid(),
  modelText: 'factors:\n  - key: assets\n    weight: 35\ntiers: [钻石, 黄金]\n',
  engine: { notApplicable: 'the engine takes parsed JSON (validateModel); reading the file text is the CLI\'s and the pane\'s job' },
  expect: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: { 'zh-CN': ['模型文件不是有效的 JSON', 'model.json'], 'en-US': ['the model file is not valid JSON', 'model.json'] },
  },
  addin: {
    kind: 'error', code: 'INVALID_MODEL',
    messageIncludes: { 'zh-CN': ['文件「model.json」不是有效的 JSON'], 'en-US': ['The file "model.json" is not valid JSON'] },
  },
};
