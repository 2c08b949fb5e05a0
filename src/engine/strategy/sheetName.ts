/** Excel's limit on a worksheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** The first `max` code units of `s`, never cutting a surrogate pair in half. */
function truncateUnits(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * A name Excel accepts: none of : \ / ? * [ ], no leading or trailing apostrophe, at most 31 characters,
 * never empty. Why here and not in the renderer: the plan's preferredName should already be valid, so that
 * both renderers agree on it.
 */
export function safeSheetName(name: string, fallback = 'Sheet'): string {
  const cleaned = name.replace(/[:\\/?*[\]]/gu, '_').replace(/\p{Cc}/gu, ' ').trim().replace(/^'+|'+$/gu, '');
  const cut = truncateUnits(cleaned, MAX_SHEET_NAME_LENGTH).trim().replace(/'+$/u, '');
  return cut === '' ? fallback : cut;
}

/** A safe name not yet in `taken` (compared case-insensitively, as Excel does); adds it to `taken`. */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = safeSheetName(name);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${truncateUnits(base, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
