// Text ⇄ XML for the parts the streaming path reads and writes by hand. Only what SpreadsheetML needs: the five
// predefined entities, numeric character references, and Excel's "_xHHHH_" escapes for characters XML 1.0 forbids.

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves entity and character references; text without "&" is returned as is. */
export function decodeXmlEntities(xml: string): string {
  if (!xml.includes('&')) return xml;
  return xml.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/gu, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excel stores characters XML cannot hold as "_xHHHH_" (hex in either case, as Excel reads it). */
export function decodeExcelEscapes(value: string): string {
  if (!value.includes('_x')) return value;
  return value.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Characters XML 1.0 forbids (control characters but tab and LF; U+FFFE, U+FFFF; a surrogate without its pair, which
// the 'u' flag matches only when lone), CR (an XML parser turns it into LF; Excel writes it as _x000D_ too), and a
// literal "_xHHHH_" that would be misread.
// eslint-disable-next-line no-control-regex -- matching exactly those control characters is the point
const NEEDS_EXCEL_ESCAPE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/u;
// eslint-disable-next-line no-control-regex -- as above
const EXCEL_ESCAPE_ALL = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/gu;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Element text: &, < and > escaped, forbidden characters as "_xHHHH_" (so the text survives a round trip). */
export function escapeXmlText(value: string): string {
  let text = value;
  if (NEEDS_EXCEL_ESCAPE.test(text)) text = text.replace(EXCEL_ESCAPE_ALL, (ch) => `_x${hex4(ch.charCodeAt(0))}_`);
  if (!/[&<>]/u.test(text)) return text;
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** An attribute value for double quotes. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;').replace(/\t/gu, '&#9;');
}

const attributePatterns = new Map<string, RegExp>();

/** Whether a start tag is written the way Excel and every common writer write it: ` name="value"`, nothing else. */
function isCanonicalTag(startTag: string): boolean {
  return startTag.indexOf("'") < 0 && startTag.indexOf('\t') < 0 && startTag.indexOf('\n') < 0 && startTag.indexOf('\r') < 0
    && startTag.indexOf(' =') < 0 && startTag.indexOf('= ') < 0;
}

/** The (decoded) value of attribute `name` in a start tag such as `<c r="A1" t="s">`, or undefined. */
export function attributeOf(startTag: string, name: string): string | undefined {
  // Why the fast path: this runs for every cell of a million-row sheet; the regex handles any other spelling.
  const key = ` ${name}="`;
  const at = startTag.indexOf(key);
  if (at >= 0) return decodeXmlEntities(startTag.slice(at + key.length, startTag.indexOf('"', at + key.length)));
  if (isCanonicalTag(startTag)) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.]/gu, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u');
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(startTag);
  if (!m) return undefined;
  return decodeXmlEntities(m[1] ?? m[2] ?? '');
}

/** The start tag with attribute `name` set to `value` (replaced where present, else added before the end). */
export function withAttribute(startTag: string, name: string, value: string): string {
  const without = withoutAttribute(startTag, name);
  const end = without.endsWith('/>') ? without.length - 2 : without.length - 1;
  return `${without.slice(0, end).replace(/\s+$/u, '')} ${name}="${escapeXmlAttribute(value)}"${without.slice(end)}`;
}

/** The start tag without attribute `name`. */
export function withoutAttribute(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s+${name.replace(/[.]/gu, '\\.')}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'u'), '');
}

/** One element found by `findElements`: where it is, its start tag and (unless self-closing) what it holds. */
export interface XmlElement {
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  readonly inner: string | undefined;
  readonly xml: string;
}

/**
 * Every element with local name `localName` (any namespace prefix) in `xml`, outermost first, for small parts
 * (workbook, relationships, content types, styles). Elements of the same name must not nest, which holds for
 * every element this module looks for.
 */
export function findElements(xml: string, localName: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${localName}(?=[\\s/>])`, 'gu');
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tagEnd = xml.indexOf('>', m.index);
    if (tagEnd < 0) break;
    const startTag = xml.slice(m.index, tagEnd + 1);
    if (startTag.endsWith('/>')) {
      found.push({ start: m.index, end: tagEnd + 1, startTag, inner: undefined, xml: startTag });
      open.lastIndex = tagEnd + 1;
      continue;
    }
    const close = `</${m[1]}${localName}>`;
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) break;
    const end = closeAt + close.length;
    found.push({ start: m.index, end, startTag, inner: xml.slice(tagEnd + 1, closeAt), xml: xml.slice(m.index, end) });
    open.lastIndex = end;
  }
  return found;
}

/** The first element named `localName`, or undefined. */
export function findElement(xml: string, localName: string): XmlElement | undefined {
  return findElements(xml, localName)[0];
}

/** The namespace prefix ("" or "x:") an element is written with in this part. */
export function prefixOf(element: XmlElement): string {
  const m = /^<((?:[A-Za-z_][\w.-]*:)?)/u.exec(element.startTag);
  return m ? m[1] : '';
}

/** The namespace declarations of a start tag: prefix ('' for the default namespace) → URI. */
export function namespaceDeclarations(startTag: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const m of startTag.matchAll(/\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) declared.set(m[1] ?? '', decodeXmlEntities(m[2] ?? m[3] ?? ''));
  return declared;
}

/**
 * The prefix bound to `uri` by the start tags of an element's ancestors (outermost first), or undefined when none
 * binds it: then whatever TierBook adds with that namespace must declare it itself. Why: writers declare namespaces
 * where they like (openpyxl declares `xmlns:r` on each `<sheet>`, not on `<workbook>`).
 */
export function prefixInScope(ancestorTags: readonly string[], uri: string): string | undefined {
  const scope = new Map<string, string>();
  for (const tag of ancestorTags) for (const [prefix, bound] of namespaceDeclarations(tag)) scope.set(prefix, bound);
  for (const [prefix, bound] of scope) if (prefix !== '' && bound === uri) return prefix;
  return undefined;
}
