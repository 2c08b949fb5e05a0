import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS, withoutRow } from '../modelSheetGrid';

/**
 * The risk factor's row deleted: its 11 category rows (now A28:A38) name a factor the table no longer has. TierBook
 * points at them rather than guessing whether the factor or the map is wrong.
 */
export const corpusCase: CorpusCase = {
  id: 'model-sheet-deleted-factor-row',
  title: 'a model sheet edited: a factor row deleted',
  grid: baseGrid(),
  modelSheet: withoutRow(defaultModelSheetGrid(), MODEL_ROWS.risk),
  expect: {
    kind: 'error', code: 'INVALID_MODEL_SHEET',
    messageIncludes: {
      'zh-CN': ["'分级模型'!A28", '因子键「risk」不在因子表中', "'分级模型'!A38"],
      'en-US': ["'分级模型'!A28", 'factor key "risk" is not in the factor table', "'分级模型'!A38"],
    },
    location: { sheet: '分级模型', address: "'分级模型'!A28" },
  },
};
