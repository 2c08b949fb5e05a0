import { cellText, normalizeLabel } from '../cell/normalizeText';
import { isBlankCell } from '../cell/cellValue';
import { parseNumericCell } from '../cell/parseNumericCell';
import type { TieringResult } from '../run/tierClients';
import type { ExtraColumns } from '../table/extraColumns';
import type { SegmentDimension, SegmentRule } from './segmentRules';

/** A dimension's raw values per client: numbers (NaN = missing) or normalised labels (undefined = missing). */
export type DimensionValues =
  | { readonly kind: 'numeric'; readonly values: Float64Array; readonly header: string }
  | { readonly kind: 'labels'; readonly labels: readonly (string | undefined)[]; readonly header: string };

function wantsNumbers(rule: SegmentRule): boolean {
  return rule.kind !== 'category';
}

function numberOf(label: string): number {
  const parsed = parseNumericCell(label);
  return parsed.kind === 'number' ? parsed.value : NaN;
}

/**
 * The raw values a dimension's rule reads, in the form the rule needs: from the model factor with key
 * `factor` (default: the dimension name), else from the sheet column of that role in `extras`; undefined when neither
 * exists. Numbers become labels ("3") for a category rule, labels become numbers for a numeric rule.
 */
export function dimensionValues(result: TieringResult, dimension: SegmentDimension, rule: SegmentRule, factorKey: string = dimension, extras?: ExtraColumns): DimensionValues | undefined {
  const f = result.model.factors.findIndex((x) => x.key === factorKey);
  const numeric = wantsNumbers(rule);
  if (f >= 0) {
    const column = result.table.factorColumns[f];
    const header = result.table.layout.factors[f]?.header ?? factorKey;
    if (column.kind === 'numeric') {
      return numeric ? { kind: 'numeric', values: column.values, header }
        : { kind: 'labels', labels: Array.from(column.values, (v) => (v === v ? normalizeLabel(String(v)) : undefined)), header };
    }
    if (numeric) {
      const levelValues = column.levels.map(numberOf);
      return { kind: 'numeric', values: Float64Array.from(column.codes, (c) => (c < 0 ? NaN : levelValues[c])), header };
    }
    return { kind: 'labels', labels: Array.from(column.codes, (c) => (c < 0 ? undefined : column.levels[c])), header };
  }
  const extra = extras?.columns[dimension];
  if (!extra) return undefined;
  if (numeric) {
    return { kind: 'numeric', values: Float64Array.from(extra.cells, (cell) => { const p = parseNumericCell(cell); return p.kind === 'number' ? p.value : NaN; }), header: extra.header };
  }
  return { kind: 'labels', labels: extra.cells.map((cell) => (isBlankCell(cell) ? undefined : normalizeLabel(cellText(cell)))), header: extra.header };
}
