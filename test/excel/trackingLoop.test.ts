import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { cellAddress, followUpValidations, rangeAddress, serialOfIsoDate, type CellValue } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { runCli } from '../cli/runCli';
import { loadXlsx, sheetNamed } from '../cli/xlsxWorkbook';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import {
  EDITS_AFTER_RUN1, EDITS_AFTER_RUN2, PLAN_FIRST_ROW, TRACKING_HEADERS, TRACKING_MODEL, TRACKING_RUN1, TRACKING_RUN_DATES, TRACKING_SHEET_NAMES,
  type TrackingEdit, type TypedCell,
} from '../support/trackingScenario';
import { trackingRun, trimmedGrid } from './trackingRuns';

/*
 * The runner's three-run scenario (test/cli/trackingLoop.test.ts) through the add-in on the fake, with the same edits
 * between runs: after every run, each tracking sheet holds the same cells in both hosts, and so does the client
 * sheet's 建议客户经理 column. The engine decides; the hosts only read and write, so any difference is a host's bug.
 */

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ExcelJS cell as Office.js would give it: dates as serials, formulas as their result. */
function officeValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  if (typeof value === 'object') {
    if ('result' in value) return officeValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return String(value as unknown);
  }
  return value;
}

function fileGrid(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(Array.from({ length: ws.columnCount }, (_, c) => officeValue(ws.getCell(r, c + 1).value)));
  return trimmedGrid(rows);
}

function planRowOf(grid: readonly (readonly unknown[])[], client: string): number {
  for (let r = PLAN_FIRST_ROW - 1; r < grid.length; r++) if (grid[r][0] === client) return r;
  throw new Error(`no plan row for ${client}`);
}

/** The edit's first cell, 0-based, on a sheet whose cells are `grid`. */
function origin(edit: TrackingEdit, grid: readonly (readonly unknown[])[]): { row: number; column: number } {
  if (typeof edit.at === 'string') {
    const m = /^([A-Z]+)(\d+)$/u.exec(edit.at);
    if (!m) throw new Error(edit.at);
    return { row: Number(m[2]) - 1, column: m[1].charCodeAt(0) - 65 };
  }
  return { row: planRowOf(grid, edit.at.client), column: edit.at.column };
}

function applyToFake(fake: FakeExcel, edits: readonly TrackingEdit[]): void {
  for (const edit of edits) {
    const sheet = fake.sheet(edit.sheet);
    const at = origin(edit, sheet.grid());
    const cell = (v: TypedCell): CellValue => (v !== null && typeof v === 'object' ? serialOfIsoDate(v.date) ?? null : v);
    sheet.set(cellAddress(at.row, at.column), [edit.cells.map(cell)]);
  }
}

function applyToFile(wb: ExcelJS.Workbook, edits: readonly TrackingEdit[]): void {
  for (const edit of edits) {
    const ws = sheetNamed(wb, edit.sheet);
    const at = origin(edit, fileGrid(ws));
    edit.cells.forEach((v, i) => {
      ws.getCell(at.row + 1, at.column + i + 1).value = v !== null && typeof v === 'object' ? new Date(`${v.date}T00:00:00Z`) : v;
    });
  }
}

function proposedColumn(grid: readonly (readonly unknown[])[]): unknown[] {
  const c = grid[0].indexOf('建议客户经理');
  expect(c).toBeGreaterThan(0);
  return grid.slice(1).map((r) => r[c] ?? null);
}

describe('the follow-up loop through the add-in, cell for cell against the runner', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-tracking-addin-'); });
  afterAll(() => removeTempDir(dir));

  it('writes the same roster, plan, service log, watchlist, load sheet and proposals over three runs and a fourth', async () => {
    const modelFile = path.join(dir, 'model.json');
    fs.writeFileSync(modelFile, JSON.stringify(TRACKING_MODEL));
    let input = await writeGridXlsx([TRACKING_HEADERS, ...TRACKING_RUN1], '客户清单', path.join(dir, 'in.xlsx'));

    const fake = createFakeExcel({ sheets: { 客户清单: [TRACKING_HEADERS, ...TRACKING_RUN1] } });
    fake.select('客户清单', 'A2');
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });

    const runDates = [...TRACKING_RUN_DATES, '2026-07-21'];
    const edits = [EDITS_AFTER_RUN1, EDITS_AFTER_RUN2, []];
    for (let run = 0; run < runDates.length; run++) {
      const out = path.join(dir, `run${run + 1}.xlsx`);
      const cli = await runCli([input, '-o', out, '--model', modelFile, '--run-date', runDates[run], '--formulas', 'values']);
      expect(cli.code).toBe(0);
      const report = await trackingRun(gateway, TRACKING_MODEL, runDates[run]);
      expect(report.incomplete).toBe(false);

      const wb = await loadXlsx(out);
      for (const name of TRACKING_SHEET_NAMES) {
        expect({ run: run + 1, sheet: name, cells: trimmedGrid(fake.sheet(name).grid()) }).toEqual({ run: run + 1, sheet: name, cells: fileGrid(sheetNamed(wb, name)) });
      }
      expect(proposedColumn(fake.sheet('客户清单').grid())).toEqual(proposedColumn(fileGrid(sheetNamed(wb, '客户清单'))));

      // The plan's manager columns carry the engine's validations (rules set again over a re-run's plan, never stacked).
      const planRows = trimmedGrid(fake.sheet('回访计划').grid()).length - PLAN_FIRST_ROW + 1;
      const expected = followUpValidations(planRows, 'zh-CN').map((v) => `回访计划!${rangeAddress(v.block.row, v.block.column, v.block.rowCount, v.block.columnCount)}`);
      expect(fake.dataValidations().map((v) => v.address)).toEqual(expected);
      expect(fake.dataValidations().map((v) => v.errorAlert?.style)).toEqual(['Warning', 'Warning', 'Warning']);

      if (run < edits.length) {
        applyToFake(fake, edits[run]);
        applyToFile(wb, edits[run]);
        input = path.join(dir, `filled${run + 1}.xlsx`);
        await wb.xlsx.writeFile(input);
      }
    }
    // The log after four runs: the runner's own test lists these seven rows; nothing was added twice.
    expect(trimmedGrid(fake.sheet('服务记录').grid()).length).toBe(8);
  });
});
