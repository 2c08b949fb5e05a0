import { normalizeHeader } from '../cell/normalizeText';
import type { CellValue } from '../cell/cellValue';
import { HEADER_ALIASES, type ColumnRole } from '../model/headerAliases';

/**
 * How a wanted column was found, so the UI and the runner can say which header a factor took. `openDate`: the
 * sheet has no 开户年限, so the loyalty factor is computed from the 开户日期 column to the run date.
 */
export type HeaderMatchKind = 'exact' | 'unit' | 'alias' | 'openDate';

export interface HeaderMatch {
  readonly index: number;
  readonly header: string;
  readonly kind: HeaderMatchKind;
}

/** A match and the position of the alias it came through (0 for exact and unit matches), to tell ties apart. */
export interface HeaderCandidate extends HeaderMatch {
  readonly aliasRank: number;
}

/** "总资产(元)" → "总资产": a unit in brackets does not change what a column is. */
function withoutUnit(normalized: string): string {
  return normalized.replace(/[([][^()[\]]*[)\]]$/u, '');
}

function headerKeys(headers: readonly CellValue[]): string[] {
  return headers.map((h) => (typeof h === 'string' || typeof h === 'number' ? normalizeHeader(String(h)) : ''));
}

/**
 * Every column that could be the wanted one, at the first level that finds any: exact (normalised) headers, else
 * headers equal but for a bracketed unit, else the role's documented aliases (in alias order). More than one
 * candidate is a choice the user must make (see locateSheetLayout).
 */
export function headerCandidates(headers: readonly CellValue[], wanted: string, role?: ColumnRole): HeaderCandidate[] {
  const keys = headerKeys(headers);
  const target = normalizeHeader(wanted);
  const at = (index: number, kind: HeaderMatchKind, aliasRank = 0): HeaderCandidate => ({ index, header: String(headers[index]), kind, aliasRank });
  const indexesWhere = (test: (key: string) => boolean): number[] => keys.flatMap((k, i) => (k !== '' && test(k) ? [i] : []));
  if (target !== '') {
    const exact = indexesWhere((k) => k === target);
    if (exact.length > 0) return exact.map((i) => at(i, 'exact'));
  }
  const bare = withoutUnit(target);
  const unit = indexesWhere((k) => withoutUnit(k) === bare);
  if (unit.length > 0) return unit.map((i) => at(i, 'unit'));
  if (role === undefined) return [];
  const found: HeaderCandidate[] = [];
  const taken = new Set<number>();
  HEADER_ALIASES[role].forEach((alias, rank) => {
    const a = normalizeHeader(alias);
    for (const i of indexesWhere((k) => k === a || withoutUnit(k) === a)) {
      if (taken.has(i)) continue;
      taken.add(i);
      found.push(at(i, 'alias', rank));
    }
  });
  return found;
}

/**
 * Finds the column for a wanted header: exact (normalised) first, then ignoring a bracketed unit, then by the
 * role's documented aliases. Returns undefined when nothing matches.
 */
export function matchHeader(headers: readonly CellValue[], wanted: string, role?: ColumnRole): HeaderMatch | undefined {
  const first = headerCandidates(headers, wanted, role)[0];
  return first ? { index: first.index, header: first.header, kind: first.kind } : undefined;
}
