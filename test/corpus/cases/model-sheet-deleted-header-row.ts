import { baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { defaultModelSheetGrid, MODEL_ROWS, withoutRow } from '../modelSheetGrid';

/**
 * The factor table's header row (键 / 中文名称 / …) deleted. The first factor row (assets, now row 9) moves up into
 * the header's place; reading on from the row after it would silently drop the assets factor.
 */
export const corpusCase: CorpusCase = {
  id: 'model-sheet-deleted-header-row',
  title: 'a model sheet edited: the factor table\'s header row deleted',
  grid: baseGrid(),
  modelSheet: withoutRow(defaultModelSheetGrid(), MODEL_ROWS.factorHeader),
  expect: {
    kind: 'error', code: 'INVALID_MODEL_SHEET',
    messageIncludes: {
      'zh-CN': ["'分级模型'!A9", '「因子」部分缺少表头行'],
      'en-US': ["'分级模型'!A9", 'the "Factors" section has no header row'],
    },
    location: { sheet: '分级模型', address: "'分级模型'!A9" },
  },
};
