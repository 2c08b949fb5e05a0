import type { CellValue } from '../cell/cellValue';
import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import type { ColumnRole } from '../model/headerAliases';
import type { FactorKind, TierModel } from '../model/types';
import { headerCandidates, matchHeader, type HeaderCandidate, type HeaderMatch } from './matchHeader';
import { isBlankCell } from '../cell/cellValue';
import { normalizeHeader } from '../cell/normalizeText';
import { columnLetters } from '../cell/a1';
import { HEADER_ALIASES } from '../model/headerAliases';

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

/** Two or more columns that could each be one wanted column: the user must choose, TierBook never does. */
interface Ambiguity {
  readonly wanted: string;
  readonly candidates: readonly HeaderCandidate[];
}

interface RowMatch {
  readonly factors: (HeaderMatch | undefined)[];
  readonly id?: HeaderMatch;
  readonly ambiguities: readonly Ambiguity[];
}

/**
 * The one column for a wanted header, or the tie. A factor with two candidates at its best level is a tie (two
 * 总资产; 总资产(万元) beside 总资产（元）; 日均资产 beside 托管资产). The id is a tie only when two columns match
 * the same way (two 客户号): 客户号 beside 资金账号 both identify a client, and the alias order picks.
 */
function pick(row: readonly CellValue[], wanted: string, role: ColumnRole | undefined, isId: boolean, ambiguities: Ambiguity[]): HeaderMatch | undefined {
  const candidates = headerCandidates(row, wanted, role);
  if (candidates.length === 0) return undefined;
  const ties = isId ? candidates.filter((c) => c.aliasRank === candidates[0].aliasRank) : candidates;
  if (ties.length > 1) ambiguities.push({ wanted, candidates: ties });
  const { index, header, kind } = candidates[0];
  return { index, header, kind };
}

/** 开户年限 stands in from 开户日期 when the sheet has only the date (years to the run date, see ClientTableBuilder). */
function openDateStandIn(row: readonly CellValue[], factor: TierModel['factors'][number], overridden: boolean, ambiguities: Ambiguity[]): HeaderMatch | undefined {
  if (overridden || factor.key !== 'loyalty' || factor.scale === 'category') return undefined;
  const date = pick(row, HEADER_ALIASES.openDate[0], 'openDate', false, ambiguities);
  return date ? { ...date, kind: 'openDate' } : undefined;
}

function matchRow(row: readonly CellValue[], model: TierModel, overrides: ColumnOverrides): RowMatch {
  const ambiguities: Ambiguity[] = [];
  const factors = model.factors.map((f) => pick(row, overrides[f.key] ?? f.column, overrides[f.key] ? undefined : roleOfFactorKey(f.key), false, ambiguities)
    ?? openDateStandIn(row, f, overrides[f.key] !== undefined, ambiguities));
  const idWanted = overrides.id ?? model.idColumn;
  const id = idWanted ? pick(row, idWanted, overrides.id ? undefined : 'id', true, ambiguities) : pick(row, '客户号', 'id', true, ambiguities);
  return { factors, id, ambiguities };
}

/**
 * A header row combined with the row above it, for two-row headers: each blank cell takes the text above it (a
 * header merged down over both rows keeps its text in the upper cell; sub-headers under a merged group header
 * keep their own text). Undefined when no blank cell has text above it, so one-row headers never change.
 */
export function combineHeaderRows(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] | undefined {
  const width = Math.max(upper.length, lower.length);
  const combined: CellValue[] = [];
  let filled = false;
  for (let c = 0; c < width; c++) {
    const below = lower[c] ?? null;
    const above = upper[c] ?? null;
    if (isBlankCell(below) && !isBlankCell(above)) {
      combined.push(above);
      filled = true;
    } else {
      combined.push(below);
    }
  }
  return filled ? combined : undefined;
}

/** The error for a tie: every candidate column with its letter, and how to choose. */
function duplicateColumnError(ambiguity: Ambiguity, headerRow: number, sheetName: string, columnOffset: number): TierBookError {
  const { wanted, candidates } = ambiguity;
  const zhList = candidates.map((c) => `${columnLetters(c.index + columnOffset)} 列「${c.header}」`).join('、');
  const enList = candidates.map((c) => `column ${columnLetters(c.index + columnOffset)} "${c.header}"`).join(', ');
  const where = sheetName ? `工作表「${sheetName}」` : '工作表';
  const whereEn = sheetName ? ` of sheet "${sheetName}"` : '';
  const identical = new Set(candidates.map((c) => normalizeHeader(c.header))).size < candidates.length;
  const zhHow = identical
    ? '这些列的表头相同：请先在工作表中改名其中一列，再用 --model 写明要用的确切表头，或在任务窗格的列映射中选择'
    : `请指定要用哪一列：用 --model 把该因子的 column 写成确切的表头（如 "${candidates[0].header}"），或在任务窗格的列映射中选择`;
  const enHow = identical
    ? 'their headers are the same: rename one of them in the sheet, then give the exact header with --model, or choose it in the task pane\'s column mapping'
    : `choose one: give the exact header as the factor's column with --model (e.g. "${candidates[0].header}"), or choose it in the task pane's column mapping`;
  return new TierBookError('DUPLICATE_COLUMN',
    text(`${where}第 ${headerRow} 行有 ${candidates.length} 列都可作为「${wanted}」：${zhList}。TierBook 不会替你选择；${zhHow}`,
      `${candidates.length} columns in the header at row ${headerRow}${whereEn} could each be "${wanted}": ${enList}. TierBook will not choose for you; ${enHow}`),
    { sheet: sheetName || undefined, row: headerRow, column: candidates[0].header, address: `${columnLetters(candidates[0].index + columnOffset)}${headerRow}` },
    candidates.map((c) => `${columnLetters(c.index + columnOffset)}: ${c.header}`));
}

const EXTRA_ROLES: readonly ColumnRole[] = ['name', 'openDate', 'investorType', 'financialAssets', 'annualIncome', 'experienceYears', 'netAssets', 'lowestCategory', 'branch', 'manager'];

/**
 * The header is the first of the first 30 rows that holds every factor column (and the id column when the model
 * names one). When none does, the error names the closest row and what it lacked.
 */
export function locateSheetLayout(
  topRows: readonly (readonly CellValue[])[], model: TierModel, sheetName = '', overrides: ColumnOverrides = {}, columnOffset = 0,
): SheetLayout {
  let best: { row: number; missing: string[] } | undefined;
  const limit = Math.min(HEADER_SEARCH_ROWS, topRows.length);
  const idRequired = overrides.id !== undefined || model.idColumn !== undefined;
  const missingOf = (m: RowMatch): string[] => {
    const missing = model.factors.filter((_, i) => m.factors[i] === undefined).map((f) => overrides[f.key] ?? f.column);
    if (idRequired && m.id === undefined) missing.push(overrides.id ?? model.idColumn ?? '');
    return missing;
  };
  for (let r = 0; r < limit; r++) {
    // A two-row header is tried first: its lower row alone may hold every factor yet lack the id merged down from above.
    const combined = r > 0 ? combineHeaderRows(topRows[r - 1] ?? [], topRows[r] ?? []) : undefined;
    const combinedMatch = combined ? matchRow(combined, model, overrides) : undefined;
    const useCombined = combined !== undefined && combinedMatch !== undefined && missingOf(combinedMatch).length === 0;
    const row = useCombined ? combined : topRows[r] ?? [];
    const match = useCombined ? combinedMatch : matchRow(row, model, overrides);
    const { factors, id } = match;
    const missing = missingOf(match);
    if (missing.length === 0) {
      if (match.ambiguities.length > 0) throw duplicateColumnError(match.ambiguities[0], r + 1, sheetName, columnOffset);
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
