import { baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/** 总资产(万元) in C beside 总资产（元） in H: either could be 总资产, so the run stops and names both with letters. */
export const corpusCase: CorpusCase = {
  id: 'duplicate-header-units',
  title: '总资产(万元) beside 总资产（元）',
  grid: withCells(baseGrid(), [[0, COL.assets, '总资产(万元)'], [0, 7, '总资产（元）'], [1, 7, 50_000_000_000], [2, 7, 1], [3, 7, 2], [4, 7, 3], [5, 7, 4]]),
  expect: {
    kind: 'error', code: 'DUPLICATE_COLUMN',
    messageIncludes: {
      'zh-CN': ['工作表「客户清单」', '第 1 行', 'C 列「总资产(万元)」、H 列「总资产（元）」', '--model', '列映射'],
      'en-US': ['row 1', 'sheet "客户清单"', 'column C "总资产(万元)", column H "总资产（元）"', '--model', 'column mapping'],
    },
    location: { sheet: '客户清单', row: 1, column: '总资产(万元)' },
  },
};
