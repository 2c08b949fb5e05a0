import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS } from '../modelSheetGrid';

const sheet = defaultModelSheetGrid();
sheet[MODEL_ROWS.assets][4] = '三十五';

export const corpusCase: CorpusCase = {
  id: 'model-sheet-text-weight',
  title: 'a model sheet edited: a weight typed as text (三十五)',
  grid: baseGrid(),
  modelSheet: sheet,
  expect: {
    kind: 'error', code: 'INVALID_MODEL_SHEET',
    messageIncludes: {
      'zh-CN': ['模型表有误', "'分级模型'!E10", '权重「三十五」不是数字'],
      'en-US': ['the model sheet has errors', "'分级模型'!E10", 'weight "三十五" is not a number'],
    },
    location: { sheet: '分级模型', address: "'分级模型'!E10" },
  },
};
