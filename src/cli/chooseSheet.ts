import {
  HEADER_SEARCH_ROWS, TierBookError, isTierBookError, locateSheetLayout, matchHeader, roleOfFactorKey, text,
  type CellValue, type SheetLayout, type TierModel,
} from '../engine';
import { CliError } from './cliError';

/** A worksheet as the sheet choice sees it: its name, whether its tab shows, and its top rows on request. */
export interface CandidateSheet {
  readonly name: string;
  /** false for state="hidden" or "veryHidden" in workbook.xml. */
  readonly visible: boolean;
  /** Worksheet rows 1–HEADER_SEARCH_ROWS holding something, by 1-based row; read only when asked. */
  topRows(): Promise<ReadonlyMap<number, readonly CellValue[]>>;
}

/** The sheet holding the client table and where its header is. */
export interface ChosenSheet {
  readonly index: number;
  readonly layout: SheetLayout;
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

/** Rows 1…(last row holding something, at most HEADER_SEARCH_ROWS) as a grid as wide as the widest of them. */
export function headerSearchGrid(rows: ReadonlyMap<number, readonly CellValue[]>): CellValue[][] {
  let lastRow = 0;
  let width = 0;
  for (const [r, values] of rows) {
    if (r > HEADER_SEARCH_ROWS) continue;
    lastRow = Math.max(lastRow, r);
    width = Math.max(width, values.length);
  }
  return Array.from({ length: lastRow }, (_, i) => {
    const values = rows.get(i + 1) ?? [];
    return Array.from({ length: width }, (_, c) => values[c] ?? null);
  });
}

async function locateIn(sheet: CandidateSheet, model: TierModel): Promise<SheetLayout | { error: TierBookError; missing: number }> {
  const topRows = headerSearchGrid(await sheet.topRows());
  try {
    return locateSheetLayout(topRows, model, sheet.name);
  } catch (e) {
    if (!isTierBookError(e)) throw e;
    return { error: e, missing: fewestMissingColumns(topRows, model) };
  }
}

function quotedList(names: readonly string[], locale: 'zh' | 'en'): string {
  return locale === 'zh' ? names.map((n) => `「${n}」`).join('、') : names.map((n) => `"${n}"`).join(', ');
}

/** The sheet --sheet names (exact name first, then any case); TierBook's own output sheets are refused. */
async function requestedSheet(sheets: readonly CandidateSheet[], model: TierModel, requested: string, ownSheets: ReadonlySet<string>): Promise<ChosenSheet> {
  let index = sheets.findIndex((s) => s.name === requested);
  if (index < 0) index = sheets.findIndex((s) => s.name.toLowerCase() === requested.toLowerCase());
  if (index < 0) {
    const names = sheets.map((s) => s.name);
    throw new TierBookError('SHEET_NOT_FOUND', text(`工作簿中没有工作表「${requested}」（现有：${quotedList(names, 'zh')}）`,
      `no sheet named "${requested}" in the workbook (it has ${quotedList(names, 'en')})`), { sheet: requested });
  }
  const { name } = sheets[index];
  if (ownSheets.has(name)) {
    throw new CliError('USAGE', text(`「${name}」是 TierBook 上次运行写入的输出工作表，不能作为客户表：请用 --sheet 指定客户清单所在的工作表`,
      `"${name}" is an output sheet an earlier TierBook run wrote, not a client table: give --sheet the sheet that holds the client list`));
  }
  const found = await locateIn(sheets[index], model);
  if ('error' in found) throw found.error;
  return { index, layout: found };
}

/**
 * The sheet named by --sheet (hidden ones too), or else the first VISIBLE sheet in tab order, TierBook's own sheets
 * skipped, whose first 30 rows hold a header with every model column. Why visible only: a hidden sheet ahead of the
 * client sheet is a lookup table or an old copy, never what the user means. Sheets are read one at a time, so only
 * the top of each is ever parsed. When none fits, the error names the sheets tried and what the closest one lacked.
 */
export async function chooseClientSheet(
  sheets: readonly CandidateSheet[], model: TierModel, requested: string | undefined, ownSheets: ReadonlySet<string>,
): Promise<ChosenSheet> {
  if (requested !== undefined) return requestedSheet(sheets, model, requested, ownSheets);
  const candidates = sheets.map((s, index) => ({ s, index })).filter(({ s }) => s.visible && !ownSheets.has(s.name));
  if (candidates.length === 0) throw new TierBookError('SHEET_NOT_FOUND', text('工作簿中没有可读取的工作表', 'the workbook has no worksheet to read'));
  let closest: { error: TierBookError; missing: number } | undefined;
  for (const { s, index } of candidates) {
    const found = await locateIn(s, model);
    if (!('error' in found)) return { index, layout: found };
    if (!closest || found.missing < closest.missing) closest = found;
  }
  const tried = candidates.map(({ s }) => s.name);
  const hidden = sheets.filter((s) => !s.visible && !ownSheets.has(s.name)).map((s) => s.name);
  const hiddenNote = hidden.length === 0 ? { zh: '', en: '' }
    : { zh: `；隐藏的工作表 ${quotedList(hidden, 'zh')} 未读取，如需读取请用 --sheet 指定`, en: `; hidden sheets ${quotedList(hidden, 'en')} were not read, name one with --sheet to read it` };
  const error = closest?.error;
  throw new TierBookError(error?.code ?? 'HEADER_NOT_FOUND',
    text(`没有工作表包含客户表（已尝试 ${quotedList(tried, 'zh')}）；最接近的：${error?.messages['zh-CN'] ?? ''}${hiddenNote.zh}`,
      `no sheet holds the client table (tried ${quotedList(tried, 'en')}); closest: ${error?.messages['en-US'] ?? ''}${hiddenNote.en}`),
    error?.location, tried);
}
