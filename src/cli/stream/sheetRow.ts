import { attributeOf } from './xmlText';

/** One `<c>` of a row: its 1-based column, `s` and `t` attributes, content (undefined when self-closing) and span. */
export interface RowCell {
  readonly column: number;
  readonly style: string | undefined;
  readonly type: string | undefined;
  readonly inner: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** The element names a sheet's prefix gives ("<c", "</x:c>", …), made once per prefix. */
interface SheetTags {
  readonly cOpen: string;
  readonly cClose: string;
  readonly children: ReadonlyMap<string, { readonly open: string; readonly close: string }>;
}

const tagsByPrefix = new Map<string, SheetTags>();

function tagsOf(prefix: string): SheetTags {
  let tags = tagsByPrefix.get(prefix);
  if (!tags) {
    const children = new Map(['v', 'f', 'is'].map((name) => [name, { open: `<${prefix}${name}`, close: `</${prefix}${name}>` }]));
    tags = { cOpen: `<${prefix}c`, cClose: `</${prefix}c>`, children };
    tagsByPrefix.set(prefix, tags);
  }
  return tags;
}

function childTags(prefix: string, name: string): { readonly open: string; readonly close: string } {
  return tagsOf(prefix).children.get(name) ?? { open: `<${prefix}${name}`, close: `</${prefix}${name}>` };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * A cell start tag's r, s and t in one pass over it, any quotes and spacing. Why not attributeOf three times:
 * this runs for every cell of a million-row sheet, twice.
 */
export function cellTagAttributes(tag: string, from = 0, to = tag.length): { ref: string | undefined; style: string | undefined; type: string | undefined } {
  let ref: string | undefined;
  let style: string | undefined;
  let type: string | undefined;
  let i = from + 2;
  while (i < to && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 62 && tag.charCodeAt(i) !== 47) i++; // past "<c" or "<x:c"
  for (;;) {
    while (isSpace(tag.charCodeAt(i))) i++;
    const eq = tag.indexOf('=', i);
    if (eq < 0 || eq >= to) break;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(tag.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (isSpace(tag.charCodeAt(q))) q++;
    const quote = tag.charCodeAt(q);
    if (quote !== 34 && quote !== 39) break;
    const close = tag.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close >= to) break;
    if (nameEnd - i === 1) {
      const name = tag.charCodeAt(i);
      if (name === 114) ref = tag.slice(q + 1, close);
      else if (name === 115) style = tag.slice(q + 1, close);
      else if (name === 116) type = tag.slice(q + 1, close);
    }
    i = close + 1;
  }
  return { ref, style, type };
}

/** "AB12" → 28; 0 when the reference has no letters. */
export function columnNumberOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower-case
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return n;
}

/** "AB12" → 12. */
export function rowNumberOfRef(ref: string): number {
  const m = /(\d+)$/u.exec(ref);
  return m ? Number(m[1]) : 0;
}

/** The `<row …>` start tag of a row element. */
export function rowStartTag(rowXml: string): string {
  return rowXml.slice(0, rowXml.indexOf('>') + 1);
}

/** The row's `r`, or `fallback` (the previous row + 1) when the writer left it out, as the format allows. */
export function rowNumberOf(rowXml: string, fallback: number): number {
  const r = attributeOf(rowStartTag(rowXml), 'r');
  const n = r === undefined ? NaN : Number(r);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13; // space > / tab LF CR
}

/** The cells of a row element in document order; a cell without `r` takes the column after the previous one. */
export function cellsOf(rowXml: string, prefix: string): RowCell[] {
  const { cOpen: open, cClose: close } = tagsOf(prefix);
  const cells: RowCell[] = [];
  let column = 0;
  let pos = rowXml.indexOf('>') + 1;
  for (;;) {
    const start = rowXml.indexOf(open, pos);
    if (start < 0) break;
    if (!isNameEnd(rowXml.charCodeAt(start + open.length))) { pos = start + open.length; continue; }
    const tagEnd = rowXml.indexOf('>', start);
    if (tagEnd < 0) break;
    let end: number;
    let inner: string | undefined;
    if (rowXml.charCodeAt(tagEnd - 1) === 47) {
      end = tagEnd + 1;
    } else {
      const closeAt = rowXml.indexOf(close, tagEnd);
      if (closeAt < 0) break;
      inner = rowXml.slice(tagEnd + 1, closeAt);
      end = closeAt + close.length;
    }
    const { ref, style, type } = cellTagAttributes(rowXml, start, tagEnd + 1);
    column = ref === undefined ? column + 1 : columnNumberOf(ref) || column + 1;
    cells.push({ column, style, type, inner, start, end });
    pos = end;
  }
  return cells;
}

/**
 * The text of the first child element `<{prefix}{name}>` in a cell's content: "" when it is empty or
 * self-closing, undefined when there is none.
 */
export function childText(inner: string, prefix: string, name: string): string | undefined {
  const { open, close: closeTag } = childTags(prefix, name);
  let start = inner.indexOf(open);
  while (start >= 0 && !isNameEnd(inner.charCodeAt(start + open.length))) start = inner.indexOf(open, start + 1);
  if (start < 0) return undefined;
  const tagEnd = inner.indexOf('>', start);
  if (tagEnd < 0 || inner.charCodeAt(tagEnd - 1) === 47) return '';
  const close = inner.indexOf(closeTag, tagEnd);
  return close < 0 ? '' : inner.slice(tagEnd + 1, close);
}

/** The start tag of the first child `<{prefix}{name}…>`, or undefined. */
export function childStartTag(inner: string, prefix: string, name: string): string | undefined {
  const { open } = childTags(prefix, name);
  let start = inner.indexOf(open);
  while (start >= 0 && !isNameEnd(inner.charCodeAt(start + open.length))) start = inner.indexOf(open, start + 1);
  if (start < 0) return undefined;
  const tagEnd = inner.indexOf('>', start);
  return tagEnd < 0 ? undefined : inner.slice(start, tagEnd + 1);
}
