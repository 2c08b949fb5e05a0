import ExcelJS from 'exceljs';
import { HEADER_SEARCH_ROWS, isTierBookError, type CellValue, type SheetLayout, type TierModel } from '../../engine';
import { chooseClientSheet } from '../chooseSheet';
import { rowValues, type ClearedColumns } from './rowValues';
import { cellsOf, rowNumberOf } from './sheetRow';
import { streamSheetPart } from './streamSheetPart';
import type { CellReadContext } from './streamedCellValue';
import type { SheetEntry } from './workbookPackage';
import type { ZipArchive } from './zipArchive';

/** Shared strings, date styles and the date system: what reading any sheet of the package needs. */
export type PackageReadContext = Omit<CellReadContext, 'prefix'>;

/** The client sheet the streaming path settled on, and where its table is. */
export interface StreamedSheetChoice {
  readonly sheet: SheetEntry;
  readonly layout: SheetLayout;
}

/** The values of worksheet rows 1–`lastRow` of a sheet part (blank rows absent), read without going further into it. */
export async function readTopRows(
  archive: ZipArchive, sheet: SheetEntry, context: PackageReadContext, cleared: ClearedColumns, lastRow = HEADER_SEARCH_ROWS,
): Promise<Map<number, CellValue[]>> {
  const rows = new Map<number, CellValue[]>();
  const entry = sheet.part === undefined ? undefined : archive.find(sheet.part);
  if (!entry) return rows;
  let prefix = '';
  let previous = 0;
  let enough = false;
  await streamSheetPart(archive, entry, {
    head: (_xml, p) => { prefix = p; },
    row: (xml) => {
      const r = rowNumberOf(xml, previous + 1);
      previous = r;
      if (r > lastRow) { enough = true; return; }
      const values = rowValues(cellsOf(xml, prefix), r, { ...context, prefix }, cleared);
      if (values) rows.set(r, values);
    },
    between: () => undefined,
    endRows: () => { enough = true; },
    tail: () => undefined,
  }, () => enough);
  return rows;
}

function fill(sheet: ExcelJS.Worksheet, rows: ReadonlyMap<number, CellValue[]>): void {
  for (const [r, values] of rows) {
    values.forEach((value, c) => { if (value !== null) sheet.getCell(r, c + 1).value = value; });
  }
}

/** What chooseClientSheet would pick for `requested` among the preview's sheets (exact name, then any case). */
function requestedSheet(names: readonly string[], requested: string): string | undefined {
  return names.find((n) => n === requested) ?? names.find((n) => n.toLowerCase() === requested.toLowerCase());
}

/**
 * Chooses the client sheet exactly as the in-memory path does, with the same errors, by running chooseClientSheet
 * on a preview workbook: every worksheet by name, in tab order, holding only the rows the header search reads.
 * Sheets are read one at a time until one has the header, so only the top of each sheet is ever parsed.
 */
export async function chooseStreamedSheet(
  archive: ZipArchive, sheets: readonly SheetEntry[], context: PackageReadContext, model: TierModel, requested: string | undefined,
  ownSheets: ReadonlySet<string>, clearedBySheet: ReadonlyMap<string, ClearedColumns>,
): Promise<StreamedSheetChoice> {
  const worksheets = sheets.filter((s) => s.isWorksheet);
  const preview = new ExcelJS.Workbook();
  const previewSheets = worksheets.map((s) => preview.addWorksheet(s.name));
  const own = new Set(previewSheets.filter((p) => ownSheets.has(p.name)));
  const load = async (index: number): Promise<void> => {
    fill(previewSheets[index], await readTopRows(archive, worksheets[index], context, clearedBySheet.get(worksheets[index].name) ?? new Map()));
  };
  const choose = (): StreamedSheetChoice => {
    const chosen = chooseClientSheet(preview, model, requested, own, context.date1904);
    return { sheet: worksheets[previewSheets.indexOf(chosen.sheet)], layout: chosen.layout };
  };
  if (requested !== undefined) {
    const name = requestedSheet(worksheets.map((s) => s.name), requested);
    if (name !== undefined) await load(worksheets.findIndex((s) => s.name === name));
    return choose();
  }
  const candidates = previewSheets.map((p, i) => (own.has(p) ? -1 : i)).filter((i) => i >= 0);
  for (const [k, index] of candidates.entries()) {
    await load(index);
    try {
      return choose();
    } catch (e) {
      if (!isTierBookError(e) || k === candidates.length - 1) throw e; // the last try's error names every sheet tried
    }
  }
  return choose();
}
