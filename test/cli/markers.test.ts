import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  absoluteCellReference, absoluteRangeReference, columnMarkerName, freeSheetName, nameSafeKey, parseCellReference, sheetMarkerName,
} from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { runCli } from './runCli';
import { editXlsxPart, readXlsxPart } from './xlsxParts';

describe('sheet names and markers', () => {
  it('picks a free sheet name, case-insensitively, within 31 characters', () => {
    expect(freeSheetName('分级汇总', ['客户清单'])).toBe('分级汇总');
    expect(freeSheetName('分级汇总', ['分级汇总'])).toBe('分级汇总 (2)');
    expect(freeSheetName('Tier Summary', ['tier summary', 'Tier Summary (2)'])).toBe('Tier Summary (3)');
    const long = 'A very long strategy sheet name here';
    const free = freeSheetName(long, [long.slice(0, 31)]);
    expect(free).toBe(`${long.slice(0, 27)} (2)`);
    expect(free.length).toBeLessThanOrEqual(31);
    expect(freeSheetName('a/b:c', [])).toBe('a_b_c');
  });

  it('turns any plan key into a valid defined name', () => {
    expect(sheetMarkerName('summary')).toBe('_TierBook_sheet_summary');
    expect(columnMarkerName('score')).toBe('_TierBook_col_score');
    expect(nameSafeKey('strategy:钻石')).toBe('strategy_3a_94bb_77f3');
    expect(nameSafeKey('strategy:钻石')).toMatch(/^[A-Za-z0-9_]+$/u);
  });

  it('writes and parses sheet references, apostrophes included', () => {
    expect(absoluteCellReference({ sheet: "Client's book", row: 1, column: 9 })).toBe("'Client''s book'!$J$2");
    expect(parseCellReference("'Client''s book'!$J$2")).toEqual({ sheet: "Client's book", row: 1, column: 9 });
    expect(parseCellReference('Clients!$AB$7')).toEqual({ sheet: 'Clients', row: 6, column: 27 });
    expect(parseCellReference("'分级模型'!$A$1:$H$80")).toEqual({ sheet: '分级模型', row: 0, column: 0 });
    expect(parseCellReference('#REF!')).toBeUndefined();
    expect(absoluteRangeReference('分级模型', 'A1:H80')).toBe("'分级模型'!$A$1:$H$80");
  });

  it('finds its own columns again on a sheet whose name needs quoting', async () => {
    const dir = makeTempDir('tierbook-cli-quote-');
    try {
      const wb = new ExcelJS.Workbook();
      const s = wb.addWorksheet("Client's book");
      s.addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C3', 2], ['2', 900, 1, '专业投资', 'C5', 9]]);
      const input = path.join(dir, 'q.xlsx');
      await wb.xlsx.writeFile(input);
      const once = path.join(dir, 'once.xlsx');
      const twice = path.join(dir, 'twice.xlsx');
      expect((await runCli([input, '-o', once])).code).toBe(0);
      expect((await runCli([once, '-o', twice])).code).toBe(0);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(twice);
      const sheet = back.getWorksheet("Client's book") as ExcelJS.Worksheet;
      // Each of TierBook's columns once, after the source columns: the re-run replaced the first run's in place.
      expect(sheet.getRow(1).values).toEqual([undefined, '客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '综合得分', '客户等级', '数据问题',
        '客户画像', '客户分组', '投资者分类', '分类依据', '适当性可购买范围', '可推介产品', '合规快照', '上次等级', '等级变动', '建议客户经理']);
      const firstRun = new ExcelJS.Workbook();
      await firstRun.xlsx.readFile(once);
      expect(back.worksheets.map((w) => w.name)).toEqual([...firstRun.worksheets.map((w) => w.name), '等级迁移']);
    } finally {
      removeTempDir(dir);
    }
  });

  it('finds its markers and their sheets case-insensitively, as Excel compares names (the engine\'s one marker index)', async () => {
    const dir = makeTempDir('tierbook-cli-case-');
    try {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Clients').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C3', 2], ['2', 900, 1, '专业投资', 'C5', 9]]);
      const input = path.join(dir, 'case.xlsx');
      await wb.xlsx.writeFile(input);
      const once = path.join(dir, 'once.xlsx');
      expect((await runCli([input, '-o', once])).code).toBe(0);
      // Excel may hand names back in another case, and a reference to the sheet in another case still points at it.
      await editXlsxPart(once, 'xl/workbook.xml', (xml) => xml
        .replace(/name="_TierBook_sheet_summary"/u, 'name="_TIERBOOK_SHEET_SUMMARY"')
        .replace(/name="_TierBook_col_tier"/u, 'name="_tierbook_COL_tier"')
        .replace(/'分级汇总'!\$A\$1/u, "'分级汇总'!$a$1"));
      const twice = path.join(dir, 'twice.xlsx');
      expect((await runCli([once, '-o', twice])).code).toBe(0);
      const first = new ExcelJS.Workbook();
      await first.xlsx.readFile(once);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(twice);
      // The summary is found again (no "分级汇总 (2)"), and so is the tier column: its tiers are the previous ones.
      expect(back.worksheets.map((w) => w.name)).toEqual([...first.worksheets.map((w) => w.name), '等级迁移']);
      const header = (back.getWorksheet('Clients') as ExcelJS.Worksheet).getRow(1).values as unknown[];
      expect(header.filter((h) => h === '客户等级')).toHaveLength(1);
      expect(header).toContain('上次等级');
      const names = await readXlsxPart(twice, 'xl/workbook.xml');
      expect(names.match(/_TierBook_sheet_summary"/giu)).toHaveLength(1);
    } finally {
      removeTempDir(dir);
    }
  });

  it('keeps the user\'s own names exactly as written, formula names included', async () => {
    const dir = makeTempDir('tierbook-cli-names-');
    try {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('S').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C3', 2]]);
      const input = path.join(dir, 'names.xlsx');
      await wb.xlsx.writeFile(input);
      await editXlsxPart(input, 'xl/workbook.xml', (xml) => xml.replace('<calcPr',
        '<definedNames><definedName name="Dyn">OFFSET(S!$A$1,0,0,COUNTA(S!$A:$A),1)</definedName><definedName name="Assets">S!$B$2:$B$2</definedName></definedNames><calcPr'));
      const out = path.join(dir, 'out.xlsx');
      expect((await runCli([input, '-o', out])).code).toBe(0);
      const names = await readXlsxPart(out, 'xl/workbook.xml');
      expect(names).toContain('<definedName name="Assets">S!$B$2:$B$2</definedName>');
      expect(names).toContain('<definedName name="Dyn">OFFSET(S!$A$1,0,0,COUNTA(S!$A:$A),1)</definedName>');
      expect(names).toContain('<definedName name="TierBook_Model">');
    } finally {
      removeTempDir(dir);
    }
  });
});
