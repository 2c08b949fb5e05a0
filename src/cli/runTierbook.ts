import * as fs from 'fs';
import * as path from 'path';
import { TierBookError, isoDateOfSerial, serialOfDay, text, type ComplianceCounts, type TieringResult } from '../engine';
import type { CliIO } from './cliIo';
import { loadModel } from './loadModel';
import { checkOutputIsNotInput, resolveOutputPath } from './outputPath';
import type { CliOptions } from './parseArgs';
import type { Progress } from './progress';
import type { ModelSource } from './storedSettings';
import { runStreamedTierbook } from './stream/runStreamedTierbook';

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
  /** Findings of the compliance check by kind, when the run made one (the sheet has a risk-level column). */
  readonly compliance?: ComplianceCounts;
}

/** A missing input, or a folder given as the input, is the user's to fix. */
function checkInputIsFile(inputPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(inputPath);
  } catch {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到输入文件：${inputPath}`, `input file not found: ${inputPath}`));
  }
  if (!stat.isFile()) throw new TierBookError('INPUT_NOT_FOUND', text(`输入路径不是文件：${inputPath}`, `the input path is not a file: ${inputPath}`));
}

/**
 * One run: read the workbook, find the client table, tier it, and write a NEW workbook holding the input's parts
 * unchanged plus TierBook's columns and sheets. The input file is only ever read. Every input, whatever its size,
 * goes through the one package reader and editor (src/cli/stream), which never holds the workbook in memory;
 * --stream and --no-stream are accepted and ignored.
 */
export async function runTierbook(options: CliOptions, io: CliIO, progress: Progress): Promise<RunOutcome> {
  const inputPath = path.resolve(io.cwd, options.input);
  const outputPath = resolveOutputPath(inputPath, options.output, io.cwd);
  checkOutputIsNotInput(inputPath, outputPath);
  checkInputIsFile(inputPath);
  const modelPath = options.modelPath === undefined ? undefined : path.resolve(io.cwd, options.modelPath);
  const fileModel = modelPath === undefined ? undefined : { model: loadModel(modelPath), path: modelPath };
  // The day 开户年限 is counted to: --run-date, else the run's own today, so a run can be repeated exactly.
  const runDate = options.runDate ?? isoDateOfSerial(serialOfDay(io.now()));
  return runStreamedTierbook({ ...options, runDate }, io, progress, inputPath, outputPath, fileModel);
}
