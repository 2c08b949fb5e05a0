import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine/cell/cellValue';
import { TierBookError } from '../../src/engine/errors';
import { filterSuitableProducts, readProductCatalog, type CatalogProduct } from '../../src/engine/suitability';

/** A worksheet as a grid (row 0 = worksheet row 1, column 0 = A); the sample holds only text and numbers. */
async function readSheetGrid(file: string, sheet: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const grid: CellValue[][] = [];
  const width = ws.columnCount; // computed by scanning every row: read it once
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= width; c++) {
      const v = ws.getRow(r).getCell(c).value;
      row.push(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null);
    }
    grid.push(row);
  }
  return grid;
}

describe('readProductCatalog on samples/products.xlsx', () => {
  let products: readonly CatalogProduct[] = [];

  beforeAll(async () => {
    const grid = await readSheetGrid(path.join(__dirname, '../../samples/products.xlsx'), '产品目录');
    const catalog = readProductCatalog(grid);
    expect(catalog.issues).toEqual([]);
    expect(catalog.headerRow).toBe(1);
    products = catalog.products;
  });

  it('reads the 20 products', () => expect(products).toHaveLength(20));

  it('reads each field (spot checks from the sheet)', () => {
    expect(products[0]).toEqual({ code: 'HB0001', name: '鑫享现金宝货币A', type: '货币基金', riskLevel: 1, minimumInvestment: 1, professionalOnly: false, row: 2 });
    expect(products.find((p) => p.code === 'CW0901')).toEqual({ code: 'CW0901', name: '场外收益互换', type: '场外衍生品', riskLevel: 5, minimumInvestment: 10_000_000, professionalOnly: true, row: 21 });
  });

  it('has 4 professional-only products and the risk-level counts of the sheet', () => {
    expect(products.filter((p) => p.professionalOnly).map((p) => p.code)).toEqual(['SM0601', 'SM0602', 'SM0603', 'CW0901']);
    const byLevel = [1, 2, 3, 4, 5].map((r) => products.filter((p) => p.riskLevel === r).length);
    expect(byLevel).toEqual([4, 2, 5, 6, 3]);
  });

  it('filters for a C3 ordinary client: R1–R3 minus the professional-only SM0601', () => {
    expect(filterSuitableProducts(3, products).map((p) => p.code)).toEqual(['HB0001', 'HB0002', 'HG0003', 'SY0101', 'ZQ0201', 'ZQ0202', 'ZQ0203', 'SY0102', 'HH0301', 'ZG0501']);
  });

  it('gives a professional investor all 20, and 最低类别 the four R1 products', () => {
    expect(filterSuitableProducts({ riskLevel: 1, investorClass: 'professional' }, products)).toHaveLength(20);
    expect(filterSuitableProducts('lowest', products).map((p) => p.code)).toEqual(['HB0001', 'HB0002', 'HG0003', 'SY0101']);
  });
});

describe('readProductCatalog on a messy catalog', () => {
  const grid: CellValue[][] = [
    ['2026 年产品目录', null, null, null, null, null], // 1
    [null, null, null, null, null, null], // 2
    ['产品代码', '产品名称', '产品类型', '风险等级', '最低投资额（元）', '专业投资者专属'], // 3
    ['A1', '货币A', '货币基金', 'Ｒ１', '1,000', '否'], // 4
    ['A2', '债基', '债券基金', '中低风险', '1万', null], // 5
    ['A3', '坏等级', '股票基金', 'R9', 100, '否'], // 6
    ['A1', '重复', '货币基金', 'R1', 1, '否'], // 7
    [null, '无代码', '货币基金', 'R1', 1, '否'], // 8
    [null, null, null, null, null, null], // 9
    ['A4', '私募', '私募', 'r4', 'abc', 'maybe'], // 10
    ['A5', '期权', '期权', 'R5', null, 'Y'], // 11
  ];
  const catalog = readProductCatalog(grid, '产品目录');

  it('finds the header below the title', () => expect(catalog.headerRow).toBe(3));

  it('keeps the usable products, normalising levels, amounts and flags', () => {
    expect(catalog.products.map((p) => [p.code, p.riskLevel, p.minimumInvestment, p.professionalOnly, p.row])).toEqual([
      ['A1', 1, 1000, false, 4],
      ['A2', 2, 10000, false, 5],
      ['A4', 4, undefined, true, 10],
      ['A5', 5, undefined, true, 11],
    ]);
  });

  it('reports every doubtful cell with its address', () => {
    expect(catalog.issues.map((i) => [i.address, i.column, i.value])).toEqual([
      ['D6', '风险等级', 'R9'],
      ['A7', '产品代码', 'A1'],
      ['A8', '产品代码', ''],
      ['F10', '专业投资者专属', 'maybe'],
      ['E10', '最低投资额（元）', 'abc'],
    ]);
    expect(catalog.issues[0].message['zh-CN']).toBe("'产品目录'!D6：风险等级「R9」不是 R1–R5，该产品已跳过");
    expect(catalog.issues[1].message['en-US']).toBe("'产品目录'!A7: product code A1 repeats row 4; row skipped");
    expect(catalog.issues[3].message['en-US']).toBe('\'产品目录\'!F10: professional-only flag "maybe" should be 是/否 (yes/no); treated as yes');
  });

  it('throws COLUMN_NOT_FOUND at the header that lacks 风险等级', () => {
    const noRisk = [['产品代码', '产品名称'], ['A1', 'x']];
    try {
      readProductCatalog(noRisk, 'P');
      throw new Error('expected a TierBookError');
    } catch (e) {
      expect(e).toBeInstanceOf(TierBookError);
      expect((e as TierBookError).code).toBe('COLUMN_NOT_FOUND');
      expect((e as TierBookError).location).toEqual({ sheet: 'P', row: 1, column: '风险等级' });
    }
  });

  it('throws HEADER_NOT_FOUND when no row looks like a catalog', () => {
    expect(() => readProductCatalog([['a', 'b'], [1, 2]])).toThrow(expect.objectContaining({ code: 'HEADER_NOT_FOUND' }));
  });
});
