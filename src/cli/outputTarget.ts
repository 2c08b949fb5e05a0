import * as fs from 'fs';
import { pipeline } from 'stream/promises';
import { text } from '../engine';
import { CliError } from './cliError';

/**
 * Where the finished workbook goes. `file`: renamed into place from a temporary file beside it, so a failed run
 * never leaves half a workbook. `through`: a character device (/dev/null, /dev/stdout), a FIFO or a dangling
 * symlink, which renaming would replace: the workbook is finished in a private folder first, then written
 * through to the path.
 */
export type OutputTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'through'; readonly path: string };

function refuse(outputPath: string, zh: string, en: string): CliError {
  return new CliError('OUTPUT_UNWRITABLE', text(`无法写入输出文件 ${outputPath}：${zh}`, `cannot write the output file ${outputPath}: ${en}`));
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Decides how to write to `outputPath` without ever replacing what is there by something else: a symlink keeps
 * being a symlink (its target is written), a device stays a device. A directory, a block device (a disk) or a
 * socket is refused.
 */
export function outputTarget(outputPath: string): OutputTarget {
  const link = lstatOrUndefined(outputPath);
  if (link === undefined) return { kind: 'file', path: outputPath };
  let real = outputPath;
  if (link.isSymbolicLink()) {
    try {
      real = fs.realpathSync(outputPath);
    } catch {
      return { kind: 'through', path: outputPath }; // a dangling link: writing through it creates its target
    }
  }
  const stat = fs.statSync(real);
  if (stat.isFile()) return { kind: 'file', path: real };
  if (stat.isDirectory()) throw refuse(outputPath, '这是一个文件夹，请给出文件名', 'it is a folder; give a file name');
  if (stat.isCharacterDevice() || stat.isFIFO()) return { kind: 'through', path: outputPath };
  if (stat.isBlockDevice()) throw refuse(outputPath, '这是块设备（磁盘），TierBook 不会写入', 'it is a block device (a disk), which TierBook never writes to');
  throw refuse(outputPath, '这不是普通文件、字符设备或管道', 'it is not a regular file, a character device or a pipe');
}

/** Copies the finished workbook into a device, FIFO or symlink path: opened for writing, never renamed over. */
export async function writeThrough(finished: string, outputPath: string): Promise<void> {
  try {
    await pipeline(fs.createReadStream(finished), fs.createWriteStream(outputPath, { flags: 'w' }));
  } catch (e) {
    throw refuse(outputPath, e instanceof Error ? e.message : String(e), e instanceof Error ? e.message : String(e));
  }
}
