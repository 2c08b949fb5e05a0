import { isBlankCell, text, type CellValue, type Locale, type PlanPivot, type Summarize } from '../engine';

/** Labels of a static summary, in the plan's language. */
export const STATIC_PIVOT_LABELS = {
  total: text('总计', 'Grand Total'),
  blank: text('(空白)', '(blank)'),
} as const;

type Key = string | number | boolean;

function keyOf(cell: CellValue, locale: Locale): Key {
  return isBlankCell(cell) ? STATIC_PIVOT_LABELS.blank[locale] : (typeof cell === 'string' ? cell.trim() : (cell as Key));
}

/** PivotTable order: numbers ascending, then text by code point (what the fake and a default Excel sort show alike). */
function sortKeys(keys: Iterable<Key>): Key[] {
  return [...keys].sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    const x = String(a);
    const y = String(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** As a PivotTable shows it: an empty intersection (no records, or nothing to count) stays blank. */
function aggregate(values: readonly CellValue[], how: Summarize): CellValue {
  if (values.length === 0) return null;
  if (how === 'count') return values.filter((v) => !isBlankCell(v)).length || null;
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (how === 'sum') return numbers.reduce((a, v) => a + v, 0);
  return numbers.length === 0 ? null : numbers.reduce((a, v) => a + v, 0) / numbers.length;
}

/**
 * What a PivotTable would show, as plain values, for an Excel without PivotTable creation: one row per row-field
 * key, one column per value (or per column-field key × value), and a grand-total row and column.
 * `fieldValues` gives a source field's cells, one per data row.
 */
export function staticPivotGrid(pivot: PlanPivot, fieldValues: (field: string) => readonly CellValue[], locale: Locale): CellValue[][] {
  const total = STATIC_PIVOT_LABELS.total[locale];
  const rowCells = fieldValues(pivot.rowField);
  const rowKeys = rowCells.map((c) => keyOf(c, locale));
  const colKeys = pivot.columnField ? fieldValues(pivot.columnField).map((c) => keyOf(c, locale)) : undefined;
  const valueCells = pivot.values.map((v) => fieldValues(v.field));
  const rowOrder = sortKeys(new Set(rowKeys));
  const colOrder = colKeys ? sortKeys(new Set(colKeys)) : [];

  const cellsWhere = (value: number, rowKey?: Key, colKey?: Key): CellValue[] => valueCells[value].filter((_, i) =>
    (rowKey === undefined || rowKeys[i] === rowKey) && (colKey === undefined || colKeys?.[i] === colKey));
  const line = (rowKey?: Key): CellValue[] => {
    const cells: CellValue[] = [];
    for (const colKey of colOrder) pivot.values.forEach((v, k) => cells.push(aggregate(cellsWhere(k, rowKey, colKey), v.summarizeBy)));
    pivot.values.forEach((v, k) => cells.push(aggregate(cellsWhere(k, rowKey), v.summarizeBy)));
    return cells;
  };

  const single = pivot.values.length === 1;
  const header: CellValue[] = [pivot.rowField];
  for (const colKey of colOrder) for (const v of pivot.values) header.push(single ? colKey : `${String(colKey)} - ${v.caption}`);
  for (const v of pivot.values) header.push(colOrder.length === 0 ? v.caption : single ? total : `${total} - ${v.caption}`);
  return [header, ...rowOrder.map((key) => [key, ...line(key)]), [total, ...line()]];
}
