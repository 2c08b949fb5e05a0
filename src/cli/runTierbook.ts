import * as path from 'path';
import { isoDateOfSerial, previousTiersOfClients, serialOfDay, type TieringResult } from '../engine';
import { chooseClientSheet } from './chooseSheet';
import type { CliIO } from './cliIo';
import { clearPreviousColumns } from './clearPreviousColumns';
import { loadModel } from './loadModel';
import { loadWorkbook } from './loadWorkbook';
import { checkOutputIsNotInput, resolveOutputPath, writeWorkbookFile } from './outputPath';
import type { CliOptions } from './parseArgs';
import type { Progress } from './progress';
import { renderPlan } from './renderPlan';
import { buildRunPlan } from './runPlan';
import { readStoredSettings, resolveModel, type ModelSource } from './storedSettings';
import { runStreamedTierbook } from './stream/runStreamedTierbook';
import { shouldStream } from './stream/streamChoice';
import { findPreviousOutput } from './tierBookMarkers';
import { tierWorksheet } from './tierWorksheet';
import { tableTotalsRows } from './tableTotalsRows';
import { cellsBelow, markedSheetNames, settingsSheetOf } from './workbookSettings';

export { toolName } from './runPlan';

/** What a finished run hands back for the summary or the JSON report. */
export interface RunOutcome {
  readonly result: TieringResult;
  readonly inputPath: string;
  readonly outputPath: string;
  readonly sheet: string;
  /** Names of the sheets the plan added or continued, in plan order. */
  readonly addedSheets: readonly string[];
  /** Where the model came from: a --model file, the workbook's model sheet, or the default. */
  readonly modelSource: ModelSource;
}

/**
 * One run: read the workbook, find the client table, tier it, and write a NEW workbook holding the input's sheets
 * unchanged plus TierBook's columns and sheets. The input file is only ever read. Large inputs (or --stream) take
 * the streaming path (src/cli/stream), which never holds the workbook in memory.
 */
export async function runTierbook(options: CliOptions, io: CliIO, progress: Progress): Promise<RunOutcome> {
  const inputPath = path.resolve(io.cwd, options.input);
  const outputPath = resolveOutputPath(inputPath, options.output, io.cwd);
  checkOutputIsNotInput(inputPath, outputPath);
  const modelPath = options.modelPath === undefined ? undefined : path.resolve(io.cwd, options.modelPath);
  const fileModel = modelPath === undefined ? undefined : { model: loadModel(modelPath), path: modelPath };
  // The day 开户年限 is counted to: --run-date, else the run's own today, so a run can be repeated exactly.
  const runDate = options.runDate ?? isoDateOfSerial(serialOfDay(io.now()));
  if (shouldStream(inputPath, options.stream)) return runStreamedTierbook({ ...options, runDate }, io, progress, inputPath, outputPath, fileModel);
  const workbook = await loadWorkbook(inputPath);
  const date1904 = Boolean(workbook.properties.date1904);
  const previous = findPreviousOutput(workbook);
  const settings = await readStoredSettings(workbook.worksheets.map((s) => settingsSheetOf(s, date1904)), markedSheetNames(previous), !fileModel);
  const { model, source: modelSource } = resolveModel(fileModel, settings);
  const previousTierCells = previous.tierColumn ? cellsBelow(workbook, previous.tierColumn, date1904) : undefined;
  clearPreviousColumns(workbook, previous.columns);
  const chosen = chooseClientSheet(workbook, model, options.sheet, new Set(previous.sheets.values()), date1904);
  const readOptions = { runDate, totalsRows: tableTotalsRows(chosen.sheet) };
  const { result, extras } = tierWorksheet(chosen, model, date1904, (done, total) => progress.update('read', done, total), readOptions);
  const sourceSheet = chosen.sheet.name;
  const previousTiers = previousTierCells && previous.tierColumn?.sheet === sourceSheet
    ? previousTiersOfClients(result.table.ids, result.table.rowNumbers, (row) => previousTierCells.get(row) ?? null) : undefined;
  const plan = buildRunPlan(result, options, io, sourceSheet, chosen.extent, { extras, previousTiers, settings });
  const rendered = renderPlan(workbook, plan, chosen.sheet, previous, (done, total) => progress.update('write', done, total));
  await writeWorkbookFile(workbook, outputPath);
  return {
    result, inputPath, outputPath, sheet: sourceSheet, modelSource,
    addedSheets: plan.sheets.map((s) => rendered.sheetNames.get(s.key) ?? s.preferredName),
  };
}
