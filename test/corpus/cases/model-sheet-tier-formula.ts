import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS } from '../modelSheetGrid';

/**
 * The top tier renamed by a formula: A18 holds =B18&"客户" and shows 钻石客户. The model takes the value Excel shows,
 * so K1 is 钻石客户, in the add-in and in the runner alike (both read the cached value of the formula).
 */
const sheet = defaultModelSheetGrid();
sheet[MODEL_ROWS.diamond][0] = '钻石客户';

export const corpusCase: CorpusCase = {
  id: 'model-sheet-tier-formula',
  title: 'a model sheet edited: a tier renamed by a formula',
  grid: baseGrid(),
  modelSheet: sheet,
  xlsx: { cells: { '分级模型!A18': { formula: 'B18&"客户"', result: '钻石客户' } } },
  fake: { cells: { '分级模型!A18': { formula: '=B18&"客户"', value: '钻石客户' } } },
  expect: {
    kind: 'result', tierCounts: { 钻石客户: 1, 黄金: 1, 白银: 1, 普通: 2 },
    clients: [{ row: 2, id: 'K1', tier: '钻石客户', score: 100 }, { row: 3, id: 'K2', tier: '黄金', score: 79.5 }],
  },
};
