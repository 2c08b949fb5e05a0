import ExcelJS from 'exceljs';
import { jsonReport, type JsonReport } from '../../src/cli/jsonReport';
import {
  ADDIN_EXTRA_ROLES, ClientTableBuilder, HEADER_SEARCH_ROWS, buildComplianceForPlan, complianceCountsOfRows, createDefaultModel, createDefaultPlaybooks,
  locateSheetLayout, readExtraColumns, tierClientTable, type CellValue, type Locale, type TierModel,
} from '../../src/engine';
import { readCell } from './exceljsCell';

/**
 * What the runner's --json must say for a sheet, computed without the runner's reader: ExcelJS reads the file, the
 * engine tiers the grid. An independent oracle for the package reader (the runner's only reader) on files whose
 * cells ExcelJS reads faithfully (ExcelJS drops cached formula results that are 0, FALSE or "").
 */
/** The day test/cli/runCli.ts's clock says, so derived values (开户年限 from 开户日期) count to the same day. */
const RUN_CLI_RUN_DATE = '2026-06-30';

export async function expectedReport(file: string, sheetName: string, options: { model?: TierModel; locale?: Locale } = {}): Promise<JsonReport> {
  const model = options.model ?? createDefaultModel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const date1904 = Boolean(workbook.properties.date1904);
  let lastRow = 0;
  let width = 0;
  sheet.eachRow((row, r) => row.eachCell((_cell, c) => { lastRow = Math.max(lastRow, r); width = Math.max(width, c); }));
  const grid: CellValue[][] = Array.from({ length: lastRow }, (_, r) => Array.from({ length: width }, (_, c) => {
    const cell = sheet.findCell(r + 1, c + 1);
    return cell ? readCell(cell, date1904) : null;
  }));
  const layout = locateSheetLayout(grid.slice(0, HEADER_SEARCH_ROWS), model, sheetName);
  const builder = new ClientTableBuilder(layout, model, sheetName, { runDate: RUN_CLI_RUN_DATE });
  builder.appendRows(grid.slice(layout.headerRow), layout.headerRow + 1);
  const hidden: number[] = [];
  for (let r = layout.headerRow + 1; r <= lastRow; r++) if (sheet.findRow(r)?.hidden) hidden.push(r);
  builder.noteHiddenRows(hidden);
  const result = tierClientTable(builder.finish(), model);
  const locale = options.locale ?? 'zh-CN';
  // A sheet with a risk-level column gets the compliance check, with the default templates (as a first run).
  const extras = readExtraColumns(grid, layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, model);
  const compliance = extras.columns.risk === undefined ? undefined : complianceCountsOfRows(buildComplianceForPlan({
    result, extras, playbooks: createDefaultPlaybooks(), sourceSheet: sheetName, locale, lastRow,
  }).sheet.rows);
  return jsonReport(result, locale, sheetName, compliance);
}
