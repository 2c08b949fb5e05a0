/*
 * What a renderer wrote, cell by cell, in one shape for both: the add-in's (read from the fake) and the runner's
 * (its .xlsx read back with ExcelJS). Value, formula, number format, bold and wrap.
 */
import ExcelJS from 'exceljs';
import { cellAddress, sheetWidth, type OutputPlan } from '../../src/engine';
import type { FakeExcel } from '../fake-excel';

export interface RenderedCell {
  /** The stored value; for a formula, null (the fake never calculates, so only the formula is compared). */
  readonly value: string | number | boolean | null;
  /** Formula text without "=", or null. */
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly wrap: boolean;
}

/** One block of a sheet to compare: a plan sheet's rows, or the columns the plan appends to the client sheet. */
export interface ComparedArea {
  readonly label: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The areas a plan writes: each sheet's rows, and its columns. An append-only sheet (the log) is compared down to
 * `appendedRuns` runs' worth of rows below its header, wherever earlier runs left its end.
 */
export function planAreas(plan: OutputPlan, sheetNames: ReadonlyMap<string, string>, appendedRuns = 1): ComparedArea[] {
  const areas: ComparedArea[] = plan.sheets.map((s) => ({
    label: s.key, sheet: sheetNames.get(s.key) ?? s.preferredName, row: 0, column: 0,
    rowCount: s.appendOnly ? s.rows.length * appendedRuns : s.rows.length, columnCount: sheetWidth(s.rows),
  }));
  const longest = Math.max(0, ...plan.columns.map((c) => c.length));
  if (plan.columns.length > 0) {
    areas.push({ label: 'columns', sheet: plan.sourceSheet, row: plan.headerRow - 1, column: plan.firstOutputColumn, rowCount: longest + 1, columnCount: plan.columns.length });
  }
  return areas;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plainValue(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === 'object' && 'richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'error' in value) return (value as ExcelJS.CellErrorValue).error;
  return value as string | number | boolean;
}

export function fakeCell(fake: FakeExcel, sheet: string, row: number, column: number): RenderedCell {
  const inspector = fake.sheet(sheet);
  const a1 = cellAddress(row, column);
  const formula = inspector.formulaAt(a1);
  return {
    value: formula === null ? plainValue(inspector.cell(a1)) : null,
    formula: formula === null ? null : formula.replace(/^=/u, ''),
    numberFormat: inspector.numberFormatAt(a1) || 'General',
    bold: inspector.formatAt(a1, 'font.bold') === true,
    wrap: inspector.formatAt(a1, 'wrapText') === true,
  };
}

export function xlsxCell(workbook: ExcelJS.Workbook, sheet: string, row: number, column: number): RenderedCell {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`no sheet ${sheet} in the runner's output`);
  const cell = worksheet.getCell(row + 1, column + 1);
  const raw = cell.value;
  // A copy of a shared formula is compared as the formula it stands for (ExcelJS fills it down from its master).
  const formula = typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw) ? String(cell.formula) : null;
  return {
    value: formula === null ? plainValue(raw) : null,
    formula,
    numberFormat: cell.numFmt || 'General',
    bold: cell.font?.bold === true,
    wrap: cell.alignment?.wrapText === true,
  };
}

const isEmpty = (c: RenderedCell): boolean => c.value === null && c.formula === null;

/**
 * Every cell of the areas where either renderer wrote something, as "area!A1: add-in → runner" lines where they
 * differ (empty when they agree). Empty cells are left out: a format on a cell without content shows nothing.
 */
export function renderedDifferences(areas: readonly ComparedArea[], addin: (sheet: string, row: number, column: number) => RenderedCell,
  runner: (sheet: string, row: number, column: number) => RenderedCell): { compared: number; differences: string[] } {
  const differences: string[] = [];
  let compared = 0;
  for (const area of areas) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        const a = addin(area.sheet, r, c);
        const b = runner(area.sheet, r, c);
        if (isEmpty(a) && isEmpty(b)) continue;
        compared++;
        if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${area.label} ${area.sheet}!${cellAddress(r, c)}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      }
    }
  }
  return { compared, differences };
}
