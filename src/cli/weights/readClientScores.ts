import * as fs from 'fs';
import * as path from 'path';
import { TierBookError, isoDateOfSerial, serialOfDay, text, type TieringResult } from '../../engine';
import type { CliIO } from '../cliIo';
import { prepareInput } from '../input/prepareInput';
import { TempCleanup } from '../input/tempCleanup';
import { loadModel } from '../loadModel';
import type { CliOptions } from '../parseArgs';
import type { Progress } from '../progress';
import { firstPass, unreadable, isInputDamage, withInputErrors } from '../stream/runStreamedTierbook';
import { readWorkbookPackage } from '../stream/workbookPackage';
import { ZipArchive } from '../stream/zipArchive';
import type { WeightsOptions } from './weightsArgs';

type ObjectiveOptions = Extract<WeightsOptions, { kind: 'objective' }>;

/**
 * Reads a client file exactly as the main command does (text exports and legacy formats converted first, the model from
 * --model, the workbook's model sheet or the default) and scores it, writing nothing: the weights rest on the very
 * factor scores a run would use.
 */
export async function readClientScores(options: ObjectiveOptions, io: CliIO, progress: Progress): Promise<TieringResult> {
  const inputPath = path.resolve(io.cwd, options.input);
  if (!fs.existsSync(inputPath) || !fs.statSync(inputPath).isFile()) {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到输入文件：${inputPath}`, `input file not found: ${inputPath}`));
  }
  const modelPath = options.modelPath === undefined ? undefined : path.resolve(io.cwd, options.modelPath);
  const fileModel = modelPath === undefined ? undefined : { model: loadModel(modelPath), path: modelPath };
  const runDate = options.runDate ?? isoDateOfSerial(serialOfDay(io.now()));
  // firstPass reads only the sheet, the model and the dates from the run's options.
  const runOptions: CliOptions = {
    input: inputPath, sheet: options.sheet, runDate, locale: options.locale, json: options.json, formulas: 'values', help: false,
    confirmDataChecks: false, encoding: options.encoding, delimiter: options.delimiter,
  };
  const cleanup = new TempCleanup();
  const stopListening = io.onInterrupt?.(() => cleanup.runAll());
  try {
    const xlsxPath = await prepareInput(inputPath, { encoding: options.encoding, delimiter: options.delimiter, pathValue: io.pathValue ?? process.env.PATH },
      cleanup, (note) => io.stderr.write(`tierbook: ${note[options.locale]}\n`));
    let archive: ZipArchive;
    try {
      archive = ZipArchive.open(xlsxPath);
    } catch (e) {
      if (isInputDamage(e) || (e as { syscall?: unknown } | null)?.syscall !== undefined) throw unreadable(inputPath, e);
      throw e;
    }
    try {
      const pkg = await withInputErrors(inputPath, () => readWorkbookPackage(archive));
      return (await withInputErrors(inputPath, () => firstPass(archive, pkg, fileModel, runOptions, progress))).result;
    } finally {
      archive.close();
    }
  } finally {
    stopListening?.();
    cleanup.runAll();
  }
}
