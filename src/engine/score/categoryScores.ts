import { normalizeLabel } from '../cell/normalizeText';
import type { FactorSpec } from '../model/types';
import type { CategoryColumn } from '../table/clientTable';

/** The model's category map keyed the way cells are normalised, so "c3", "Ｃ３" and " C3 " all find "C3". */
export function normalizedCategoryMap(categories: Readonly<Record<string, number>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [label, score] of Object.entries(categories)) map.set(normalizeLabel(label), score);
  return map;
}

/**
 * How a label in the data reads against the map: mapped (exactly, or by the mapped labels it contains when they
 * all give one score), a conflict (it contains labels with different scores), or unknown. `labels` are the map's
 * normalised keys that decided it.
 */
export type CategoryResolution =
  | { readonly kind: 'mapped'; readonly score: number; readonly labels: readonly string[] }
  | { readonly kind: 'conflict'; readonly labels: readonly string[] }
  | { readonly kind: 'unknown' };

const UNKNOWN: CategoryResolution = { kind: 'unknown' };

const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /^[a-z0-9]$/iu.test(ch);

/**
 * Whether `label` occurs in `text` as a whole token: an ASCII letter or digit at the label's edge must not touch
 * another one, so "c3" is in "c3-稳健型" and "c3级" but not in "c30" or "abc3".
 */
function containsLabel(text: string, label: string): boolean {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const before = text[at - 1];
    const after = text[at + label.length];
    if (isAsciiAlnum(label[0]) && isAsciiAlnum(before)) continue;
    if (isAsciiAlnum(label[label.length - 1]) && isAsciiAlnum(after)) continue;
    return true;
  }
  return false;
}

/**
 * Reads one normalised label. Exact first; a bare number n only through the factor's `digitPrefix` ("C" reads 3
 * as C3); otherwise the mapped labels the text contains ("c3-稳健型" holds c3 and 稳健型, both 50). A contained
 * label inside a longer contained one counts once ("稳健" inside "稳健型").
 */
export function resolveCategory(level: string, map: ReadonlyMap<string, number>, digitPrefix?: string): CategoryResolution {
  const exact = map.get(level);
  if (exact !== undefined) return { kind: 'mapped', score: exact, labels: [level] };
  if (/^\d+$/u.test(level)) {
    if (digitPrefix === undefined) return UNKNOWN;
    const label = normalizeLabel(digitPrefix + level);
    const score = map.get(label);
    return score === undefined ? UNKNOWN : { kind: 'mapped', score, labels: [label] };
  }
  const found = [...map.keys()].filter((label) => label !== '' && containsLabel(level, label));
  const outer = found.filter((label) => !found.some((other) => other !== label && other.includes(label)));
  if (outer.length === 0) return UNKNOWN;
  const scores = new Set(outer.map((label) => map.get(label)));
  if (scores.size > 1) return { kind: 'conflict', labels: outer };
  return { kind: 'mapped', score: map.get(outer[0]) ?? NaN, labels: outer };
}

/** Each level of a column resolved against a factor's map, aligned with `column.levels`. */
export function resolveLevels(column: CategoryColumn, factor: Pick<FactorSpec, 'categories' | 'digitPrefix'>): CategoryResolution[] {
  const map = normalizedCategoryMap(factor.categories ?? {});
  return column.levels.map((level) => resolveCategory(level, map, factor.digitPrefix));
}

/** Each client's mapped score; blank, unknown and conflicting labels are NaN (missing). */
export function categoryScores(column: CategoryColumn, factor: Pick<FactorSpec, 'categories' | 'digitPrefix'>): Float64Array {
  const levelScore = new Float64Array(column.levels.length);
  resolveLevels(column, factor).forEach((r, code) => { levelScore[code] = r.kind === 'mapped' ? r.score : NaN; });
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = column.codes[i];
    out[i] = code < 0 ? NaN : levelScore[code];
  }
  return out;
}

/** Levels present in the data that the model does not map (unknown or conflicting). */
export function unmappedLevels(column: CategoryColumn, factor: Pick<FactorSpec, 'categories' | 'digitPrefix'>): Set<number> {
  const codes = new Set<number>();
  resolveLevels(column, factor).forEach((r, code) => { if (r.kind !== 'mapped') codes.add(code); });
  return codes;
}
