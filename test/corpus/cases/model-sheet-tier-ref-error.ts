import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS } from '../modelSheetGrid';

/**
 * The top tier renamed by a formula pointing at a cell that was later deleted: A18 holds =#REF!&"客户", showing
 * #REF!. A tier must not be called "#REF!": the sheet is refused at that cell.
 */
const sheet = defaultModelSheetGrid();
sheet[MODEL_ROWS.diamond][0] = '#REF!';

export const corpusCase: CorpusCase = {
  id: 'model-sheet-tier-ref-error',
  title: 'a model sheet edited: a tier renamed by a formula whose reference broke (#REF!)',
  grid: baseGrid(),
  modelSheet: sheet,
  xlsx: { cells: { '分级模型!A18': { formula: '#REF!&"客户"', result: { error: '#REF!' } } } },
  fake: { cells: { '分级模型!A18': { formula: '=#REF!&"客户"', value: '#REF!' } } },
  expect: {
    kind: 'error', code: 'INVALID_MODEL_SHEET',
    messageIncludes: {
      'zh-CN': ["'分级模型'!A18", '#REF!'],
      'en-US': ["'分级模型'!A18", '#REF!'],
    },
    location: { sheet: '分级模型', address: "'分级模型'!A18" },
  },
};
