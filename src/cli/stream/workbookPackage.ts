import * as path from 'path';
import { PackageFormatError } from './packageFormatError';
import { attributeOf, decodeExcelEscapes, decodeXmlEntities, findElement, findElements } from './xmlText';
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
  /** false when its tab is hidden (state="hidden" or "veryHidden"). */
  readonly visible: boolean;
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
      name: decodeExcelEscapes(attributeOf(e.startTag, 'name') ?? ''), sheetId: Number(attributeOf(e.startTag, 'sheetId') ?? 0), relationshipId,
      part: rel && !rel.external ? rel.target : undefined, isWorksheet: rel !== undefined && isWorksheetRelationship(rel.type),
      visible: (attributeOf(e.startTag, 'state') ?? 'visible') === 'visible', xml: e.xml,
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

/** Why a zip without the Office Open XML map is refused, naming OpenDocument when that is what it is. */
function notOfficeOpenXml(archive: ZipArchive): PackageFormatError {
  if (archive.find('mimetype') && archive.find('content.xml')) {
    return new PackageFormatError('this is an OpenDocument file (.ods), not an .xlsx: save it as .xlsx (LibreOffice: File > Save As > Excel 2007-365)',
      '这是 OpenDocument 文件（.ods），不是 .xlsx：请另存为 .xlsx（LibreOffice：文件 > 另存为 > Excel 2007-365）');
  }
  return new PackageFormatError('a zip file, but not an Office Open XML package (no [Content_Types].xml or _rels/.rels)',
    '是 zip 文件，但不是 Office Open XML 包（没有 [Content_Types].xml 或 _rels/.rels）');
}

/** Reads the package's map: content types, the workbook part, its relationships, sheets and names. */
export async function readWorkbookPackage(archive: ZipArchive): Promise<WorkbookPackage> {
  const contentTypes = await readPart(archive, '[Content_Types].xml');
  const rootRels = await readPart(archive, '_rels/.rels');
  if (contentTypes === undefined || rootRels === undefined) throw notOfficeOpenXml(archive);
  const officeDocument = parseRelationships(rootRels, '').find((r) => isOfficeDocument(r.type));
  const workbookPart = officeDocument?.target ?? 'xl/workbook.xml';
  if (/\.bin$/iu.test(workbookPart)) {
    throw new PackageFormatError('this is a binary Excel workbook (.xlsb): open it in Excel and save it as .xlsx',
      '这是二进制 Excel 工作簿（.xlsb）：请在 Excel 中另存为 .xlsx');
  }
  const workbookXml = await readPart(archive, workbookPart);
  if (workbookXml === undefined) {
    throw new PackageFormatError(`the package holds no workbook (${officeDocument?.target ?? 'no xl/workbook.xml'}): is it a Word or PowerPoint file?`,
      `压缩包中没有工作簿（${officeDocument?.target ?? '没有 xl/workbook.xml'}）：是否为 Word 或 PowerPoint 文件？`);
  }
  if (findElement(workbookXml, 'workbook') === undefined) {
    throw new PackageFormatError(`${workbookPart} is not a SpreadsheetML workbook: is it a Word or PowerPoint file?`,
      `${workbookPart} 不是 SpreadsheetML 工作簿：是否为 Word 或 PowerPoint 文件？`);
  }
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
