import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * The user already has sheets called 分级汇总 and 运行日志, the names TierBook would create. They are the user's
 * (no TierBook marker): left untouched, TierBook writes beside them under free names.
 */
const USER_SUMMARY = [['我的汇总', null], ['不要动', 42]];
const USER_LOG = [['我的日志'], ['2026-01-01', '手工记录']];

export const corpusCase: CorpusCase = {
  id: 'existing-output-sheet-names',
  title: 'a sheet named like one TierBook would create (分级汇总, 运行日志 already exist)',
  grid: baseGrid(),
  sheetsAfter: { 分级汇总: USER_SUMMARY, 运行日志: USER_LOG },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
  checkCliOutput: (workbook) => {
    expect(workbook.getWorksheet('分级汇总')?.getCell('A1').value).toBe('我的汇总');
    expect(workbook.getWorksheet('分级汇总')?.getCell('B2').value).toBe(42);
    expect(workbook.getWorksheet('运行日志')?.getCell('B2').value).toBe('手工记录');
    expect(workbook.getWorksheet('分级汇总 (2)')?.getCell('A1').value).toBe('客户分级汇总');
    expect(workbook.getWorksheet('运行日志 (2)')?.getCell('A1').value).toBe('时间');
  },
  checkAddinOutput: (fake) => {
    expect(fake.sheet('分级汇总').grid()).toEqual(USER_SUMMARY);
    expect(fake.sheet('运行日志').grid()).toEqual([['我的日志', null], ['2026-01-01', '手工记录']]);
    expect(fake.sheet('分级汇总 (2)').cell('A1')).toBe('客户分级汇总');
    expect(fake.sheet('运行日志 (2)').cell('A1')).toBe('时间');
  },
};
