import type ExcelJS from 'exceljs';

/** ExcelJS orders tabs by a `orderNo` field its type definitions leave out. */
interface OrderedWorksheet {
  orderNo: number;
}

export function tabOrderOf(sheet: ExcelJS.Worksheet): number {
  return (sheet as unknown as OrderedWorksheet).orderNo;
}

/** Puts a sheet at the tab position another (removed) sheet had, so a replaced sheet does not move to the end. */
export function setTabOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  (sheet as unknown as OrderedWorksheet).orderNo = orderNo;
}
