import type { CorpusCase } from '../corpusCase';

/** A report sheet with a title and its own columns: nothing TierBook could read as the client table. */
export const corpusCase: CorpusCase = {
  id: 'no-header',
  title: 'no header found in the first 30 rows',
  grid: [
    ['2026年6月 营业部资产报表', null, null],
    ['编号', '名称', '金额'],
    [1, '甲', 300],
    [2, '乙', 500],
  ],
  expect: {
    kind: 'error', code: 'HEADER_NOT_FOUND',
    messageIncludes: {
      'zh-CN': ['工作表「客户清单」', '前 30 行中找不到表头', '总资产'],
      'en-US': ['no header row found in the first 30 rows', 'sheet "客户清单"', '总资产'],
    },
    location: { sheet: '客户清单' },
  },
};
