import * as fs from 'fs';

/**
 * Inputs larger than this on disk take the streaming path. Why 2 MiB: a typical broker export of ~10 columns
 * takes about 65 bytes a row compressed, so this is ~32,000 rows. Since the runner writes the add-in's full plan
 * (per-tier sheets, segment and suitability columns), ExcelJS holds every cell of it: 3.7 GB at 100,000 rows, near
 * Node's default heap; the streaming path writes the same cells (tested) in far less (docs/cli.md has the figures).
 */
export const STREAM_THRESHOLD_BYTES = 2 * 1024 * 1024;

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
