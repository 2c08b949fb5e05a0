import { type CellValue, isBlankCell, isExcelError } from './cellValue';

/** What a cell meant as a number: a value (and whether text had to be parsed), missing, or unreadable. */
export type NumericCell =
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly text: string };

const MISSING_MARKERS: ReadonlySet<string> = new Set(['-', '--', '—', '——', '–', 'n/a', '#n/a']);
const CURRENCY = /^(?:rmb|cny|[¥$])\s*/u;
const UNIT_SUFFIX = /\s*(?:元|rmb|cny)$/u;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/u;
/** Powers of ten: applied to the decimal text, not by multiplying floats (57 × 0.01 is 0.5700000000000001). */
const SCALE: Readonly<Record<string, number>> = { '万': 4, '亿': 8, '%': -2 };

const MISSING: NumericCell = { kind: 'missing' };

/**
 * Reads a cell as a number the way an analyst would: "1.2万", "¥1,234.50", "１２３" and "12%" are numbers;
 * blanks, dashes, N/A and Excel errors are missing; anything else is unreadable and must be reported.
 */
export function parseNumericCell(raw: CellValue): NumericCell {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw, fromText: false } : { kind: 'invalid', text: String(raw) };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', text: raw ? 'TRUE' : 'FALSE' };
  if (isBlankCell(raw) || raw === null) return MISSING;
  if (isExcelError(raw) || MISSING_MARKERS.has(raw.normalize('NFKC').trim().toLowerCase())) return MISSING;
  const value = parseNumericText(raw);
  return value === undefined ? { kind: 'invalid', text: raw } : { kind: 'number', value, fromText: true };
}

/**
 * Whether the text holds a character that NFKC turns into a digit but that is not a digit a person types as one:
 * superscripts and subscripts ("²", "₂"), circled and parenthesised numbers ("①", "⑴"), mathematical digits.
 * Why: "10²" or "①" would otherwise read as 102 or 1; full-width digits ("１２３") stay numbers.
 */
export function hasLookalikeDigit(raw: string): boolean {
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xff10 && code <= 0xff19)) continue;
    if (/\d/u.test(ch.normalize('NFKC'))) return true;
  }
  return false;
}

/** Strict numeric-text grammar: [sign] [currency] [sign] digits [.digits] [万|亿|%] [元]; otherwise undefined. */
function parseNumericText(raw: string): number | undefined {
  if (hasLookalikeDigit(raw)) return undefined;
  // NFKC folds full-width digits, signs, points, "，" and "￥" into ASCII (￥ becomes ¥).
  let s = raw.normalize('NFKC').trim().toLowerCase();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1).trimStart();
  }
  s = s.replace(CURRENCY, '').replace(UNIT_SUFFIX, '').trim();
  if (s.startsWith('-') || s.startsWith('+')) {
    if (sign === -1) return undefined;
    if (s[0] === '-') sign = -1;
    s = s.slice(1).trimStart();
  }
  let shift = 0;
  const last = s.slice(-1);
  if (last in SCALE) {
    shift = SCALE[last];
    s = s.slice(0, -1).trimEnd();
  }
  const digits = stripThousandsSeparators(s);
  if (digits === undefined || !PLAIN_NUMBER.test(digits)) return undefined;
  const value = sign * shiftedNumber(digits, shift);
  return Number.isFinite(value) ? value : undefined;
}

/** digits × 10^shift read as one decimal literal, so "57%" is 0.57 and "0.07万" is 700, as on paper. */
function shiftedNumber(digits: string, shift: number): number {
  if (shift === 0) return Number(digits);
  const [mantissa, exponent = '0'] = digits.split('e');
  return Number(`${mantissa}e${Number(exponent) + shift}`);
}

/** "1,234,567.5" → "1234567.5"; separators must group threes, so "1,2" stays unreadable rather than becoming 12. */
function stripThousandsSeparators(s: string): string | undefined {
  if (!s.includes(',')) return s;
  const [intPart, ...rest] = s.split('.');
  if (rest.length > 1) return undefined;
  if (!/^\d{1,3}(?:,\d{3})+$/u.test(intPart)) return undefined;
  return intPart.replace(/,/gu, '') + (rest.length ? '.' + rest[0] : '');
}

/** True for the cells that count as missing rather than as unreadable. */
export function isMissingMarker(raw: CellValue): boolean {
  return parseNumericCell(raw).kind === 'missing';
}
