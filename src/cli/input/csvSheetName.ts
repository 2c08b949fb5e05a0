import * as path from 'path';

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/gu;
const MAX_LENGTH = 31;

/** The client sheet of a converted text export is named after the file, within Excel's rules (31 characters, no []:*?/\). */
export function csvSheetName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(FORBIDDEN, '_').replace(/^'+|'+$/gu, '').trim();
  const name = Array.from(base).slice(0, MAX_LENGTH).join('').trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}
