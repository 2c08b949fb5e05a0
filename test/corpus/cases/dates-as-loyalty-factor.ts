import { ABC_TIERS } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * A model that scores loyalty from 开户日期 (min–max, earlier is better). Serials and real dates are numbers; text dates
 * are unreadable and reported, never read as some other number. Serials 40000, 40909 (2012-01-01), 44000:
 * 100 − 100·(v − 40000)/4000 = 100, 77.275, 0.
 */
export const corpusCase: CorpusCase = {
  id: 'dates-as-loyalty-factor',
  title: 'dates as a scored factor: serial, real date, ISO text, slashed text',
  grid: [['客户号', '开户日期'], ['C01', 40000], ['C02', 40909], ['C03', '2015-03-01'], ['C04', 44000], ['C05', '2015/03/01']],
  xlsx: { cells: { B3: new Date(Date.UTC(2012, 0, 1)) } },
  model: {
    name: 'loyalty by open date', idColumn: '客户号',
    factors: [{ key: 'loyalty', column: '开户日期', weight: 1, scale: 'minmax', direction: 'lower' }],
    tiers: ABC_TIERS,
  },
  expect: {
    kind: 'result', tierCounts: { A: 1, B: 1, C: 3 },
    clients: [
      { row: 2, tier: 'A', score: 100 }, { row: 3, tier: 'B', score: 77.275 }, { row: 4, tier: 'C', score: 0 },
      { row: 5, tier: 'C', score: 0 }, { row: 6, tier: 'C', score: 0 },
    ],
    issues: [
      { row: 4, column: '开户日期', problem: 'invalid_number', value: '2015-03-01' },
      { row: 6, column: '开户日期', problem: 'invalid_number', value: '2015/03/01' },
    ],
  },
};
