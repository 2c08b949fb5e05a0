import type { CellValue } from '../cell/cellValue';
import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import type { ColumnRole } from '../model/headerAliases';
import type { FactorKind, TierModel } from '../model/types';
import { matchHeader, type HeaderMatch } from './matchHeader';

/** Rows above the header (titles, export notes) that TierBook looks through before giving up. */
export const HEADER_SEARCH_ROWS = 30;

const FACTOR_KINDS: ReadonlySet<string> = new Set<FactorKind>(['assets', 'frequency', 'needs', 'risk', 'loyalty']);

/** Where the client table sits in a sheet and which column each factor reads. */
export interface SheetLayout {
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** Column of the client id, or undefined when the sheet has none (ids fall back to row numbers). */
  readonly id?: HeaderMatch;
  /** Aligned with model.factors. */
  readonly factors: readonly HeaderMatch[];
  /** Optional extra columns found by alias (name, openDate, investorType, ...), for output and suitability. */
  readonly extras: Readonly<Partial<Record<ColumnRole, HeaderMatch>>>;
}

/** A factor's key names its role when it is one of the five kinds, which lets aliases stand in for the header. */
export function roleOfFactorKey(key: string): ColumnRole | undefined {
  return FACTOR_KINDS.has(key) ? (key as ColumnRole) : undefined;
}

/** Explicit column choices made in the UI, by factor key or "id", overriding the model's headers. */
export type ColumnOverrides = Readonly<Record<string, string>>;

function matchRow(row: readonly CellValue[], model: TierModel, overrides: ColumnOverrides): { factors: (HeaderMatch | undefined)[]; id?: HeaderMatch } {
  const factors = model.factors.map((f) => matchHeader(row, overrides[f.key] ?? f.column, overrides[f.key] ? undefined : roleOfFactorKey(f.key)));
  const idWanted = overrides.id ?? model.idColumn;
  const id = idWanted ? matchHeader(row, idWanted, overrides.id ? undefined : 'id') : matchHeader(row, '客户号', 'id');
  return { factors, id };
}

const EXTRA_ROLES: readonly ColumnRole[] = ['name', 'openDate', 'investorType', 'financialAssets', 'annualIncome', 'experienceYears', 'netAssets', 'lowestCategory', 'branch'];

/**
 * The header is the first of the first 30 rows that holds every factor column (and the id column when the model
 * names one). When none does, the error names the closest row and what it lacked.
 */
export function locateSheetLayout(topRows: readonly (readonly CellValue[])[], model: TierModel, sheetName = '', overrides: ColumnOverrides = {}): SheetLayout {
  let best: { row: number; missing: string[] } | undefined;
  const limit = Math.min(HEADER_SEARCH_ROWS, topRows.length);
  for (let r = 0; r < limit; r++) {
    const row = topRows[r] ?? [];
    const { factors, id } = matchRow(row, model, overrides);
    const missing = model.factors.filter((_, i) => factors[i] === undefined).map((f) => overrides[f.key] ?? f.column);
    const idRequired = overrides.id !== undefined || model.idColumn !== undefined;
    if (idRequired && id === undefined) missing.push(overrides.id ?? model.idColumn ?? '');
    if (missing.length === 0) {
      const extras: Partial<Record<ColumnRole, HeaderMatch>> = {};
      for (const role of EXTRA_ROLES) {
        const m = matchHeader(row, role, role);
        if (m) extras[role] = m;
      }
      return { headerRow: r + 1, headers: row.map((h) => (h === null ? '' : String(h))), id, factors: factors as HeaderMatch[], extras };
    }
    if (!best || missing.length < best.missing.length) best = { row: r + 1, missing };
  }
  const where = sheetName ? `「${sheetName}」` : '';
  const whereEn = sheetName ? ` in sheet "${sheetName}"` : '';
  if (!best || best.missing.length === model.factors.length + (model.idColumn ? 1 : 0)) {
    const wanted = model.factors.map((f) => overrides[f.key] ?? f.column).join('、');
    throw new TierBookError('HEADER_NOT_FOUND',
      text(`工作表${where}前 ${HEADER_SEARCH_ROWS} 行中找不到表头：需要列 ${wanted}`,
        `no header row found in the first ${HEADER_SEARCH_ROWS} rows${whereEn}: expected columns ${model.factors.map((f) => overrides[f.key] ?? f.column).join(', ')}`),
      { sheet: sheetName || undefined });
  }
  throw new TierBookError('COLUMN_NOT_FOUND',
    text(`工作表${where}第 ${best.row} 行的表头缺少列：${best.missing.join('、')}`,
      `column${best.missing.length > 1 ? 's' : ''} ${best.missing.map((m) => `"${m}"`).join(', ')} not found in the header at row ${best.row}${whereEn}`),
    { sheet: sheetName || undefined, row: best.row, column: best.missing[0] });
}
