/** Excel's limit on sheet-name length. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in sheet names, and the reserved name "History". */
function sanitize(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/gu, '_').replace(/^'+|'+$/gu, '').trim() || 'TierBook';
  return cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
}

/**
 * `preferred` if no sheet has it yet (Excel compares names case-insensitively), else "name (2)", "name (3)", …,
 * shortened to fit 31 characters. A user's sheet is never reused or overwritten. Shared by the add-in and the runner.
 */
export function freeSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const base = sanitize(preferred);
  const first = base.slice(0, MAX_SHEET_NAME);
  if (!used.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
