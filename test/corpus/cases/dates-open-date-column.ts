import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * 开户日期 beside a numeric 开户年限: a serial number, ISO text, a real date (written as a Date in the .xlsx, a serial
 * in the grid as Office.js gives it), a slashed date and a blank. The default model scores 开户年限, so the dates
 * change nothing and raise no issue.
 */
export const corpusCase: CorpusCase = {
  id: 'dates-open-date-column',
  title: '开户日期 as serial numbers, as text and as real dates (tenure numeric)',
  grid: baseGrid().map((row, r) => [...row, r === 0 ? '开户日期' : [42064, '2016-05-20', 43466, '2018/7/1', null][r - 1]]),
  xlsx: { cells: { H4: new Date(Date.UTC(2019, 0, 1)) } },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};
