import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import type { Grid } from '../corpusCase';

/** 249 sheets of other things in front of the client sheet, which is the 250th. */
export const FILLER_SHEETS = 249;
const before: Record<string, Grid> = {};
for (let i = 1; i <= FILLER_SHEETS; i++) before[`附表${String(i).padStart(3, '0')}`] = [['说明', `第 ${i} 张附表`], ['数值', i]];

export const corpusCase: CorpusCase = {
  id: 'workbook-250-sheets',
  title: 'a workbook with 250 sheets (client table on the last)',
  grid: baseGrid(),
  sheetsBefore: before,
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
  checkCliOutput: (workbook) => {
    expect(workbook.worksheets.slice(0, FILLER_SHEETS + 1).map((s) => s.name)).toEqual([...Object.keys(before), '客户清单']);
    expect(workbook.worksheets.length).toBeGreaterThan(FILLER_SHEETS + 1);
  },
  checkAddinOutput: (fake) => {
    expect(fake.sheetNames().slice(0, FILLER_SHEETS + 1)).toEqual([...Object.keys(before), '客户清单']);
    expect(fake.sheetNames().length).toBeGreaterThan(FILLER_SHEETS + 1);
  },
};
