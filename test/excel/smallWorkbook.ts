import { createOfficeWorkbookGateway, type OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import type { RequestBudget } from '../../src/excel/requestBudget';
import type { CellValue } from '../../src/engine';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fake-excel';
import { generatedClients } from './pipeline';

export const CLIENT_SHEET = '客户清单';

export interface SmallWorkbook {
  readonly fake: FakeExcel;
  readonly gateway: OfficeWorkbookGateway;
  readonly rows: CellValue[][];
}

/** A fake workbook holding `count` generated clients on 客户清单 (selected), and a gateway on it. */
export function smallWorkbook(count: number, options: FakeExcelOptions = {}, budget?: Partial<RequestBudget>, names?: (i: number) => string): SmallWorkbook {
  const rows = generatedClients(count, names);
  const fake = createFakeExcel({ ...options, sheets: { [CLIENT_SHEET]: rows, ...options.sheets } });
  fake.select(CLIENT_SHEET, 'B3');
  const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN', requestBudget: budget });
  return { fake, gateway, rows };
}
