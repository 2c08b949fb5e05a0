import type { CellValue } from './cellValue';
import type { SeedSheet } from './fakeExcel';

/** The twelve columns of a broker export, as the request-limit test and the workbook bench seed them. */
export const SYNTHETIC_CLIENT_HEADERS = ['客户号', '客户姓名', '客户类型', '开户营业部', '开户日期', '总资产', '金融资产', '年交易次数', '客户需求', '风险等级', '开户年限', '近一年佣金贡献'];

/** Row 0 is the header; row r is client r − 1, computed on demand so a 1,048,576-row sheet costs no memory up front. */
export function syntheticClientCell(row: number, column: number): CellValue {
  if (row === 0) return SYNTHETIC_CLIENT_HEADERS[column];
  const i = row - 1;
  switch (column) {
    case 0: return `3100${String(i).padStart(8, '0')}`;
    case 1: return `客户${i % 9973}`;
    case 2: return i % 33 === 0 ? '机构' : '个人';
    case 3: return `营业部${i % 12}`;
    case 4: return 38000 + (i % 7000);
    case 5: return Math.round(((i * 7919) % 1000003) * 13.37) / 100;
    case 6: return Math.round(((i * 7919) % 1000003) * 12.1) / 100;
    case 7: return (i * 31) % 617;
    case 8: return i % 3 === 0 ? '专业投资' : '基础理财';
    case 9: return ['C1', 'C2', 'C3', 'C4', 'C5'][i % 5];
    case 10: return ((i * 17) % 250) / 10;
    default: return (i * 13) % 5000;
  }
}

/** A seeded client sheet of `clients` rows below the header. */
export function syntheticClientSheet(clients: number): SeedSheet {
  return { rows: clients + 1, columns: SYNTHETIC_CLIENT_HEADERS.length, cell: syntheticClientCell };
}
