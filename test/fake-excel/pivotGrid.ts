/**
 * Pure PivotTable computation: group source records by row and column fields and aggregate data
 * fields. Output uses a documented tabular layout (one header row, one label column per row field,
 * "Grand Total" row/column), not Excel's compact layout with "Row Labels" captions.
 */
import { CellValue } from './cellValue';
import { officeError } from './errors';

export interface PivotDataSpec {
  field: string;
  name: string;
  summarizeBy: string;
}

export interface PivotSpec {
  rows: string[];
  columns: string[];
  data: PivotDataSpec[];
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
}

export interface PivotGrid {
  cells: CellValue[][];
  headerRows: number;
  labelColumns: number;
}

export const SUPPORTED_AGGREGATIONS = ['Sum', 'Count', 'Average', 'Max', 'Min', 'Product', 'CountNumbers', 'Automatic'];

class Accumulator {
  count = 0;
  numbers = 0;
  sum = 0;
  product = 1;
  min = Infinity;
  max = -Infinity;

  add(value: CellValue): void {
    if (value === null || value === '') return;
    this.count++;
    if (typeof value !== 'number') return;
    this.numbers++;
    this.sum += value;
    this.product *= value;
    this.min = Math.min(this.min, value);
    this.max = Math.max(this.max, value);
  }

  result(fn: string): CellValue {
    switch (fn) {
      case 'Sum':
      case 'Automatic':
        return this.sum;
      case 'Count':
        return this.count;
      case 'CountNumbers':
        return this.numbers;
      case 'Average':
        return this.numbers === 0 ? '#DIV/0!' : this.sum / this.numbers;
      case 'Max':
        return this.numbers === 0 ? 0 : this.max;
      case 'Min':
        return this.numbers === 0 ? 0 : this.min;
      case 'Product':
        return this.numbers === 0 ? 0 : this.product;
      default:
        throw officeError('NotImplemented', `aggregation '${fn}' is not modelled by the fake`);
    }
  }
}

export function pivotLabel(value: CellValue): CellValue {
  return value === null || value === '' ? '(blank)' : value;
}

/** Numbers before text, then ascending (text by code point). */
export function compareLabels(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareKeys(a: CellValue[], b: CellValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = compareLabels(a[i], b[i]);
    if (d !== 0) return d;
  }
  return 0;
}

function fieldIndex(header: CellValue[], field: string): number {
  const index = header.findIndex((h) => String(h ?? '') === field);
  if (index < 0) throw officeError('InvalidArgument', `pivot field '${field}' is not a source column`);
  return index;
}

export function computePivotGrid(header: CellValue[], records: CellValue[][], spec: PivotSpec): PivotGrid {
  const rowIdx = spec.rows.map((f) => fieldIndex(header, f));
  const colIdx = spec.columns.map((f) => fieldIndex(header, f));
  const dataIdx = spec.data.map((d) => fieldIndex(header, d.field));
  const TOTAL = '\u0000total';
  // One pass: the distinct row and column keys (first seen first, then sorted) and every cell's accumulators, by row
  // key then column key, each record adding to its cell, its row's and column's totals and the grand total.
  const rowSeen = new Map<string, CellValue[]>();
  const colSeen = new Map<string, CellValue[]>();
  const cells = new Map<string, Map<string, Accumulator[]>>();
  const bucket = (rowKey: string, colKey: string): Accumulator[] => {
    let byColumn = cells.get(rowKey);
    if (!byColumn) cells.set(rowKey, (byColumn = new Map()));
    let accs = byColumn.get(colKey);
    if (!accs) byColumn.set(colKey, (accs = spec.data.map(() => new Accumulator())));
    return accs;
  };
  // A key is the JSON of the record's labels; with one field, each distinct value's key is made once per axis (tens
  // of thousands of records, a handful of tiers).
  const keyer = (indexes: number[], seen: Map<string, CellValue[]>): ((record: CellValue[]) => string) => {
    const single = new Map<CellValue, string>();
    return (record) => {
      if (indexes.length === 1) {
        const value = record[indexes[0]] ?? null;
        const known = single.get(value);
        if (known !== undefined) return known;
        const labels = [pivotLabel(value)];
        const key = JSON.stringify(labels);
        single.set(value, key);
        if (!seen.has(key)) seen.set(key, labels);
        return key;
      }
      const labels = indexes.map((i) => pivotLabel(record[i] ?? null));
      const key = JSON.stringify(labels);
      if (!seen.has(key)) seen.set(key, labels);
      return key;
    };
  };
  const rowKeyOf = keyer(rowIdx, rowSeen);
  const colKeyOf = keyer(colIdx, colSeen);
  const add = (accs: Accumulator[], record: CellValue[]): void => {
    for (let d = 0; d < accs.length; d++) accs[d].add(record[dataIdx[d]] ?? null);
  };
  for (const record of records) {
    const rk = rowKeyOf(record);
    const ck = colKeyOf(record);
    add(bucket(rk, ck), record);
    add(bucket(rk, TOTAL), record);
    add(bucket(TOTAL, ck), record);
    add(bucket(TOTAL, TOTAL), record);
  }
  const rowKeys = rowIdx.length > 0 ? [...rowSeen.values()].sort(compareKeys) : [[]];
  const colKeys = colIdx.length > 0 ? [...colSeen.values()].sort(compareKeys) : [[]];
  const withColumns = colIdx.length > 0;
  const columnSlots: Array<{ colKey: string; label: (d: PivotDataSpec) => string }> = [];
  if (withColumns) {
    for (const key of colKeys) {
      const label = key.map((v) => String(v)).join(' / ');
      columnSlots.push({ colKey: JSON.stringify(key), label: (d) => (spec.data.length > 1 ? `${label} - ${d.name}` : label) });
    }
    if (spec.showRowGrandTotals) columnSlots.push({ colKey: TOTAL, label: (d) => (spec.data.length > 1 ? `Total ${d.name}` : 'Grand Total') });
  } else {
    columnSlots.push({ colKey: JSON.stringify([]), label: (d) => d.name });
  }
  const valuesFor = (rowKey: string): CellValue[] =>
    columnSlots.flatMap((slot) => spec.data.map((d, i) => {
      const accs = cells.get(rowKey)?.get(slot.colKey);
      return accs ? accs[i].result(d.summarizeBy) : null;
    }));
  const headerRow: CellValue[] = [...spec.rows, ...columnSlots.flatMap((slot) => spec.data.map((d) => slot.label(d)))];
  const body = rowKeys.map((key) => [...key, ...valuesFor(JSON.stringify(key))]);
  const grid: CellValue[][] = [headerRow, ...body];
  if (spec.showColumnGrandTotals && rowIdx.length > 0) {
    grid.push(['Grand Total', ...rowIdx.slice(1).map(() => null), ...valuesFor(TOTAL)]);
  }
  return { cells: grid, headerRows: 1, labelColumns: rowIdx.length };
}
