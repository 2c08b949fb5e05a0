const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day zero. */
export const DATE1904_OFFSET = 1462;

/**
 * A Date (UTC midnight = the day) → the Excel serial number Office.js would give.
 * Why: the engine sees dates as serials whatever the host, so a date column scores the same in the CLI and the add-in.
 */
export function excelSerialOfDate(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}
