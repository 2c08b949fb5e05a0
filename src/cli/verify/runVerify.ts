import * as path from 'path';
import { text, type Locale } from '../../engine';
import type { CliIO } from '../cliIo';
import { CliError } from '../cliError';
import { verifyReport, verifyWorkbook } from './verifyWorkbook';

/** Exit code of `tierbook verify` when the stored results do not match (0: they match; 2: unusable input). */
export const EXIT_MISMATCH = 3;

export const VERIFY_USAGE = text('用法：tierbook verify <工作簿.xlsx> [--lang zh-CN|en-US] [--json]', 'usage: tierbook verify <workbook.xlsx> [--lang zh-CN|en-US] [--json]');

/** `tierbook verify <workbook.xlsx>`: prints the report (or one JSON object) and returns 0 on a match, 3 otherwise. */
export async function runVerify(args: readonly string[], io: CliIO, locale: Locale): Promise<number> {
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  if (files.length !== 1) throw new CliError('USAGE', VERIFY_USAGE);
  const outcome = await verifyWorkbook(path.resolve(io.cwd, files[0]), io);
  io.stdout.write(args.includes('--json') ? `${JSON.stringify(outcome)}\n` : verifyReport(outcome, locale));
  return outcome.match ? 0 : EXIT_MISMATCH;
}
