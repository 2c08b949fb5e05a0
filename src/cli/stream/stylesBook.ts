import type { CellLook } from '../../engine';
import { attributeOf, escapeXmlAttribute, findElement, findElements, prefixOf, withAttribute, withoutAttribute } from './xmlText';

/** Number formats Excel knows by id without a `<numFmt>` (the ones ExcelJS maps to a format code). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
const FIRST_CUSTOM_FORMAT = 164;

/** Whether a number format shows a date (ExcelJS's test, which the add-in's tests read fixtures with too). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/u.test(format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, ''));
}


const MINIMAL_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/**
 * The workbook's styles.xml, read once: which cell formats are dates (for reading), and the formats TierBook adds
 * for what it writes (bold headers, number formats, wrapped text), appended so every existing index stays valid.
 */
export class StylesBook {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly customFormats = new Map<number, string>();
  private readonly fonts: string[];
  private readonly xfs: string[];
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly addedFonts: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly lookCache = new Map<string, number>();
  /** xf index → whether ExcelJS would read a number in that format as a date. */
  readonly dateStyles: readonly boolean[];
  /** Whether the package had no styles part and this one must be added. */
  readonly isNew: boolean;

  constructor(xml: string | undefined) {
    this.isNew = xml === undefined;
    this.xml = xml ?? MINIMAL_STYLES;
    const sheet = findElement(this.xml, 'styleSheet');
    this.prefix = sheet ? prefixOf(sheet) : '';
    const numFmts = findElement(this.xml, 'numFmts');
    for (const f of numFmts?.inner ? findElements(numFmts.inner, 'numFmt') : []) {
      this.customFormats.set(Number(attributeOf(f.startTag, 'numFmtId')), attributeOf(f.startTag, 'formatCode') ?? '');
    }
    const fonts = findElement(this.xml, 'fonts');
    this.fonts = fonts?.inner ? findElements(fonts.inner, 'font').map((f) => f.xml) : [];
    const cellXfs = findElement(this.xml, 'cellXfs');
    this.xfs = cellXfs?.inner ? findElements(cellXfs.inner, 'xf').map((x) => x.xml) : [];
    this.dateStyles = this.xfs.map((xf) => {
      const id = Number(attributeOf(xf, 'numFmtId') ?? 0);
      return id !== 0 && isDateFormat(this.customFormats.get(id) ?? BUILT_IN_FORMATS[id]);
    });
  }

  /** The number format code of cell format `xf`, or undefined for General (or an unknown index). */
  numberFormatOf(xf: number): string | undefined {
    const tag = this.xfs[xf];
    const id = tag === undefined ? 0 : Number(attributeOf(tag, 'numFmtId') ?? 0);
    return id === 0 ? undefined : this.customFormats.get(id) ?? BUILT_IN_FORMATS[id];
  }

  /** The id of a number format, built-in, already defined, or added now. */
  private formatId(code: string): number {
    for (const [id, builtIn] of Object.entries(BUILT_IN_FORMATS)) if (builtIn === code) return Number(id);
    for (const [id, existing] of this.customFormats) if (existing === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  private fontCount(): number {
    return this.fonts.length + this.addedFonts.length;
  }

  /** Font `fontId` made bold (the same font when it already is). */
  private boldFont(fontId: number): number {
    const font = this.fonts[fontId] ?? this.fonts[0] ?? `<${this.prefix}font/>`;
    if (/<(?:[\w.-]+:)?b(?:\s+val="(?:1|true)")?\s*\/>/u.test(font)) return fontId;
    const open = /^<[^>]*?(\/?)>/u.exec(font);
    if (!open) return fontId;
    const plain = font.replace(/<(?:[\w.-]+:)?b\b[^>]*\/>/gu, '');
    const bold = open[1] === '/'
      ? `${open[0].slice(0, -2)}><${this.prefix}b/></${this.prefix}font>`
      : `${open[0]}<${this.prefix}b/>${plain.slice(open[0].length)}`;
    return this.addFont(bold);
  }

  /** A font's index: an identical one already there (an earlier run added it), else a new one. */
  private addFont(font: string): number {
    const existing = this.fonts.indexOf(font);
    if (existing >= 0) return existing;
    const added = this.addedFonts.indexOf(font);
    if (added >= 0) return this.fonts.length + added;
    this.addedFonts.push(font);
    return this.fontCount() - 1;
  }

  /** A cell format's index: an identical one already there, else a new one, so re-runs do not grow styles.xml. */
  private addXf(xf: string): number {
    const existing = this.xfs.indexOf(xf);
    if (existing >= 0) return existing;
    const added = this.addedXfs.indexOf(xf);
    if (added >= 0) return this.xfs.length + added;
    this.addedXfs.push(xf);
    return this.xfs.length + this.addedXfs.length - 1;
  }

  /** The cell format for a look, on the workbook's default font: the same look gives the same index, across runs too. */
  styleFor(look: CellLook): number {
    const key = `${look.numberFormat ?? ''}|${look.bold ? 1 : 0}|${look.wrap ? 1 : 0}`;
    const cached = this.lookCache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = look.numberFormat ? this.formatId(look.numberFormat) : 0;
    const fontId = look.bold ? this.boldFont(0) : 0;
    const p = this.prefix;
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    xf += look.wrap ? ` applyAlignment="1"><${p}alignment wrapText="1" vertical="top"/></${p}xf>` : '/>';
    const index = this.addXf(xf);
    this.lookCache.set(key, index);
    return index;
  }

  /**
   * Cell format `base` (a header cell's) made bold and without its number format, the way the add-in
   * styles the headers it appends: fill, border and alignment kept.
   */
  boldVariantOf(base: number | undefined): number {
    const source = base === undefined ? undefined : this.xfs[base];
    if (source === undefined) return this.styleFor({ bold: true });
    const open = /^<[^>]*?\/?>/u.exec(source)?.[0] ?? source;
    let startTag = withAttribute(withoutAttribute(open, 'applyNumberFormat'), 'numFmtId', '0');
    startTag = withAttribute(startTag, 'fontId', String(this.boldFont(Number(attributeOf(open, 'fontId') ?? 0))));
    startTag = withAttribute(startTag, 'applyFont', '1');
    return this.addXf(startTag + source.slice(open.length));
  }

  /** styles.xml with the additions appended and the counts updated. */
  toXml(): string {
    let xml = this.xml;
    const p = this.prefix;
    xml = appendChildren(xml, 'cellXfs', this.addedXfs, this.xfs.length + this.addedXfs.length, p, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    xml = appendChildren(xml, 'fonts', this.addedFonts, this.fontCount(), p, ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    const formats = this.addedFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXmlAttribute(f.code)}"/>`);
    return appendChildren(xml, 'numFmts', formats, this.customFormats.size, p, ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
  }
}

/**
 * `children` appended to container `name` with its count set; a missing container is created before the first of
 * `before` (the elements that follow it in the schema's order).
 */
function appendChildren(xml: string, name: string, children: readonly string[], count: number, prefix: string, before: readonly string[]): string {
  if (children.length === 0) return xml;
  const element = findElement(xml, name);
  if (element) {
    const startTag = withAttribute(element.startTag.endsWith('/>') ? `${element.startTag.slice(0, -2)}>` : element.startTag, 'count', String(count));
    const inner = element.inner ?? '';
    return `${xml.slice(0, element.start)}${startTag}${inner}${children.join('')}</${prefixOf(element)}${name}>${xml.slice(element.end)}`;
  }
  const created = `<${prefix}${name} count="${count}">${children.join('')}</${prefix}${name}>`;
  for (const next of before) {
    const follower = findElement(xml, next);
    if (follower) return xml.slice(0, follower.start) + created + xml.slice(follower.start);
  }
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + created + xml.slice(close);
}
