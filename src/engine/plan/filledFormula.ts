/**
 * A formula "filled down" a column, as Excel's fill handle and its shared formulas (`<f t="shared">`) understand
 * it: every relative row reference moves with the row, absolute ones ($5), names, functions and text stay.
 * Why in the engine: whether a cell is the column's formula moved down is a decision about what is written; the
 * package editor only chooses how to spell it.
 */

/** Highest worksheet row; a reference moved past it (or above row 1) is not a filled copy. */
const LAST_ROW = 1_048_576;

/** A cell reference's parts: `$`, column letters, `$`, row digits; or a "…" string or '…' sheet name, kept whole. */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/gu;

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code > 127;
}

/**
 * `formula` moved down by `rows` rows (negative: up), or undefined when a relative reference would leave the sheet.
 * A letters-digits run counts as a reference only when it stands alone (not part of a name such as tb_w_1, not a
 * function such as LOG10( and not a sheet name before "!").
 */
export function formulaMovedDown(formula: string, rows: number): string | undefined {
  if (rows === 0) return formula;
  let outside = false;
  const moved = formula.replace(TOKEN, (token: string, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string, at: number) => {
    if (letters === undefined || rowAbs === '$') return token;
    const before = at > 0 ? formula.charCodeAt(at - 1) : 0;
    const after = at + token.length < formula.length ? formula.charCodeAt(at + token.length) : 0;
    if ((colAbs === '' && isNameChar(before)) || isNameChar(after) || after === 40 /* ( */ || after === 33 /* ! */) return token;
    const row = Number(digits) + rows;
    if (row < 1 || row > LAST_ROW) { outside = true; return token; }
    return `${colAbs}${letters}${row}`;
  });
  return outside ? undefined : moved;
}

/** A master formula cut at its relative row references: text between them, and each reference's fixed part and row. */
interface FilledPattern {
  readonly texts: readonly string[];
  readonly refs: readonly { readonly head: string; readonly row: number }[];
}

function patternOf(master: string): FilledPattern {
  const texts: string[] = [];
  const refs: { head: string; row: number }[] = [];
  let from = 0;
  master.replace(TOKEN, (token: string, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string, at: number) => {
    if (letters === undefined || rowAbs === '$') return token;
    const before = at > 0 ? master.charCodeAt(at - 1) : 0;
    const after = at + token.length < master.length ? master.charCodeAt(at + token.length) : 0;
    if ((colAbs === '' && isNameChar(before)) || isNameChar(after) || after === 40 || after === 33) return token;
    texts.push(master.slice(from, at));
    refs.push({ head: `${colAbs}${letters}`, row: Number(digits) });
    from = at + token.length;
    return token;
  });
  texts.push(master.slice(from));
  return { texts, refs };
}

/**
 * Whether formulas are `master` (written at `masterRow`) filled down, checked piece by piece without building the
 * moved text. Why: a filled column asks this once per row, and a moved copy per row was most of the write's garbage.
 */
export function filledFromMaster(master: string, masterRow: number): (formula: string, row: number) => boolean {
  const { texts, refs } = patternOf(master);
  return (formula, row) => {
    const delta = row - masterRow;
    if (!formula.startsWith(texts[0])) return false;
    let at = texts[0].length;
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k];
      const moved = ref.row + delta;
      if (moved < 1 || moved > LAST_ROW || !formula.startsWith(ref.head, at)) return false;
      at += ref.head.length;
      const digits = String(moved);
      if (!formula.startsWith(digits, at)) return false;
      at += digits.length;
      const text = texts[k + 1];
      if (!formula.startsWith(text, at)) return false;
      at += text.length;
    }
    return at === formula.length;
  };
}

/** Whether `formula` at worksheet row `row` is exactly `master` (written at `masterRow`) filled down to it. */
export function isFilledFrom(master: string, masterRow: number, formula: string, row: number): boolean {
  return filledFromMaster(master, masterRow)(formula, row);
}
