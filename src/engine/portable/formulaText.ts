/** A text constant inside a formula: quoted, with quotes doubled. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/gu, '""')}"`;
}

/** A number constant inside a formula, at full precision (JS prints the shortest round-tripping form). */
export function formulaNumber(value: number): string {
  if (value === Infinity) return '9.99E+307';
  if (value === -Infinity) return '-9.99E+307';
  return String(value).replace('e+', 'E+').replace('e-', 'E-');
}

/** What Excel's TRIM does: strip ASCII spaces at both ends and collapse inner runs to one. */
export function excelTrim(value: string): string {
  return value.replace(/^ +| +$/gu, '').replace(/ {2,}/gu, ' ');
}
