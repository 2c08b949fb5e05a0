import * as path from 'path';
import ExcelJS from 'exceljs';
import { engineCellValue, excelSerialOfDate, readCell } from '../support/exceljsCell';
import { headerSearchGrid } from '../../src/cli/chooseSheet';
import type { CellValue } from '../../src/engine';
import { readPackageRows } from './packageRows';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';

describe('engineCellValue', () => {
  it('passes numbers, strings and booleans through, and reads empty as null', () => {
    expect(engineCellValue(152340.5, false)).toBe(152340.5);
    expect(engineCellValue('1.2万', false)).toBe('1.2万');
    expect(engineCellValue(true, false)).toBe(true);
    expect(engineCellValue(null, false)).toBeNull();
    expect(engineCellValue(undefined, false)).toBeNull();
  });

  it('concatenates rich text runs', () => {
    expect(engineCellValue({ richText: [{ text: '总' }, { text: '资产', font: { bold: true } }] }, false)).toBe('总资产');
  });

  it('reads a hyperlink as its text, also when the text is rich', () => {
    expect(engineCellValue({ text: '张伟', hyperlink: 'mailto:a@b.c' }, false)).toBe('张伟');
    expect(engineCellValue({ text: { richText: [{ text: '李' }, { text: '娜' }] }, hyperlink: 'https://x' }, false)).toBe('李娜');
  });

  it('reads a formula as its cached result, an error result as the error text, and no result as null', () => {
    expect(engineCellValue({ formula: 'SUM(A1:A3)', result: 42 }, false)).toBe(42);
    expect(engineCellValue({ formula: 'A1&"x"', result: 'abx' }, false)).toBe('abx');
    expect(engineCellValue({ formula: 'VLOOKUP(1,A:B,2,0)', result: { error: '#N/A' } }, false)).toBe('#N/A');
    expect(engineCellValue({ sharedFormula: 'B2', result: 7 }, false)).toBe(7);
    expect(engineCellValue({ formula: 'NOW()' }, false)).toBeNull();
  });

  it('reads error cells as their error text', () => {
    expect(engineCellValue({ error: '#N/A' }, false)).toBe('#N/A');
    expect(engineCellValue({ error: '#DIV/0!' }, false)).toBe('#DIV/0!');
  });

  it('turns dates into Excel serial numbers in either date system', () => {
    const day = new Date(Date.UTC(2021, 9, 2));
    expect(engineCellValue(day, false)).toBe(44471);
    expect(engineCellValue(day, true)).toBe(44471 - 1462);
    expect(excelSerialOfDate(new Date(Date.UTC(2026, 5, 30, 12)), false)).toBeCloseTo(46203.5, 9);
    expect(engineCellValue({ formula: 'TODAY()', result: day }, false)).toBe(44471);
  });
});

// The runner's package reader on workbooks ExcelJS writes (test/cli/writers.test.ts has the other writers).
describe('reading a real worksheet through the package reader', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-readcell-'); });
  afterAll(() => removeTempDir(dir));

  async function written(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const file = path.join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  async function rowsOf(file: string): Promise<Map<number, CellValue[]>> {
    return (await readPackageRows(file))[0].rows;
  }

  it('reads a merged header once, at its top-left cell', async () => {
    const file = await written((w) => {
      const s = w.addWorksheet('S');
      s.getCell('A1').value = '客户资产明细';
      s.mergeCells('A1:D1');
      s.getCell('A2').value = '客户号';
      s.getCell('B2').value = '总资产';
      s.mergeCells('B2:C2');
      s.getCell('D2').value = '风险等级';
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const sheet = back.worksheets[0];
    expect(sheet.getCell('C2').value).toBe('总资产'); // what ExcelJS itself reports for the merged-over cell
    expect(readCell(sheet.getCell('C2'), false)).toBeNull();
    expect(readCell(sheet.getCell('B2'), false)).toBe('总资产');
    expect(headerSearchGrid(await rowsOf(file))).toEqual([['客户资产明细', null, null, null], ['客户号', '总资产', null, '风险等级']]);
  });

  it('honours the workbook date system when reading date cells', async () => {
    for (const date1904 of [false, true]) {
      const file = await written((w) => {
        w.properties.date1904 = date1904;
        const s = w.addWorksheet('S');
        s.getCell('A1').value = new Date(Date.UTC(2021, 9, 2));
        s.getCell('A1').numFmt = 'yyyy-mm-dd';
      });
      expect((await rowsOf(file)).get(1)).toEqual([date1904 ? 44471 - 1462 : 44471]);
    }
  });

  it('reads error cells and formula results as the engine expects them', async () => {
    const file = await written((w) => {
      const s = w.addWorksheet('S');
      s.getCell('A1').value = { error: '#N/A' };
      s.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      s.getCell('C1').value = { formula: '2*21', result: 42 };
      s.getCell('D1').value = { richText: [{ text: 'C' }, { text: '3' }] };
      s.getCell('E1').value = { text: '王磊', hyperlink: 'https://example.com' };
      s.getCell('F1').value = { formula: 'A2*0', result: 0 };
      s.getCell('G1').value = { formula: '1>2', result: false };
    });
    expect((await rowsOf(file)).get(1)).toEqual(['#N/A', '#DIV/0!', 42, 'C3', '王磊', 0, false]);
  });

  it('counts only cells holding something: a cell that only carries a style is not read', async () => {
    const file = await written((w) => {
      const s = w.addWorksheet('S');
      s.getCell('A1').value = 'x';
      s.getCell('C5').value = 1;
      s.getCell('H9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    });
    const rows = await rowsOf(file);
    expect(Array.from(rows.keys())).toEqual([1, 5]);
    expect(rows.get(5)).toEqual([null, null, 1]);
  });
});
