import { HEADER_SEARCH_ROWS, type CellValue, type SheetLayout, type TierModel } from '../../engine';
import { chooseClientSheet, type CandidateSheet } from '../chooseSheet';
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

/**
 * Chooses the client sheet among the package's worksheets (chooseClientSheet's rules and errors), reading each
 * candidate's top rows only when it is tried.
 */
export async function chooseStreamedSheet(
  archive: ZipArchive, sheets: readonly SheetEntry[], context: PackageReadContext, model: TierModel, requested: string | undefined,
  ownSheets: ReadonlySet<string>, clearedBySheet: ReadonlyMap<string, ClearedColumns>,
): Promise<StreamedSheetChoice> {
  const worksheets = sheets.filter((s) => s.isWorksheet);
  const candidates: CandidateSheet[] = worksheets.map((s) => ({
    name: s.name, visible: s.visible,
    topRows: () => readTopRows(archive, s, context, clearedBySheet.get(s.name) ?? new Map()),
  }));
  const chosen = await chooseClientSheet(candidates, model, requested, ownSheets);
  return { sheet: worksheets[chosen.index], layout: chosen.layout };
}
