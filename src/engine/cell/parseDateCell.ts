import { type CellValue, isBlankCell, isExcelError } from './cellValue';
import { hasLookalikeDigit, isMissingMarker } from './parseNumericCell';

/** What a cell meant as a calendar date: an Excel serial day (1900 system), missing, or unreadable. */
export type DateCell =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly text: string };

/** Excel's day 0 in the 1900 system is 1899-12-30 (its 1900 leap-year bug only affects dates before March 1900). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;
/** "2019-03-05", "2019/3/5", "2019.3.5", "2019年3月5日", optionally with a time after it. */
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/u;
/** "20190305", as 集中交易 exports often write dates, as text or as a number. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/u;

/** The serial of a calendar date, or undefined when there is no such day (2019-02-30). */
export function serialOfDate(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  const serial = Math.round((ms - EPOCH_MS) / DAY_MS);
  return serial >= 1 && serial <= LAST_SERIAL ? serial : undefined;
}

/** "2026-06-30" → its serial; anything else is undefined. */
export function serialOfIsoDate(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim());
  return m ? serialOfDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The serial of a moment's UTC calendar day: the run date when the host gives none (the add-in runs "today"). */
export function serialOfDay(moment: Date): number {
  return serialOfDate(moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate()) ?? 0;
}

/** A serial as "YYYY-MM-DD", for messages and the run log. */
export function isoDateOfSerial(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Reads a cell as a date: Excel serials (how hosts hand over real date cells), 8-digit 20190305, and the text
 * forms brokers' exports write. Blanks, dashes and errors are missing; anything else is unreadable.
 */
export function parseDateCell(raw: CellValue): DateCell {
  if (raw === null || (typeof raw === 'string' && (isBlankCell(raw) || isExcelError(raw) || isMissingMarker(raw)))) return { kind: 'missing' };
  if (typeof raw === 'boolean') return { kind: 'invalid', text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'number') {
    const compact = Number.isInteger(raw) ? COMPACT_DATE.exec(String(raw)) : null;
    if (compact) {
      const serial = serialOfDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
      if (serial !== undefined) return { kind: 'date', serial };
    }
    return raw >= 1 && raw < LAST_SERIAL + 1 ? { kind: 'date', serial: Math.floor(raw) } : { kind: 'invalid', text: String(raw) };
  }
  if (hasLookalikeDigit(raw)) return { kind: 'invalid', text: raw };
  const s = raw.normalize('NFKC').trim();
  const m = DATE_TEXT.exec(s) ?? COMPACT_DATE.exec(s);
  const serial = m ? serialOfDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return serial === undefined ? { kind: 'invalid', text: raw } : { kind: 'date', serial };
}

/** Whole and fractional years from the open date to the run date: days ÷ 365.25, so a check by hand is one division. */
export function tenureYears(openSerial: number, runSerial: number): number {
  return (runSerial - openSerial) / 365.25;
}
