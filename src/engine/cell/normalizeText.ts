/**
 * The form two labels must share to count as the same: NFKC (full-width → ASCII), trimmed, case-folded.
 * Why: exports mix "Ｃ３", " c3 " and "C3"; analysts mean one thing.
 */
export function normalizeLabel(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

/** Header matching also ignores every whitespace, so "总资产 (元)" and "总资产（元）" meet. */
export function normalizeHeader(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** A cell's text as the user typed it, for messages; numbers keep Excel's plain form. */
export function cellText(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
