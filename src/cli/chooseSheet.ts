import type ExcelJS from 'exceljs';
import {
  TierBookError, isTierBookError, locateSheetLayout, matchHeader, roleOfFactorKey, text,
  type CellValue, type SheetLayout, type TierModel,
} from '../engine';
import { headerSearchRows, usedExtent, type UsedExtent } from './readWorksheet';

/** The sheet holding the client table, where its header is, and how far it reaches. */
export interface ChosenSheet {
  readonly sheet: ExcelJS.Worksheet;
  readonly layout: SheetLayout;
  readonly extent: UsedExtent;
}

/**
 * How many wanted columns the best of the header-search rows lacks, by the same matching rules as
 * locateSheetLayout; used only to say which sheet came closest when none fits.
 */
export function fewestMissingColumns(topRows: readonly (readonly CellValue[])[], model: TierModel): number {
  let fewest = model.factors.length + (model.idColumn ? 1 : 0);
  for (const row of topRows) {
    let missing = model.factors.filter((f) => matchHeader(row, f.column, roleOfFactorKey(f.key)) === undefined).length;
    if (model.idColumn && matchHeader(row, model.idColumn, 'id') === undefined) missing++;
    fewest = Math.min(fewest, missing);
  }
  return fewest;
}

function locateIn(sheet: ExcelJS.Worksheet, model: TierModel, date1904: boolean): ChosenSheet | { error: TierBookError; missing: number } {
  const extent = usedExtent(sheet);
  const topRows = headerSearchRows(sheet, extent, date1904);
  try {
    return { sheet, extent, layout: locateSheetLayout(topRows, model, sheet.name) };
  } catch (e) {
    if (!isTierBookError(e)) throw e;
    return { error: e, missing: fewestMissingColumns(topRows, model) };
  }
}

function quotedList(names: readonly string[], locale: 'zh' | 'en'): string {
  return locale === 'zh' ? names.map((n) => `「${n}」`).join('、') : names.map((n) => `"${n}"`).join(', ');
}

/**
 * The sheet named by --sheet, or else the first sheet (in tab order, TierBook's own sheets skipped) whose first
 * 30 rows hold a header with every model column. When none does, the error names the sheets tried and what the
 * closest one lacked.
 */
export function chooseClientSheet(
  workbook: ExcelJS.Workbook, model: TierModel, requested: string | undefined, ownSheets: ReadonlySet<ExcelJS.Worksheet>, date1904: boolean,
): ChosenSheet {
  const all = workbook.worksheets;
  if (requested !== undefined) {
    const sheet = all.find((s) => s.name === requested) ?? all.find((s) => s.name.toLowerCase() === requested.toLowerCase());
    if (!sheet) {
      const names = all.map((s) => s.name);
      throw new TierBookError('SHEET_NOT_FOUND', text(`工作簿中没有工作表「${requested}」（现有：${quotedList(names, 'zh')}）`,
        `no sheet named "${requested}" in the workbook (it has ${quotedList(names, 'en')})`), { sheet: requested });
    }
    const found = locateIn(sheet, model, date1904);
    if ('error' in found) throw found.error;
    return found;
  }
  const candidates = all.filter((s) => !ownSheets.has(s));
  if (candidates.length === 0) throw new TierBookError('SHEET_NOT_FOUND', text('工作簿中没有可读取的工作表', 'the workbook has no worksheet to read'));
  let closest: { error: TierBookError; missing: number } | undefined;
  for (const sheet of candidates) {
    const found = locateIn(sheet, model, date1904);
    if (!('error' in found)) return found;
    if (!closest || found.missing < closest.missing) closest = found;
  }
  const tried = candidates.map((s) => s.name);
  const error = closest?.error;
  throw new TierBookError(error?.code ?? 'HEADER_NOT_FOUND',
    text(`没有工作表包含客户表（已尝试 ${quotedList(tried, 'zh')}）；最接近的：${error?.messages['zh-CN'] ?? ''}`,
      `no sheet holds the client table (tried ${quotedList(tried, 'en')}); closest: ${error?.messages['en-US'] ?? ''}`),
    error?.location, tried);
}
