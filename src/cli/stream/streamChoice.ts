import * as fs from 'fs';

/**
 * Inputs larger than this on disk take the streaming path. Why 8 MiB: a typical broker export of ~10 columns
 * takes about 65 bytes a row compressed, so this is ~125,000 rows, where the in-memory path would already need over
 * 2 GB (1.9 GB at 100,000 rows); the streaming path needs 0.2 GB there (docs/cli.md has the figures).
 */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;

/**
 * Whether to stream: --stream / --no-stream decide when given, else the input's size does. An input that cannot
 * be looked at goes to the in-memory path, which reports it (not found, not a file) as it always has.
 */
export function shouldStream(inputPath: string, requested: boolean | undefined): boolean {
  let size: number;
  try {
    const stat = fs.statSync(inputPath);
    if (!stat.isFile()) return false;
    size = stat.size;
  } catch {
    return false;
  }
  return requested ?? size > STREAM_THRESHOLD_BYTES;
}
