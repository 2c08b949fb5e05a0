import type { CellValue } from '../../engine';
import { excelSerialOfDate } from '../excelDate';
import { stringItemText } from './readSharedStrings';
import { childStartTag, childText, type RowCell } from './sheetRow';
import { attributeOf, decodeExcelEscapes, decodeXmlEntities } from './xmlText';

/** What reading a sheet's cells needs from the rest of the package. */
export interface CellReadContext {
  readonly sharedStrings: readonly string[];
  /** xf index → whether the cell's number is a date (see isDateFormat). */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** The sheet's namespace prefix ("" or "x:"). */
  readonly prefix: string;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A date-formatted number, rounded to the millisecond as every reader that turns it into a date does (ExcelJS,
 * Office.js's text): finer fractions are float noise from typing a time, and the scores then match the add-in's.
 */
function dateSerial(serial: number, date1904: boolean): number {
  return excelSerialOfDate(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS)), date1904);
}

function numberOf(text: string, style: string | undefined, context: CellReadContext): number {
  const value = parseFloat(text);
  return style !== undefined && context.dateStyles[Number(style)] ? dateSerial(value, context.date1904) : value;
}

/** A typed value text (`t` = str, b, e or a number): a cached formula result or a plain value. */
function typedValue(type: string | undefined, text: string, cell: RowCell, context: CellReadContext): CellValue {
  switch (type) {
    case 'str': return decodeExcelEscapes(text);
    case 'b': return parseInt(text, 10) !== 0;
    case 'e': return text;
    default: return numberOf(text, cell.style, context);
  }
}

/**
 * One streamed cell as the engine sees it: shared and inline strings (rich text too) as text, formulas as their
 * cached result of any type (a cached 0, FALSE or "" is that value; null only without one), errors as their text,
 * dates as serials. undefined means the cell holds nothing at all (it does not count towards the used range).
 */
export function streamedCellValue(cell: RowCell, context: CellReadContext): CellValue | undefined {
  const { inner } = cell;
  if (inner === undefined) return undefined;
  const { prefix } = context;
  const { type } = cell;
  const rawValue = childText(inner, prefix, 'v');
  const value = rawValue === undefined || rawValue === '' ? undefined : decodeXmlEntities(rawValue);
  const formulaTag = childStartTag(inner, prefix, 'f');
  if (formulaTag !== undefined && (childText(inner, prefix, 'f') !== '' || attributeOf(formulaTag, 't') !== undefined)) {
    if (value === undefined) return rawValue !== undefined ? '' : null; // an empty <v> caches "" (xlsxwriter leaves t out)
    return typedValue(type, value, cell, context);
  }
  if (type === 'inlineStr') {
    const item = childText(inner, prefix, 'is');
    return item === undefined ? undefined : stringItemText(item);
  }
  if (value === undefined) return undefined;
  if (type === 's') return context.sharedStrings[parseInt(value, 10)] ?? null;
  return typedValue(type, value, cell, context);
}
