import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS } from '../modelSheetGrid';

/** Several edits at once; every one is reported with its cell, in one message. */
const sheet = defaultModelSheetGrid();
sheet[5][1] = 'sometimes';
sheet[MODEL_ROWS.frequency][6] = 'fancy';
sheet[MODEL_ROWS.needs][7] = 'up';
sheet[MODEL_ROWS.gold][3] = 'high';

export const corpusCase: CorpusCase = {
  id: 'model-sheet-nonsense',
  title: 'a model sheet edited into nonsense: unknown scale, direction, missing policy, a text min score',
  grid: baseGrid(),
  modelSheet: sheet,
  expect: {
    kind: 'error', code: 'INVALID_MODEL_SHEET',
    messageIncludes: {
      'zh-CN': ["'分级模型'!D19", '最低分「high」不是数字', "'分级模型'!G11", '未知的计分方式 "fancy"', "'分级模型'!H12", 'missing 必须是 "zero" 或 "exclude"'],
      'en-US': ["'分级模型'!D19", 'min score "high" is not a number', "'分级模型'!G11", 'unknown scale "fancy"', "'分级模型'!H12", 'direction must be "higher" or "lower"', 'missing must be "zero" or "exclude"'],
    },
    location: { sheet: '分级模型' },
  },
};
