import * as path from 'path';
import { isTierBookError, text, type Locale } from '../engine';
import { CliError } from './cliError';
import { processIO, type CliIO } from './cliIo';
import { boundHeapGrowth } from './heapGrowth';
import { humanSummary } from './humanSummary';
import { prepareInput } from './input/prepareInput';
import { TempCleanup } from './input/tempCleanup';
import { jsonReport } from './jsonReport';
import { checkOutputIsNotInput, resolveOutputPath, temporaryOutputPath } from './outputPath';
import { outputTarget, writeThrough } from './outputTarget';
import { USAGE, localeOfArgs, parseArgs, type CliOptions } from './parseArgs';
import { createProgress, type Progress } from './progress';
import { runTierbook, type RunOutcome } from './runTierbook';
import { runWeights } from './weights/runWeights';
import { runVerify } from './verify/runVerify';

/** Exit codes: 0 done, 1 TierBook's own fault, 2 something in the input or the arguments to fix. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_UNUSABLE_INPUT = 2;

/** One line, whatever the message holds, so scripts can read stderr line by line. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/gu, ' ').trim();
}

/** What to add to a refusal so the user knows the way through. */
const CONFIRM_HINT = text('（如确认数据无误，可加 --confirm-data-checks 运行，确认会记入运行日志）',
  ' (if the data is right, run again with --confirm-data-checks; the confirmation is recorded in the run log)');

function errorLine(e: unknown, locale: Locale): { line: string; code: number } {
  if (isTierBookError(e) && e.code === 'DATA_CHECKS_UNCONFIRMED') return { line: `tierbook: ${oneLine(e.messageIn(locale))}${CONFIRM_HINT[locale]}`, code: EXIT_UNUSABLE_INPUT };
  if (isTierBookError(e) || e instanceof CliError) return { line: `tierbook: ${oneLine(e.messageIn(locale))}`, code: EXIT_UNUSABLE_INPUT };
  const detail = e instanceof Error ? e.stack ?? e.message : String(e);
  return { line: `tierbook: internal error: ${oneLine(detail)}`, code: EXIT_INTERNAL };
}

/**
 * The run around runTierbook: the input converted to an .xlsx when it is a text export or a legacy workbook, the
 * output written through when it is a device, FIFO or dangling symlink, and every temporary file removed at the end,
 * on failure, and on SIGINT/SIGTERM. runTierbook itself only ever sees an .xlsx in and a regular file out.
 */
async function runWithInputsAndOutputs(options: CliOptions, io: CliIO, progress: Progress, locale: Locale): Promise<RunOutcome> {
  const cleanup = new TempCleanup();
  const stopListening = io.onInterrupt?.(() => cleanup.runAll());
  try {
    const inputPath = path.resolve(io.cwd, options.input);
    const outputPath = resolveOutputPath(inputPath, options.output, io.cwd);
    checkOutputIsNotInput(inputPath, outputPath);
    const target = outputTarget(outputPath);
    const xlsxPath = await prepareInput(inputPath, { encoding: options.encoding, delimiter: options.delimiter, pathValue: io.pathValue ?? process.env.PATH },
      cleanup, (note) => io.stderr.write(`tierbook: ${note[locale]}\n`));
    const writePath = target.kind === 'file' ? target.path
      : path.join(cleanup.privateDir('tierbook-out-'), /\.xlsm$/iu.test(outputPath) ? 'output.xlsm' : 'output.xlsx');
    cleanup.file(temporaryOutputPath(writePath));
    const outcome = await runTierbook({ ...options, input: xlsxPath, output: writePath }, io, progress);
    if (target.kind === 'through') await writeThrough(writePath, target.path);
    return { ...outcome, inputPath, outputPath };
  } finally {
    stopListening?.();
    cleanup.runAll();
  }
}

/**
 * `tierbook <input.xlsx> [-o out.xlsx] [--model model.json] [--sheet NAME] [--lang zh-CN|en-US] [--json] [--formulas values|portable|live]`.
 * With --json stdout holds exactly one JSON object; otherwise a short summary. Errors go to stderr as one line.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const started = Date.now();
  boundHeapGrowth();
  let locale = localeOfArgs(argv);
  const progress = createProgress(io, locale);
  try {
    // `tierbook weights …`: entropy, CRITIC or AHP weights (src/cli/weights); `tierbook -- weights` tiers a file named weights.
    if (argv[0] === 'weights') {
      io.stdout.write(await runWeights(argv.slice(1), io));
      return EXIT_OK;
    }
    if (argv[0] === 'verify') return await runVerify(argv.slice(1), io, locale); // tierbook verify <workbook.xlsx>: exit 0 match, 3 mismatch
    const options = parseArgs(argv);
    locale = options.locale;
    if (options.help) {
      io.stdout.write(`${USAGE[locale]}\n`);
      return EXIT_OK;
    }
    const outcome = await runWithInputsAndOutputs(options, io, progress, locale);
    progress.finish();
    io.stdout.write(options.json
      ? `${JSON.stringify(jsonReport(outcome.result, locale, outcome.sheet, outcome.compliance))}\n`
      : humanSummary(outcome.result, { input: outcome.inputPath, sheet: outcome.sheet, output: outcome.outputPath, addedSheets: outcome.addedSheets, elapsedMs: Date.now() - started, model: outcome.modelSource, compliance: outcome.compliance }, locale));
    return EXIT_OK;
  } catch (e) {
    progress.finish();
    const { line, code } = errorLine(e, locale);
    io.stderr.write(`${line}\n`);
    return code;
  }
}
