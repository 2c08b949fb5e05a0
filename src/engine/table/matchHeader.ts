import { normalizeHeader } from '../cell/normalizeText';
import type { CellValue } from '../cell/cellValue';
import { HEADER_ALIASES, type ColumnRole } from '../model/headerAliases';

/** How a wanted column was found, so the UI and the runner can say which header a factor took. */
export type HeaderMatchKind = 'exact' | 'unit' | 'alias';

export interface HeaderMatch {
  readonly index: number;
  readonly header: string;
  readonly kind: HeaderMatchKind;
}

/** "总资产(元)" → "总资产": a unit in brackets does not change what a column is. */
function withoutUnit(normalized: string): string {
  return normalized.replace(/[([][^()[\]]*[)\]]$/u, '');
}

/**
 * Finds the column for a wanted header: exact (normalised) first, then ignoring a bracketed unit, then by the
 * role's documented aliases. Returns undefined when nothing matches.
 */
export function matchHeader(headers: readonly CellValue[], wanted: string, role?: ColumnRole): HeaderMatch | undefined {
  const keys = headers.map((h) => (typeof h === 'string' || typeof h === 'number' ? normalizeHeader(String(h)) : ''));
  const target = normalizeHeader(wanted);
  const found = (index: number, kind: HeaderMatchKind): HeaderMatch => ({ index, header: String(headers[index]), kind });
  let index = keys.indexOf(target);
  if (index >= 0 && target !== '') return found(index, 'exact');
  const bare = withoutUnit(target);
  index = keys.findIndex((k) => k !== '' && withoutUnit(k) === bare);
  if (index >= 0) return found(index, 'unit');
  if (role === undefined) return undefined;
  for (const alias of HEADER_ALIASES[role]) {
    const a = normalizeHeader(alias);
    index = keys.findIndex((k) => k !== '' && (k === a || withoutUnit(k) === a));
    if (index >= 0) return found(index, 'alias');
  }
  return undefined;
}
