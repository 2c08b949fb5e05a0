import ExcelJS from 'exceljs';

/** An output file read back through ExcelJS, as the CLI tests inspect it. */
export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The sheet by exact name; a missing one fails with the names the workbook has. */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}
