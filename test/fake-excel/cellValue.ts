/**
 * How Excel turns a value written through `Range.values` / `Range.formulas` into cell content.
 * Modelled: "=..." becomes a formula (the @types/office-js doc for Range.values says a string that starts
 * with "=", "+" or "-" is interpreted as a formula), a leading apostrophe stores the rest as text,
 * numberFormat "@" (Text) stores the string verbatim, numeric / percent / TRUE-FALSE strings are
 * converted, '' clears the cell and null leaves it unchanged (docs: excel-add-ins-blank-null-values).
 * Not modelled: dates, currency and thousands separators in strings, locale-specific parsing.
 */
import { officeError } from './errors';

export type CellValue = string | number | boolean | null;

/** What `values` returns for a formula the fake did not evaluate (it never evaluates formulas). */
export const FORMULA_PLACEHOLDER = '#FAKE_FORMULA';

export interface StoredCell {
  value: CellValue;
  formula: string | null;
}

export const TEXT_FORMAT = '@';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

function fromString(text: string, numberFormat: string): StoredCell {
  if (text === '') return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (numberFormat === TEXT_FORMAT) return { value: text, formula: null };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  if (text.length > 1 && text.startsWith('=')) return { value: FORMULA_PLACEHOLDER, formula: text };
  if (text.length > 1 && (text.startsWith('+') || text.startsWith('-'))) {
    return { value: FORMULA_PLACEHOLDER, formula: `=${text}` };
  }
  return { value: text, formula: null };
}

/** Returns null when the input is null/undefined (cell left unchanged). */
export function storedFromInput(raw: unknown, numberFormat: string): StoredCell | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw officeError('InvalidArgument', `cannot write ${raw} to a cell`);
    return { value: raw, formula: null };
  }
  if (typeof raw === 'boolean') return { value: raw, formula: null };
  if (typeof raw === 'string') return fromString(raw, numberFormat);
  throw officeError('InvalidArgument', `unsupported cell value of type ${typeof raw}`);
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

export function valueTypeOf(value: CellValue): Excel.RangeValueType {
  if (value === null || value === '') return 'Empty' as Excel.RangeValueType;
  if (typeof value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return (ERROR_VALUES.has(value) ? 'Error' : 'String') as Excel.RangeValueType;
}

/** `Range.text` without number-format rendering: General format only. */
export function displayText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** What `Range.values` returns: empty cells read back as "" (never null). */
export function readValue(value: CellValue): string | number | boolean {
  return value === null ? '' : value;
}
