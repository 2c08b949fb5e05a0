import { BASE_HEADER } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * Every column is there, and below the header only blank and whitespace-only cells. The engine tiers nobody; every
 * host refuses to write an empty tiering with one message (requireClients).
 */
export const corpusCase: CorpusCase = {
  id: 'no-data',
  title: 'all columns present but no data rows',
  grid: [[...BASE_HEADER], ['  ', null, null, null, null, null, null], [null, null, '\t', null, null, null, null]],
  expect: {
    kind: 'error', code: 'NO_CLIENTS',
    messageIncludes: {
      'zh-CN': ['工作表「客户清单」', '第 1 行表头下方没有客户行'],
      'en-US': ['no client rows below the header at row 1', 'sheet "客户清单"'],
    },
  },
  engine: { kind: 'result', headerRow: 1, tierCounts: { 钻石: 0, 黄金: 0, 白银: 0, 普通: 0 } },
};
