import * as fs from 'fs';
import * as path from 'path';
import { text } from '../engine';
import { CliError } from './cliError';

/** `-o` resolved against the working directory, or `<input>-tiered.xlsx` next to the input. */
export function resolveOutputPath(inputPath: string, output: string | undefined, cwd: string): string {
  if (output !== undefined) return path.resolve(cwd, output);
  const { dir, name } = path.parse(inputPath);
  return path.join(dir, `${name}-tiered.xlsx`);
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false; // the output does not exist yet, so it cannot be the input
  }
}

/** TierBook never changes its input: an output path that is the input is refused before any work is done. */
export function checkOutputIsNotInput(inputPath: string, outputPath: string): void {
  if (sameFile(inputPath, outputPath)) {
    throw new CliError('OUTPUT_UNWRITABLE', text(`输出文件不能是输入文件本身（${outputPath}）：TierBook 从不修改输入文件`,
      `the output cannot be the input file itself (${outputPath}): TierBook never changes its input`));
  }
}

/** The name an output is written under until it is complete; main removes it if the run is stopped by a signal. */
export function temporaryOutputPath(outputPath: string, pid: number = process.pid): string {
  return path.join(path.dirname(outputPath), `.${path.basename(outputPath)}.${pid}.tmp`);
}
