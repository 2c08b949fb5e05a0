import * as path from 'path';
import { text, type TieringResult } from '../engine';
import { chooseClientSheet } from './chooseSheet';
import { CliError } from './cliError';
import type { CliIO } from './cliIo';
import { clearPreviousColumns } from './clearPreviousColumns';
import { loadModel } from './loadModel';
import { loadWorkbook } from './loadWorkbook';
import { checkOutputIsNotInput, resolveOutputPath, writeWorkbookFile } from './outputPath';
import type { CliOptions } from './parseArgs';
import { portableModeAvailable } from './portableMode';
import type { Progress } from './progress';
import { renderPlan } from './renderPlan';
import { buildRunPlan } from './runPlan';
import { runStreamedTierbook } from './stream/runStreamedTierbook';
import { shouldStream } from './stream/streamChoice';
import { findPreviousOutput } from './tierBookMarkers';
import { tierWorksheet } from './tierWorksheet';

export { toolName } from './runPlan';

/** What a finished run hands back for the summary or the JSON report. */
export interface RunOutcome {
  readonly result: TieringResult;
  readonly inputPath: string;
  readonly outputPath: string;
  readonly sheet: string;
  /** Names of the sheets the plan added or continued, in plan order. */
  readonly addedSheets: readonly string[];
}

/**
 * One run: read the workbook, find the client table, tier it, and write a NEW workbook holding the input's sheets
 * unchanged plus TierBook's columns and sheets. The input file is only ever read. Large inputs (or --stream) take
 * the streaming path (src/cli/stream), which never holds the workbook in memory.
 */
export async function runTierbook(options: CliOptions, io: CliIO, progress: Progress): Promise<RunOutcome> {
  if (options.formulas === 'portable' && !portableModeAvailable()) {
    throw new CliError('NOT_AVAILABLE', text('--formulas portable 在此版本中不可用（可移植公式模块尚未包含在内）；请使用 --formulas values 或 live',
      '--formulas portable is not available in this build (the portable-formula module is not included yet); use --formulas values or live'));
  }
  const inputPath = path.resolve(io.cwd, options.input);
  const outputPath = resolveOutputPath(inputPath, options.output, io.cwd);
  checkOutputIsNotInput(inputPath, outputPath);
  const model = loadModel(options.modelPath === undefined ? undefined : path.resolve(io.cwd, options.modelPath));
  if (shouldStream(inputPath, options.stream)) return runStreamedTierbook(options, io, progress, inputPath, outputPath, model);
  const workbook = await loadWorkbook(inputPath);
  const date1904 = Boolean(workbook.properties.date1904);
  const previous = findPreviousOutput(workbook);
  clearPreviousColumns(workbook, previous.columns);
  const chosen = chooseClientSheet(workbook, model, options.sheet, new Set(previous.sheets.values()), date1904);
  const result = tierWorksheet(chosen, model, date1904, (done, total) => progress.update('read', done, total));
  const sourceSheet = chosen.sheet.name;
  const plan = buildRunPlan(result, options, io, sourceSheet, chosen.extent);
  const rendered = renderPlan(workbook, plan, chosen.sheet, previous, (done, total) => progress.update('write', done, total));
  await writeWorkbookFile(workbook, outputPath);
  return { result, inputPath, outputPath, sheet: sourceSheet, addedSheets: plan.sheets.map((s) => rendered.sheetNames.get(s.key) ?? s.preferredName) };
}
