import * as path from 'path';
import { PackageFormatError } from './packageFormatError';
import { attributeOf, decodeXmlEntities, findElement, findElements } from './xmlText';
import type { ZipArchive } from './zipArchive';

/** One relationship of a part: its id, type URI and the part it points at (resolved to a package path). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly xml: string;
}

/** A `<sheet>` of workbook.xml: worksheets and, kept as they are, chart, dialog and macro sheets. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Package path of its part, e.g. "xl/worksheets/sheet1.xml"; undefined when the relationship is missing. */
  readonly part: string | undefined;
  readonly isWorksheet: boolean;
  readonly xml: string;
}

/** A `<definedName>`: its name, sheet scope (index into the sheets) and formula text. */
export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | undefined;
  readonly formula: string;
  readonly xml: string;
}

/** What the streaming path needs to know of a package before it reads any sheet. */
export interface WorkbookPackage {
  readonly contentTypes: string;
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly relationshipsPart: string;
  readonly relationshipsXml: string;
  readonly relationships: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
  readonly calcChainPart: string | undefined;
}

const REL_TYPE = (suffix: string) => (type: string): boolean => type.endsWith(`/${suffix}`);
export const isWorksheetRelationship = REL_TYPE('worksheet');
const isOfficeDocument = REL_TYPE('officeDocument');
const isSharedStrings = REL_TYPE('sharedStrings');
const isStyles = REL_TYPE('styles');
const isCalcChain = REL_TYPE('calcChain');

/** The .rels part that belongs to `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** A relationship target ("worksheets/sheet1.xml", "/xl/styles.xml", "../x.xml") as a package path. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return path.posix.normalize(target.slice(1));
  const dir = path.posix.dirname(sourcePart);
  return path.posix.normalize(dir === '.' ? target : `${dir}/${target}`);
}

export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  return findElements(xml, 'Relationship').map((e) => {
    const target = attributeOf(e.startTag, 'Target') ?? '';
    const external = attributeOf(e.startTag, 'TargetMode') === 'External';
    return {
      id: attributeOf(e.startTag, 'Id') ?? '', type: attributeOf(e.startTag, 'Type') ?? '',
      target: external ? target : resolveTarget(sourcePart, target), external, xml: e.xml,
    };
  });
}

/** The attribute holding a sheet's relationship id: "r:id" in practice, whatever the prefix. */
function relationshipIdOf(startTag: string): string {
  const m = /\s([A-Za-z_][\w.-]*):id\s*=\s*(?:"([^"]*)"|'([^']*)')/u.exec(startTag);
  return m ? decodeXmlEntities(m[2] ?? m[3] ?? '') : '';
}

function parseSheets(workbookXml: string, relationships: readonly Relationship[]): SheetEntry[] {
  const sheetsElement = findElement(workbookXml, 'sheets');
  if (!sheetsElement?.inner) return [];
  const byId = new Map(relationships.map((r) => [r.id, r]));
  return findElements(sheetsElement.inner, 'sheet').map((e) => {
    const relationshipId = relationshipIdOf(e.startTag);
    const rel = byId.get(relationshipId);
    return {
      name: attributeOf(e.startTag, 'name') ?? '', sheetId: Number(attributeOf(e.startTag, 'sheetId') ?? 0), relationshipId,
      part: rel && !rel.external ? rel.target : undefined, isWorksheet: rel !== undefined && isWorksheetRelationship(rel.type), xml: e.xml,
    };
  });
}

function parseDefinedNames(workbookXml: string): DefinedName[] {
  const element = findElement(workbookXml, 'definedNames');
  if (!element?.inner) return [];
  return findElements(element.inner, 'definedName').map((e) => {
    const local = attributeOf(e.startTag, 'localSheetId');
    return { name: attributeOf(e.startTag, 'name') ?? '', localSheetId: local === undefined ? undefined : Number(local), formula: decodeXmlEntities(e.inner ?? ''), xml: e.xml };
  });
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

async function readPart(archive: ZipArchive, part: string): Promise<string | undefined> {
  const entry = archive.find(part);
  return entry ? archive.readText(entry) : undefined;
}

/** Reads the package's map: content types, the workbook part, its relationships, sheets and names. */
export async function readWorkbookPackage(archive: ZipArchive): Promise<WorkbookPackage> {
  const contentTypes = await readPart(archive, '[Content_Types].xml');
  const rootRels = await readPart(archive, '_rels/.rels');
  if (contentTypes === undefined || rootRels === undefined) throw new PackageFormatError('not an Office Open XML package (no [Content_Types].xml or _rels/.rels)');
  const officeDocument = parseRelationships(rootRels, '').find((r) => isOfficeDocument(r.type));
  const workbookPart = officeDocument?.target ?? 'xl/workbook.xml';
  const workbookXml = await readPart(archive, workbookPart);
  if (workbookXml === undefined) throw new PackageFormatError(`the workbook part ${workbookPart} is missing`);
  const relationshipsPart = relationshipsPartOf(workbookPart);
  const relationshipsXml = (await readPart(archive, relationshipsPart)) ?? '';
  const relationships = parseRelationships(relationshipsXml, workbookPart);
  const partOf = (test: (type: string) => boolean): string | undefined => relationships.find((r) => !r.external && test(r.type))?.target;
  const workbookPr = findElement(workbookXml, 'workbookPr');
  return {
    contentTypes, workbookPart, workbookXml, relationshipsPart, relationshipsXml, relationships,
    sheets: parseSheets(workbookXml, relationships),
    definedNames: parseDefinedNames(workbookXml),
    date1904: workbookPr !== undefined && isTrue(attributeOf(workbookPr.startTag, 'date1904')),
    sharedStringsPart: partOf(isSharedStrings),
    stylesPart: partOf(isStyles),
    calcChainPart: partOf(isCalcChain),
  };
}
