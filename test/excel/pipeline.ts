/**
 * What the task pane does, on the fake: find the client table, read it, tier it with the engine, compose the plan.
 * Tests then hand the plan to writePlan and look at the fake workbook.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  ClientTableBuilder, createDefaultModel, locateSheetLayout, tierClientTable,
  type CellValue, type Locale, type OutputPlan, type TierModel, type TieringResult,
} from '../../src/engine';
import { ADDIN_EXTRA_ROLES, composeOutputPlan, DEFAULT_ADDIN_CHOICES, type AddinOutputChoices } from '../../src/engine/plan/composeOutputPlan';
import { ExtraColumnsBuilder } from '../../src/engine/table/extraColumns';
import { readCell } from '../support/exceljsCell';
import type { OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import type { ClientTableSource, LongOperationOptions } from '../../src/excel/workbookGateway';
import type { SeedCell } from '../fake-excel';

export const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');

/** samples/clients.xlsx's client sheet as fake-excel seed rows (dates as serials, as Office.js gives them). */
export async function loadSampleRows(): Promise<{ name: string; rows: SeedCell[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.worksheets[0];
  const date1904 = Boolean(workbook.properties.date1904);
  const rows: SeedCell[][] = [];
  const width = sheet.columnCount; // a getter that scans every row: read it once
  // eachCell, not getCell per column: ExcelJS's getCell creates cells and is many times slower.
  sheet.eachRow((row, rowNumber) => {
    const cells = new Array<SeedCell>(width).fill(null);
    row.eachCell((cell, c) => { cells[c - 1] = readCell(cell, date1904); });
    rows[rowNumber - 1] = cells;
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
}

/** A client table of `count` clients with the default model's headers, generated (deterministic). */
export function generatedClients(count: number, names?: (i: number) => string): CellValue[][] {
  const header: CellValue[] = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
  const risk = ['C1', 'C2', 'C3', 'C4', 'C5'];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < count; i++) {
    rows.push([`00${1000 + i}`, names ? names(i) : `客户${i}`, 10_000 + ((i * 7919) % 100_000) * 13.5, (i * 31) % 400,
      i % 3 === 0 ? '专业投资' : '基础理财', risk[i % 5], ((i * 17) % 200) / 10]);
  }
  return rows;
}

export interface ReadTable {
  readonly source: ClientTableSource;
  readonly chunks: { rows: CellValue[][]; firstRowNumber: number }[];
}

export async function findAndRead(gateway: OfficeWorkbookGateway, options?: LongOperationOptions): Promise<ReadTable> {
  const source = await gateway.findClientTable();
  const chunks: ReadTable['chunks'] = [];
  await gateway.readRows(source, (rows, firstRowNumber) => chunks.push({ rows, firstRowNumber }), options);
  return { source, chunks };
}

/** The engine's tiers for what was read, and the extra columns (names, branches) the strategy sheets list. */
export function tierTable(read: ReadTable, model: TierModel = createDefaultModel()): { result: TieringResult; extras: ReturnType<ExtraColumnsBuilder['finish']> } {
  const { source, chunks } = read;
  const found = locateSheetLayout(source.topRows, model, source.sheetName);
  const layout = { ...found, headerRow: found.headerRow + source.firstRow };
  // As the pane must: the Excel table's totals row (showTotals) is no client, whatever it holds.
  const builder = new ClientTableBuilder(layout, model, source.sheetName, { totalsRows: source.totalsRows });
  const extraBuilder = new ExtraColumnsBuilder(layout, ADDIN_EXTRA_ROLES, model);
  for (const chunk of chunks) {
    const skip = Math.max(0, layout.headerRow + 1 - chunk.firstRowNumber);
    if (skip >= chunk.rows.length) continue;
    const rows = skip === 0 ? chunk.rows : chunk.rows.slice(skip);
    builder.appendRows(rows, chunk.firstRowNumber + skip);
    extraBuilder.appendRows(rows, chunk.firstRowNumber + skip);
  }
  const result = tierClientTable(builder.finish(), model);
  return { result, extras: extraBuilder.finish(result.table.rowNumbers) };
}

export const RUN_CONTEXT = { timestamp: '2026-06-30T09:00:00.000Z', user: 'tester', tool: 'tierbook-addin test' };

export function addinPlan(read: ReadTable, choices: Partial<AddinOutputChoices> = {}, locale: Locale = 'zh-CN', model?: TierModel): { plan: OutputPlan; result: TieringResult } {
  const { result, extras } = tierTable(read, model);
  const plan = composeOutputPlan({
    result, locale, extras, run: RUN_CONTEXT,
    choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', ...choices },
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
  });
  return { plan, result };
}
