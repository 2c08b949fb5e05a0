import type { CellValue } from '../../src/engine';

/**
 * A small client sheet like a broker's export, for the pane tests: a title in B1, the header in row 3 starting at
 * column B (column A is empty), 40 clients in rows 4–43 and a totals row 44. Known problems, by hand:
 *   D9   日均资产 "abc"      invalid_number  (client 6)
 *   G14  风险等级 "C9"       unknown_category (client 11)
 *   E19  年交易次数 blank    missing_value   (client 16)
 *   B23, B24 duplicate id 310000000020
 */
export const SHEET_NAME = '客户明细';
export const CLIENT_COUNT = 40;
export const HEADERS = ['客户号', '客户姓名', '日均资产', '年交易次数(次)', '客户需求', '风险等级', '开户年限', '金融资产', '客户类型'];

const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄'];

export function clientRow(i: number): CellValue[] {
  const id = `3100000000${String(i + 1).padStart(2, '0')}`;
  return [
    id, `${SURNAMES[i % SURNAMES.length]}客户${i + 1}`, ((i * 37) % 40 + 1) * 10000, (i * 13) % 29,
    i % 3 === 0 ? '专业投资' : '基础理财', `C${(i % 5) + 1}`, ((i * 7) % 15) + 0.5, (CLIENT_COUNT - i) * 150000, '个人',
  ];
}

/** The worksheet, row 0 = row 1 and column 0 = A. */
export function clientGrid(): CellValue[][] {
  const rows: CellValue[][] = [['客户资产明细表（内部资料）'], [], HEADERS];
  for (let i = 0; i < CLIENT_COUNT; i++) rows.push(clientRow(i));
  rows[3 + 5][2] = 'abc';
  rows[3 + 10][5] = 'C9';
  rows[3 + 15][3] = null;
  rows[3 + 20][0] = rows[3 + 19][0];
  rows.push(['合计', null, 1234567]);
  const width = HEADERS.length;
  // Column A stays empty: the block starts at B.
  return rows.map((row) => [null, ...row, ...Array<CellValue>(width - row.length).fill(null)]);
}
