import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** 风险等级 exported as "风险", which is no alias: the header is found but lacks one column. */
export const corpusCase: CorpusCase = {
  id: 'header-missing-column',
  title: 'a header lacking one factor column',
  grid: withCells(baseGrid(), [[0, COL.risk, '风险']]),
  expect: {
    kind: 'error', code: 'COLUMN_NOT_FOUND',
    messageIncludes: {
      'zh-CN': ['工作表「客户清单」', '第 1 行', '缺少列', '风险等级'],
      'en-US': ['"风险等级" not found', 'header at row 1', 'sheet "客户清单"'],
    },
    location: { sheet: '客户清单', row: 1, column: '风险等级' },
  },
};
