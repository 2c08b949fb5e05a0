/** A CSV field as the converted sheet holds it: a number, a date, or the text itself. */
export type CsvCell = string | number | Date | null;

// Plain decimals, optionally with thousands commas or an exponent, as Excel turns them into numbers on opening.
const PLAIN_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/u;
// 0123 and -0123 keep their leading zero as text: client ids and account numbers.
const LEADING_ZERO = /^[+-]?0\d/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/u;
/** Digits beyond this are not kept by a double, so Excel would show a different number: such fields stay text. */
const MAX_DIGITS = 15;

function isoDate(field: string): Date | undefined {
  const m = ISO_DATE.exec(field);
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // 2024-02-30 is not a date; it stays text and the engine reports it where it matters.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return date;
}

/**
 * What a field becomes in the converted sheet: plain numbers and ISO dates as numbers and dates (as Excel shows
 * them after opening the CSV, so formulas and portable mode see numbers); everything else, including 1,234万,
 * ¥500, full-width digits and ids with a leading zero, stays text for the engine's own parsing and notes.
 */
export function csvCellValue(field: string): CsvCell {
  if (field === '') return null;
  const trimmed = field.trim();
  if (PLAIN_NUMBER.test(trimmed) && !LEADING_ZERO.test(trimmed)) {
    const digits = trimmed.replace(/[eE].*$/u, '').replace(/\D/gu, '').replace(/^0+/u, '');
    const value = Number(trimmed.replace(/,/gu, ''));
    if (digits.length <= MAX_DIGITS && Number.isFinite(value)) return value;
    return field;
  }
  return isoDate(trimmed) ?? field;
}
