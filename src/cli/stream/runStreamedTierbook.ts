import * as fs from 'fs';
import * as path from 'path';
import { complianceCountsOfPlan, previousTiersOfClients, text, tierClientTable, type ClientIdCells, type ExtraColumns, type TierModel, type TieringResult } from '../../engine';
import { CliError } from '../cliError';
import type { CliIO } from '../cliIo';
import type { CliOptions } from '../parseArgs';
import type { Progress } from '../progress';
import { runTimings, startRunTimings } from '../phaseTimings';
import type { UsedExtent } from '../usedExtent';
import { buildRunPlan } from '../runPlan';
import type { RunOutcome } from '../runTierbook';
import { readStoredSettings, resolveModel, type ModelSource, type StoredSettings } from '../storedSettings';
import { streamedSettingsSheet } from './streamedSettings';
import { chooseStreamedSheet } from './chooseStreamedSheet';
import { tableTotalsRows } from './tableTotalsRows';
import { PackageFormatError } from './packageFormatError';
import { clearedColumnsBySheet, findPreviousStreamedOutput, type StreamedPreviousOutput } from './previousStreamedOutput';
import { readClientSheet } from './readClientSheet';
import { readStylesAndStrings } from './stylesAndStrings';
import type { ClearedColumns } from './rowValues';
import type { StylesBook } from './stylesBook';
import { readWorkbookPackage, type SheetEntry, type WorkbookPackage } from './workbookPackage';
import { writeStreamedWorkbook } from './writeStreamedWorkbook';
import { ZipArchive } from './zipArchive';
import { OutputWriteError, ZipTooLargeError, ZipWriter } from './zipWriter';

/** What pass 1 hands to pass 2; the shared strings it read are not among it, so they can be freed. */
export interface FirstPass {
  readonly result: TieringResult;
  readonly sheet: SheetEntry;
  readonly extent: UsedExtent;
  readonly headerStyles: ReadonlyMap<number, number>;
  readonly sharedStringCount: number;
  /** The client sheet's first free shared-formula `si`. */
  readonly freeSharedIndex: number;
  readonly styles: StylesBook;
  readonly previous: StreamedPreviousOutput;
  readonly clearedBySheet: ReadonlyMap<string, ClearedColumns>;
  readonly extras: ExtraColumns;
  readonly previousTiers?: ReadonlyMap<string, string>;
  readonly previousComplianceStates?: ReadonlyMap<string, string>;
  readonly settings: StoredSettings;
  readonly modelSource: ModelSource;
  readonly idCells?: ClientIdCells;
}

export function unreadable(inputPath: string, e: unknown): CliError {
  const reason = e instanceof Error ? e.message : String(e);
  const zhReason = e instanceof PackageFormatError ? e.zh : reason;
  return new CliError('INPUT_UNREADABLE', text(`无法读取 ${inputPath}（不是有效的 .xlsx 文件？）：${zhReason}`,
    `cannot read ${inputPath} (not a valid .xlsx file?): ${reason}`));
}

/**
 * Damage in the input (not a zip, bad deflate data, a part that is not SpreadsheetML, a record that runs past its
 * buffer) as opposed to TierBook's own bugs: a crafted file gets one line and exit 2, never a stack trace.
 */
export function isInputDamage(e: unknown): boolean {
  if (e instanceof PackageFormatError || e instanceof RangeError) return true;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code === 'ERR_OUT_OF_RANGE' || code === 'ERR_BUFFER_OUT_OF_BOUNDS');
}

export async function withInputErrors<T>(inputPath: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw isInputDamage(e) ? unreadable(inputPath, e) : e;
  }
}

/**
 * Pass 1: the package's map, the workbook's stored model and templates, the client sheet chosen and streamed into the
 * engine's table, and the tiers.
 */
export async function firstPass(
  archive: ZipArchive, pkg: WorkbookPackage, fileModel: { model: TierModel; path: string } | undefined, options: CliOptions, progress: Progress,
): Promise<FirstPass> {
  const { styles, sharedStrings } = await readStylesAndStrings(archive, pkg);
  const context = { sharedStrings, dateStyles: styles.dateStyles, date1904: pkg.date1904 };
  const previous = findPreviousStreamedOutput(pkg);
  const settingsSheets = pkg.sheets.filter((s) => s.isWorksheet).map((s) => streamedSettingsSheet(archive, s, context));
  const settings = await readStoredSettings(settingsSheets, previous.markers, !fileModel);
  const { model, source: modelSource } = resolveModel(fileModel, settings);
  const clearedBySheet = clearedColumnsBySheet(previous.markers.columns);
  const ownSheets = new Set(previous.markers.sheets.map((s) => s.sheet));
  const { sheet, layout } = await chooseStreamedSheet(archive, pkg.sheets, context, model, options.sheet, ownSheets, clearedBySheet);
  const entry = sheet.part ? archive.find(sheet.part) : undefined;
  if (!entry) throw new PackageFormatError(`the part of sheet "${sheet.name}" is missing`);
  const tierColumn = previous.tierColumn?.sheet === sheet.name ? previous.tierColumn.column + 1 : undefined;
  const stateColumn = previous.stateColumn?.sheet === sheet.name ? previous.stateColumn.column + 1 : undefined;
  const read = await readClientSheet(archive, entry, sheet.name, layout, model, context, clearedBySheet.get(sheet.name) ?? new Map(),
    (done, total) => progress.update('read', done, total), tierColumn, { runDate: options.runDate, totalsRows: await tableTotalsRows(archive, entry.name) }, stateColumn);
  const previousTiers = tierColumn === undefined ? undefined
    : previousTiersOfClients(read.table.ids, read.table.rowNumbers, (row) => read.previousTierCells.get(row) ?? null);
  const previousComplianceStates = stateColumn === undefined ? undefined
    : previousTiersOfClients(read.table.ids, read.table.rowNumbers, (row) => read.previousStateCells.get(row) ?? null);
  runTimings().sampleMemory();
  const result = runTimings().time('score', () => tierClientTable(read.table, model));
  return {
    result, sheet, extent: read.extent, headerStyles: read.headerStyles,
    sharedStringCount: sharedStrings.length, freeSharedIndex: read.freeSharedIndex, styles, previous, clearedBySheet, extras: read.extras, previousTiers, previousComplianceStates, settings, modelSource,
    idCells: read.idNumbers && { numbers: read.idNumbers.numbers, numberFormat: read.idNumbers.style === undefined ? undefined : styles.numberFormatOf(read.idNumbers.style) },
  };
}

function outputError(outputPath: string, reason: string): CliError {
  return new CliError('OUTPUT_UNWRITABLE', text(`无法写入输出文件 ${outputPath}：${reason}`, `cannot write the output file ${outputPath}: ${reason}`));
}

/** Writes through a temporary file beside the target, renamed into place only when complete. */
async function writeOutputFile<T>(inputPath: string, outputPath: string, now: Date, write: (zip: ZipWriter) => Promise<T>): Promise<T> {
  const temp = path.join(path.dirname(outputPath), `.${path.basename(outputPath)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(outputPath), { recursive: true });
  } catch (e) {
    throw outputError(outputPath, e instanceof Error ? e.message : String(e));
  }
  const zip = new ZipWriter(temp, now);
  try {
    const written = await write(zip);
    await zip.finish();
    fs.renameSync(temp, outputPath);
    return written;
  } catch (e) {
    zip.abort();
    fs.rmSync(temp, { force: true });
    if (e instanceof ZipTooLargeError) {
      throw new CliError('OUTPUT_UNWRITABLE', text(`无法写入输出文件 ${outputPath}：其中一个部件超过 4 GiB（不支持 zip64 输出）`,
        `cannot write the output file ${outputPath}: a part is larger than 4 GiB (zip64 output is not supported)`));
    }
    if (e instanceof OutputWriteError || (e as { syscall?: unknown } | null)?.syscall === 'rename') throw outputError(outputPath, (e as Error).message);
    throw isInputDamage(e) ? unreadable(inputPath, e) : e;
  }
}

/**
 * The run, for every input whatever its size. Pass 1 streams the client sheet into the engine's columnar table; pass 2 streams the package again into the
 * output, copying every part it does not change byte for byte (see docs/cli.md for what that keeps).
 */
export async function runStreamedTierbook(
  options: CliOptions, io: CliIO, progress: Progress, inputPath: string, outputPath: string, fileModel: { model: TierModel; path: string } | undefined,
): Promise<RunOutcome> {
  let archive: ZipArchive;
  try {
    archive = ZipArchive.open(inputPath);
  } catch (e) {
    if (isInputDamage(e) || (e as { syscall?: unknown } | null)?.syscall !== undefined) throw unreadable(inputPath, e); // damage, or no permission
    throw e;
  }
  try {
    const timings = startRunTimings();
    const pass1Start = performance.now();
    const pkg = await withInputErrors(inputPath, () => readWorkbookPackage(archive));
    const pass = await withInputErrors(inputPath, () => firstPass(archive, pkg, fileModel, options, progress));
    timings.addRest('read', performance.now() - pass1Start, ['parse', 'score']);
    const plan = timings.time('plan', () => buildRunPlan(pass.result, options, io, pass.sheet.name, pass.extent, { extras: pass.extras, previousTiers: pass.previousTiers, previousComplianceStates: pass.previousComplianceStates, settings: pass.settings, idCells: pass.idCells }));
    timings.sampleMemory();
    const pass2Start = performance.now();
    const sheetNames = await writeOutputFile(inputPath, outputPath, io.now(), (zip) => writeStreamedWorkbook({
      archive, pkg, plan, clientSheet: pass.sheet, previous: pass.previous, clearedBySheet: pass.clearedBySheet,
      headerStyle: pass.headerStyles.get(plan.firstOutputColumn), styles: pass.styles, sharedStringCount: pass.sharedStringCount,
      freeSharedIndex: pass.freeSharedIndex, keepMacros: /\.xlsm$/iu.test(outputPath),
      progress: (done, total) => progress.update('write', done, total),
    }, zip));
    timings.addRest('deflate', performance.now() - pass2Start, ['write']);
    timings.sampleMemory();
    if (timings.enabled) io.stderr.write(`${timings.report()}\n`);
    return {
      result: pass.result, inputPath, outputPath, sheet: pass.sheet.name, modelSource: pass.modelSource,
      addedSheets: plan.sheets.map((s) => sheetNames.get(s.key) ?? s.preferredName), compliance: complianceCountsOfPlan(plan),
    };
  } finally {
    archive.close();
  }
}
