import * as path from 'path';
import {
  absoluteCellReference, columnCellLook, isPlainLook, isTierBookMarker, outputNames, planSheetActions, type OutputLayout, type OutputNames, type OutputPlan, type PlanSheet,
} from '../../engine';
import { appendToSheetXml } from './appendToSheetXml';
import {
  editContentTypesXml, editRelationshipsXml, editWorkbookXml, freeRelationshipIds, SHARED_STRINGS_CONTENT_TYPE, SHARED_STRINGS_TYPE,
  STYLES_CONTENT_TYPE, STYLES_TYPE, WORKSHEET_CONTENT_TYPE, WORKSHEET_TYPE, type AddedSheet, type WorkbookEdit,
} from './editWorkbookParts';
import { runTimings } from '../phaseTimings';
import { newPlanSheetXmlChunks } from './planSheetXml';
import type { StreamedPreviousOutput } from './previousStreamedOutput';
import type { ClearedColumns } from './rowValues';
import { SharedStringTable, sharedStringsWithAdditions } from './sharedStringTable';
import { SheetRewriter, type ColumnInsert } from './sheetRewriter';
import { SheetXmlSplitter } from './sheetXmlSplitter';
import type { StylesBook } from './stylesBook';
import { relationshipsPartOf, type SheetEntry, type WorkbookPackage } from './workbookPackage';
import type { ZipArchive, ZipEntry } from './zipArchive';
import type { TextChunk, ZipWriter } from './zipWriter';

/** What pass 2 needs: the input package, the plan, and what pass 1 learned. */
export interface StreamedWriteInput {
  readonly archive: ZipArchive;
  readonly pkg: WorkbookPackage;
  readonly plan: OutputPlan;
  readonly clientSheet: SheetEntry;
  readonly previous: StreamedPreviousOutput;
  readonly clearedBySheet: ReadonlyMap<string, ClearedColumns>;
  /** xf of the client sheet's header cell in the last used column, which the appended headers are styled after. */
  readonly headerStyle: number | undefined;
  readonly styles: StylesBook;
  readonly sharedStringCount: number;
  /** The first shared-formula `si` the client sheet leaves free (pass 1's freeSharedIndex). */
  readonly freeSharedIndex: number;
  /** Keep a macro-enabled workbook's VBA project (an .xlsm output); an .xlsx output must not hold one. */
  readonly keepMacros: boolean;
  readonly progress: (done: number, total: number) => void;
}

const MACRO_WORKBOOK_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** The VBA project part and its relationships, which an .xlsx may not contain (Excel refuses to open it). */
function macroParts(pkg: WorkbookPackage): string[] {
  return pkg.relationships.filter((r) => !r.external && r.type.endsWith('/vbaProject')).flatMap((r) => [r.target, relationshipsPartOf(r.target)]);
}

/** A plan sheet's fate as the engine decided it: appended to an existing sheet, or written as a new part. */
type SheetTarget = { readonly plan: PlanSheet; readonly name: string } & ({ readonly continued: SheetEntry } | { readonly added: AddedSheet });

/** "xl/worksheets/sheet{n}.xml" names no part of the package uses yet. */
function freeSheetParts(archive: ZipArchive, workbookPart: string, count: number): string[] {
  const dir = path.posix.dirname(workbookPart);
  const parts: string[] = [];
  for (let n = 1; parts.length < count; n++) {
    const part = path.posix.join(dir, 'worksheets', `sheet${n}.xml`);
    if (!archive.find(part)) parts.push(part);
  }
  return parts;
}

/** `preferred` ("xl/styles.xml"), or "xl/styles2.xml", … when a part of that name exists without being related. */
function freePartName(archive: ZipArchive, preferred: string): string {
  const { dir, name, ext } = path.posix.parse(preferred);
  for (let n = 1; ; n++) {
    const part = n === 1 ? preferred : path.posix.join(dir, `${name}${n}${ext}`);
    if (!archive.find(part)) return part;
  }
}

/**
 * The engine's sheet actions carried out on parts: an appended sheet is continued in its part, a reused one is
 * written as a new part in the old one's place (under its current name), a created one is added at the end.
 */
function placeSheets(input: StreamedWriteInput, layout: OutputLayout, sheetNamed: (name: string) => SheetEntry | undefined): SheetTarget[] {
  const { pkg, archive } = input;
  const fresh = layout.sheets.filter((a) => !(a.kind === 'append' && sheetNamed(a.sheetName)));
  const parts = freeSheetParts(archive, pkg.workbookPart, fresh.length);
  const ids = freeRelationshipIds(pkg.relationships, fresh.length);
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  return layout.sheets.map((action): SheetTarget => {
    const existing = action.kind === 'create' ? undefined : sheetNamed(action.sheetName);
    if (action.kind === 'append' && existing) return { plan: action.plan, name: action.sheetName, continued: existing };
    const k = fresh.indexOf(action);
    return { plan: action.plan, name: action.sheetName, added: { name: action.sheetName, part: parts[k], relationshipId: ids[k], sheetId: ++sheetId, replaces: existing } };
  });
}

/** The engine's output names as `definedName` references: column markers, sheet markers (kept sheets' too), the plan's ranges. */
function definedNames(names: OutputNames): Map<string, string> {
  return new Map([
    ...names.columns.map((c) => [c.name, absoluteCellReference(c.cell)] as const),
    ...names.sheets.map((m) => [m.name, absoluteCellReference({ sheet: m.sheet, row: 0, column: 0 })] as const),
    ...names.ranges.map((r) => [r.name, r.reference] as const),
  ]);
}

/** A sheet part rewritten as it streams through a SheetRewriter. */
async function* rewrittenSheet(archive: ZipArchive, entry: ZipEntry, rewriter: SheetRewriter): AsyncGenerator<TextChunk> {
  const splitter = new SheetXmlSplitter(rewriter);
  const timings = runTimings();
  for await (const chunk of archive.textStream(entry)) {
    timings.time('write', () => splitter.push(chunk as string));
    if (rewriter.output.length > 0) yield timings.time('write', () => rewriter.drain());
  }
  timings.time('write', () => splitter.end());
  if (rewriter.output.length > 0) yield rewriter.drain();
}

/** The parts the output gains and loses besides the plan's sheets, and where its styles and strings go. */
interface PackageChanges {
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
  readonly newRelationships: readonly { id: string; type: string; target: string }[];
  readonly newParts: readonly { part: string; contentType: string }[];
  /** Lower-case names of the parts left out of the output. */
  readonly dropped: ReadonlySet<string>;
}

function packageChanges(input: StreamedWriteInput, removed: ReadonlyMap<string, SheetEntry>, added: readonly AddedSheet[]): PackageChanges {
  const { archive, pkg } = input;
  const workbookDir = path.posix.dirname(pkg.workbookPart);
  const relative = (part: string): string => path.posix.relative(workbookDir, part);
  const extraIds = freeRelationshipIds([...pkg.relationships, ...added.map((a) => ({ id: a.relationshipId, type: '', target: '', external: false, xml: '' }))], 2);
  const sharedStringsPart = pkg.sharedStringsPart ?? freePartName(archive, path.posix.join(workbookDir, 'sharedStrings.xml'));
  const stylesPart = pkg.stylesPart ?? freePartName(archive, path.posix.join(workbookDir, 'styles.xml'));
  return {
    sharedStringsPart, stylesPart,
    newRelationships: [
      ...added.map((a) => ({ id: a.relationshipId, type: WORKSHEET_TYPE, target: relative(a.part) })),
      ...(pkg.sharedStringsPart ? [] : [{ id: extraIds[0], type: SHARED_STRINGS_TYPE, target: relative(sharedStringsPart) }]),
      ...(pkg.stylesPart ? [] : [{ id: extraIds[1], type: STYLES_TYPE, target: relative(stylesPart) }]),
    ],
    newParts: [
      ...added.map((a) => ({ part: a.part, contentType: WORKSHEET_CONTENT_TYPE })),
      ...(pkg.sharedStringsPart ? [] : [{ part: sharedStringsPart, contentType: SHARED_STRINGS_CONTENT_TYPE }]),
      ...(pkg.stylesPart ? [] : [{ part: stylesPart, contentType: STYLES_CONTENT_TYPE }]),
    ],
    // calcChain.xml is only a cache of formula order; Excel rebuilds it, and a stale one makes Excel repair the file.
    dropped: new Set([
      ...Array.from(removed.values()).flatMap((s) => (s.part ? [s.part, relationshipsPartOf(s.part)] : [])),
      ...(pkg.calcChainPart ? [pkg.calcChainPart] : []),
      ...(input.keepMacros ? [] : macroParts(pkg)),
    ].map((p) => p.toLowerCase())),
  };
}

/** The plan's columns for the client sheet: headers styled after the sheet's own, body cells in their formats. */
function columnInsert(input: StreamedWriteInput): ColumnInsert {
  const { plan, styles } = input;
  return {
    headerRow: plan.headerRow, firstColumn: plan.firstOutputColumn + 1, columns: plan.columns,
    // The engine's header look is bold; the header keeps the fill and border of the sheet's own (boldVariantOf).
    headerStyle: styles.boldVariantOf(input.headerStyle), firstSharedIndex: input.freeSharedIndex,
    cellStyles: plan.columns.map((c) => { const look = columnCellLook(c, false); return isPlainLook(look) ? undefined : styles.styleFor(look); }),
  };
}

/** Everything writing one input entry needs. */
interface EntryWriting {
  readonly input: StreamedWriteInput;
  readonly changes: PackageChanges;
  readonly edit: WorkbookEdit;
  readonly insert: ColumnInsert;
  readonly strings: SharedStringTable;
  /** Lower-case part name → the plan sheet appended to it (the run log). */
  readonly continued: ReadonlyMap<string, PlanSheet>;
  readonly sheetsByPart: ReadonlyMap<string, SheetEntry>;
}

/** One entry of the input, into the output: dropped, deferred, edited, rewritten, appended to, or copied unchanged. */
async function writeEntry(entry: ZipEntry, w: EntryWriting, zip: ZipWriter): Promise<void> {
  const { archive, pkg, clientSheet, styles } = w.input;
  const part = entry.name.toLowerCase();
  if (w.changes.dropped.has(part) || part === w.changes.sharedStringsPart.toLowerCase() || part === w.changes.stylesPart.toLowerCase()) return;
  if (part === '[content_types].xml') {
    const xml = editContentTypesXml(pkg.contentTypes, w.changes.dropped, w.changes.newParts);
    await zip.addText(entry.name, w.input.keepMacros ? xml : xml.replace(MACRO_WORKBOOK_TYPE, WORKBOOK_TYPE));
    return;
  }
  if (part === pkg.workbookPart.toLowerCase()) return zip.addText(entry.name, editWorkbookXml(pkg, w.edit));
  if (part === pkg.relationshipsPart.toLowerCase()) return zip.addText(entry.name, editRelationshipsXml(pkg, w.changes.dropped, w.changes.newRelationships));
  const logPlan = w.continued.get(part);
  if (logPlan) return zip.addText(entry.name, appendToSheetXml(await archive.readText(entry), logPlan, { styles, strings: w.strings }));
  const sheet = w.sheetsByPart.get(part);
  const cleared = sheet ? w.input.clearedBySheet.get(sheet.name) : undefined;
  if (sheet === clientSheet || (cleared && cleared.size > 0)) {
    const rewriter = new SheetRewriter(cleared ?? new Map(), sheet === clientSheet ? w.insert : undefined, w.strings, w.input.progress);
    return zip.addText(entry.name, rewrittenSheet(archive, entry, rewriter));
  }
  return zip.copy(archive, entry);
}

/**
 * Pass 2: writes the output package entry by entry in the input's order. Parts TierBook does not touch are copied
 * as their compressed bytes; the client sheet is rewritten as it streams; workbook.xml, its relationships and the
 * content types are edited; new sheets, styles and shared strings are written last, once every cell that needs
 * a string or a format has been written. Returns plan sheet key → sheet name.
 */
export async function writeStreamedWorkbook(input: StreamedWriteInput, zip: ZipWriter): Promise<Map<string, string>> {
  const { archive, pkg, plan, previous, styles } = input;
  const layout = planSheetActions(plan, { sheetNames: pkg.sheets.map((s) => s.name), markers: previous.markers });
  const sheetNamed = (name: string): SheetEntry | undefined => pkg.sheets.find((s) => s.name === name);
  // Reused sheets are replaced by a new part in their place; stale ones go.
  const removed = new Map([...layout.sheets.filter((a) => a.kind === 'reuse').map((a) => a.sheetName), ...layout.staleSheets.map((m) => m.sheet)]
    .flatMap((name) => { const sheet = sheetNamed(name); return sheet ? [[name, sheet] as const] : []; }));
  const targets = placeSheets(input, layout, sheetNamed);
  const added = targets.flatMap((t) => ('added' in t ? [t.added] : []));
  const changes = packageChanges(input, removed, added);
  const strings = new SharedStringTable(input.sharedStringCount);
  const writing: EntryWriting = {
    input, changes, strings, insert: columnInsert(input),
    edit: { removed: new Set(removed.values()), added, names: definedNames(outputNames(plan, layout)), dropName: isTierBookMarker, fullCalcOnLoad: plan.mode !== 'values' },
    continued: new Map(targets.flatMap((t) => ('continued' in t && t.continued.part ? [[t.continued.part.toLowerCase(), t.plan] as const] : []))),
    sheetsByPart: new Map(pkg.sheets.flatMap((s) => (s.part ? [[s.part.toLowerCase(), s] as const] : []))),
  };
  for (const entry of archive.entries) await writeEntry(entry, writing, zip);
  const timings = runTimings();
  for (const t of targets) if ('added' in t) await zip.addText(t.added.part, timings.timedChunks('write', newPlanSheetXmlChunks(t.plan, styles, strings)));
  timings.sampleMemory();
  await zip.addText(changes.stylesPart, styles.toXml());
  const sstEntry = pkg.sharedStringsPart ? archive.find(pkg.sharedStringsPart) : undefined;
  await zip.addText(changes.sharedStringsPart, sharedStringsWithAdditions(sstEntry ? archive.textStream(sstEntry) : undefined, strings));
  return new Map(targets.map((t) => [t.plan.key, t.name]));
}
