import { PackageFormatError } from './packageFormatError';
import { quotedSheet } from '../../engine';
import type { DefinedName, Relationship, SheetEntry, WorkbookPackage } from './workbookPackage';
import { attributeOf, escapeXmlAttribute, escapeXmlText, findElement, findElements, prefixInScope, prefixOf, withAttribute, type XmlElement } from './xmlText';

/** A worksheet the plan adds, in place of a removed sheet (same tab) or at the end. */
export interface AddedSheet {
  readonly name: string;
  /** Package path, e.g. "xl/worksheets/sheet9.xml". */
  readonly part: string;
  readonly relationshipId: string;
  readonly sheetId: number;
  readonly replaces: SheetEntry | undefined;
}

/** Everything the workbook part changes by. */
export interface WorkbookEdit {
  readonly removed: ReadonlySet<SheetEntry>;
  readonly added: readonly AddedSheet[];
  /** Workbook-scope names to (re)define: name → formula ("'分级模型'!$A$1"). */
  readonly names: ReadonlyMap<string, string>;
  /** Names to drop whatever they point at (TierBook's markers from an earlier run). */
  readonly dropName: (name: string) => boolean;
  readonly fullCalcOnLoad: boolean;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const SHARED_STRINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
export const SHARED_STRINGS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
export const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Elements that follow definedNames / calcPr in CT_Workbook, for inserting either where it belongs. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

function replaceElement(xml: string, element: XmlElement, replacement: string): string {
  return xml.slice(0, element.start) + replacement + xml.slice(element.end);
}

/** Inserts `fragment` before the first of `followers` present, else before the root's end tag. */
function insertBefore(xml: string, fragment: string, followers: readonly string[]): string {
  for (const name of followers) {
    const next = findElement(xml, name);
    if (next) return xml.slice(0, next.start) + fragment + xml.slice(next.start);
  }
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + fragment + xml.slice(close);
}

/** Old sheet index → new one (undefined for a removed sheet), for localSheetId, activeTab and firstSheet. */
function sheetIndexMap(sheets: readonly SheetEntry[], edit: WorkbookEdit): (old: number) => number | undefined {
  const order: (SheetEntry | AddedSheet)[] = [];
  for (const sheet of sheets) {
    if (!edit.removed.has(sheet)) order.push(sheet);
    else { const replacement = edit.added.find((a) => a.replaces === sheet); if (replacement) order.push(replacement); }
  }
  return (old) => {
    const sheet = sheets[old];
    if (!sheet || edit.removed.has(sheet)) return undefined;
    return order.indexOf(sheet);
  };
}

function refersToSheet(formula: string, sheet: string): boolean {
  return formula.includes(`${quotedSheet(sheet)}!`) || (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && new RegExp(`(^|[^\\p{L}\\p{N}_.'])${sheet.replace(/\./gu, '\\.')}!`, 'u').test(formula));
}

/**
 * The `<sheet>` list after the edit. An added `<sheet>` uses the relationships prefix the workbook and `<sheets>`
 * bind, and declares its own `xmlns:r` when they bind none (openpyxl declares it on each `<sheet>` instead).
 */
function sheetsXml(pkg: WorkbookPackage, edit: WorkbookEdit, prefix: string, ancestorTags: readonly string[]): string {
  const bound = prefixInScope(ancestorTags, REL_NS);
  const relAttribute = bound === undefined ? `xmlns:r="${REL_NS}" r:id` : `${bound}:id`;
  const element = (a: AddedSheet): string => `<${prefix}sheet name="${escapeXmlAttribute(a.name)}" sheetId="${a.sheetId}" ${relAttribute}="${a.relationshipId}"/>`;
  const parts: string[] = [];
  for (const sheet of pkg.sheets) {
    if (!edit.removed.has(sheet)) { parts.push(sheet.xml); continue; }
    const replacement = edit.added.find((a) => a.replaces === sheet);
    if (replacement) parts.push(element(replacement));
  }
  for (const added of edit.added) if (!added.replaces) parts.push(element(added));
  return parts.join('');
}

function keptName(name: DefinedName, edit: WorkbookEdit, removedNames: readonly string[], newIndex: (old: number) => number | undefined): string | undefined {
  if (edit.dropName(name.name)) return undefined;
  if (name.localSheetId === undefined && edit.names.has(name.name)) return undefined;
  if (removedNames.some((sheet) => refersToSheet(name.formula, sheet))) return undefined;
  if (name.localSheetId === undefined) return name.xml;
  const index = newIndex(name.localSheetId);
  if (index === undefined) return undefined;
  return name.xml.replace(/^<[^>]*>/u, (tag) => withAttribute(tag, 'localSheetId', String(index)));
}

/**
 * workbook.xml after the plan: removed sheets gone (a replacing sheet takes its tab), new sheets listed, names
 * redefined (sheet-scoped ones re-pointed to their sheet's new index), and full recalculation on open when the
 * output holds formulas.
 */
export function editWorkbookXml(pkg: WorkbookPackage, edit: WorkbookEdit): string {
  let xml = pkg.workbookXml;
  const sheets = findElement(xml, 'sheets');
  if (!sheets) throw new PackageFormatError('the workbook part has no <sheets>');
  const root = findElement(xml, 'workbook');
  const rootTag = root?.startTag ?? '';
  // Elements added as children of the root take the root's prefix, which is declared on the root itself.
  const prefix = root ? prefixOf(root) : prefixOf(sheets);
  const newIndex = sheetIndexMap(pkg.sheets, edit);
  const removedNames = Array.from(edit.removed, (s) => s.name);
  xml = replaceElement(xml, sheets, `${sheets.startTag}${sheetsXml(pkg, edit, prefixOf(sheets), [rootTag, sheets.startTag])}</${prefixOf(sheets)}sheets>`);
  const definedNames = findElement(xml, 'definedNames');
  const namesPrefix = definedNames ? prefixOf(definedNames) : prefix;
  const names = [
    ...pkg.definedNames.map((n) => keptName(n, edit, removedNames, newIndex)).filter((n): n is string => n !== undefined),
    ...Array.from(edit.names, ([name, formula]) => `<${namesPrefix}definedName name="${escapeXmlAttribute(name)}">${escapeXmlText(formula)}</${namesPrefix}definedName>`),
  ];
  const namesXml = names.length > 0 ? `<${namesPrefix}definedNames>${names.join('')}</${namesPrefix}definedNames>` : '';
  xml = definedNames ? replaceElement(xml, definedNames, namesXml) : insertBefore(xml, namesXml, AFTER_DEFINED_NAMES);
  for (const view of findElements(xml, 'workbookView').reverse()) {
    let tag = view.startTag;
    for (const attribute of ['activeTab', 'firstSheet']) {
      const old = attributeOf(tag, attribute);
      if (old !== undefined) tag = withAttribute(tag, attribute, String(newIndex(Number(old)) ?? 0));
    }
    xml = xml.slice(0, view.start) + tag + xml.slice(view.start + view.startTag.length);
  }
  if (edit.fullCalcOnLoad) {
    const calcPr = findElement(xml, 'calcPr');
    xml = calcPr
      ? xml.slice(0, calcPr.start) + withAttribute(calcPr.startTag, 'fullCalcOnLoad', '1') + xml.slice(calcPr.start + calcPr.startTag.length)
      : insertBefore(xml, `<${prefix}calcPr fullCalcOnLoad="1"/>`, AFTER_CALC_PR);
  }
  return xml;
}

/** The first free "rIdN" ids, as many as asked. */
export function freeRelationshipIds(relationships: readonly Relationship[], count: number): string[] {
  const taken = new Set(relationships.map((r) => r.id));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!taken.has(`rId${n}`)) ids.push(`rId${n}`);
  return ids;
}

/** The workbook's relationships without the dropped parts' and with the new ones (targets relative to xl/). */
export function editRelationshipsXml(pkg: WorkbookPackage, droppedParts: ReadonlySet<string>, added: readonly { id: string; type: string; target: string }[]): string {
  const source = pkg.relationshipsXml || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let xml = source;
  for (const rel of [...pkg.relationships].reverse()) {
    if (!rel.external && droppedParts.has(rel.target.toLowerCase())) xml = xml.replace(rel.xml, '');
  }
  const root = findElement(xml, 'Relationships');
  const p = root ? prefixOf(root) : '';
  const fragment = added.map((r) => `<${p}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXmlAttribute(r.target)}"/>`).join('');
  const close = xml.lastIndexOf(`</${p}Relationships>`);
  return close < 0 ? xml.replace(/<((?:[\w.-]+:)?)Relationships([^>]*)\/>/u, `<$1Relationships$2>${fragment}</$1Relationships>`) : xml.slice(0, close) + fragment + xml.slice(close);
}

/** [Content_Types].xml without the dropped parts' overrides and with overrides for the new parts. */
export function editContentTypesXml(xml: string, droppedParts: ReadonlySet<string>, added: readonly { part: string; contentType: string }[]): string {
  let result = xml;
  for (const override of findElements(xml, 'Override').reverse()) {
    const part = (attributeOf(override.startTag, 'PartName') ?? '').replace(/^\//u, '').toLowerCase();
    if (droppedParts.has(part)) result = result.slice(0, override.start) + result.slice(override.end);
  }
  const root = findElement(result, 'Types');
  const p = root ? prefixOf(root) : '';
  const fragment = added.map((a) => `<${p}Override PartName="/${escapeXmlAttribute(a.part)}" ContentType="${a.contentType}"/>`).join('');
  const close = result.lastIndexOf(`</${p}Types>`);
  if (close < 0) throw new PackageFormatError('[Content_Types].xml has no </Types>');
  return result.slice(0, close) + fragment + result.slice(close);
}
