import { isTierBookError, text, type Locale } from '../engine';
import { CliError } from './cliError';
import { processIO, type CliIO } from './cliIo';
import { humanSummary } from './humanSummary';
import { jsonReport } from './jsonReport';
import { USAGE, localeOfArgs, parseArgs } from './parseArgs';
import { createProgress } from './progress';
import { runTierbook } from './runTierbook';

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
 * `tierbook <input.xlsx> [-o out.xlsx] [--model model.json] [--sheet NAME] [--lang zh-CN|en-US] [--json] [--formulas values|portable|live]`.
 * With --json stdout holds exactly one JSON object; otherwise a short summary. Errors go to stderr as one line.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const started = Date.now();
  let locale = localeOfArgs(argv);
  const progress = createProgress(io, locale);
  try {
    const options = parseArgs(argv);
    locale = options.locale;
    if (options.help) {
      io.stdout.write(`${USAGE[locale]}\n`);
      return EXIT_OK;
    }
    const outcome = await runTierbook(options, io, progress);
    progress.finish();
    io.stdout.write(options.json
      ? `${JSON.stringify(jsonReport(outcome.result, locale, outcome.sheet))}\n`
      : humanSummary(outcome.result, { input: outcome.inputPath, sheet: outcome.sheet, output: outcome.outputPath, addedSheets: outcome.addedSheets, elapsedMs: Date.now() - started, model: outcome.modelSource }, locale));
    return EXIT_OK;
  } catch (e) {
    progress.finish();
    const { line, code } = errorLine(e, locale);
    io.stderr.write(`${line}\n`);
    return code;
  }
}
