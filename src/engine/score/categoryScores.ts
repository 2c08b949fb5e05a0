import { normalizeLabel } from '../cell/normalizeText';
import type { CategoryColumn } from '../table/clientTable';

/** The model's category map keyed the way cells are normalised, so "c3", "Ｃ３" and " C3 " all find "C3". */
export function normalizedCategoryMap(categories: Readonly<Record<string, number>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [label, score] of Object.entries(categories)) map.set(normalizeLabel(label), score);
  return map;
}

/** Each client's mapped score; blank and unmapped labels are NaN (missing). */
export function categoryScores(column: CategoryColumn, categories: Readonly<Record<string, number>>): Float64Array {
  const map = normalizedCategoryMap(categories);
  const levelScore = new Float64Array(column.levels.length);
  column.levels.forEach((level, code) => { levelScore[code] = map.get(level) ?? NaN; });
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = column.codes[i];
    out[i] = code < 0 ? NaN : levelScore[code];
  }
  return out;
}

/** Levels present in the data that the model does not map, with their first raw spelling. */
export function unmappedLevels(column: CategoryColumn, categories: Readonly<Record<string, number>>): Set<number> {
  const map = normalizedCategoryMap(categories);
  const codes = new Set<number>();
  column.levels.forEach((level, code) => { if (!map.has(level)) codes.add(code); });
  return codes;
}
