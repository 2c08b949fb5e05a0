/* A case as the .xlsx a user would hand the CLI: its sheets in tab order, error texts as real error cells. */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine';
import { DEFAULT_MODEL_SHEET, sheetNameOf, type CaseWorkbook, type Grid } from './corpusCase';

type ExcelJsError = ExcelJS.CellErrorValue['error'];
const WRITABLE_ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

function xlsxValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'string' && WRITABLE_ERRORS.includes(value)) return { error: value as ExcelJsError };
  return value;
}

function writeGrid(sheet: ExcelJS.Worksheet, grid: Grid): void {
  grid.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null) sheet.getCell(r + 1, c + 1).value = xlsxValue(value);
  }));
}

/** "A1" applies to the client sheet, "Sheet!A1" to that sheet. */
function splitTarget(key: string, clientSheet: string): [string, string] {
  const bang = key.lastIndexOf('!');
  return bang < 0 ? [clientSheet, key] : [key.slice(0, bang), key.slice(bang + 1)];
}

export async function writeCaseXlsx(c: CaseWorkbook, filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const clientName = sheetNameOf(c);
  for (const [name, grid] of Object.entries(c.sheetsBefore ?? {})) writeGrid(workbook.addWorksheet(name), grid);
  const clientSheet = workbook.addWorksheet(clientName);
  writeGrid(clientSheet, c.grid);
  for (const [name, grid] of Object.entries(c.sheetsAfter ?? {})) writeGrid(workbook.addWorksheet(name), grid);
  if (c.modelSheet) writeGrid(workbook.addWorksheet(c.modelSheetName ?? DEFAULT_MODEL_SHEET), c.modelSheet);
  for (const [key, value] of Object.entries(c.xlsx?.cells ?? {})) {
    const [sheetName, address] = splitTarget(key, clientName);
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`case ${c.id}: no sheet ${sheetName} for ${key}`);
    sheet.getCell(address).value = value;
  }
  for (const row of c.hiddenRows ?? []) clientSheet.getRow(row).hidden = true;
  await c.xlsx?.decorate?.(clientSheet);
  await workbook.xlsx.writeFile(filePath);
  if (c.xlsx?.fileMode !== undefined) fs.chmodSync(filePath, c.xlsx.fileMode);
}
