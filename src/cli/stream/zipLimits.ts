import { PackageFormatError } from './packageFormatError';

/**
 * What the package reader accepts: a zip is untrusted input, and a crafted one (a "zip bomb") could otherwise
 * claim or inflate to far more than any workbook holds. Real workbooks sit far inside every figure: a
 * 1,048,575-client sheet is about 500 MB of XML, deflated 5–20 to 1, in a package of a few dozen parts.
 */
export const ZIP_LIMITS = {
  /** Parts in the package. */
  maxEntries: 20_000,
  /** Uncompressed bytes of one part (also the most the output's 32-bit zip records can hold). */
  maxEntryBytes: 4 * 1024 ** 3 - 1,
  /** Uncompressed bytes of all parts together. */
  maxTotalBytes: 8 * 1024 ** 3,
  /** Uncompressed to compressed, for parts above ratioFloorBytes (tiny parts may compress better). */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Parts read whole into memory (workbook, relationships, content types, styles, the run log). */
  maxWholePartBytes: 64 * 1024 * 1024,
  /** The shared-string part, whose strings are held for the whole read. */
  maxSharedStringBytes: 256 * 1024 * 1024,
} as const;

const MB = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** A package beyond ZIP_LIMITS: refused before (or while) inflating, never by running out of memory. */
export class ZipLimitError extends PackageFormatError {
  constructor(en: string, zh: string) {
    super(`${en} (refused as a possible zip bomb; a real workbook stays far below TierBook's limits)`,
      `${zh}（可能是压缩炸弹，已拒绝；真实的工作簿远低于 TierBook 的上限）`);
    this.name = 'ZipLimitError';
  }
}

export function tooManyEntries(count: number): ZipLimitError {
  return new ZipLimitError(`the package has ${count.toLocaleString('en-US')} parts, more than ${ZIP_LIMITS.maxEntries.toLocaleString('en-US')}`,
    `压缩包有 ${count} 个部件，超过 ${ZIP_LIMITS.maxEntries} 个`);
}

export function tooLarge(name: string, bytes: number, limit: number): ZipLimitError {
  return new ZipLimitError(`${name} unpacks to more than ${MB(limit)} (${MB(bytes)})`, `${name} 解压后超过 ${MB(limit)}（${MB(bytes)}）`);
}

export function tooCompressed(name: string, ratio: number): ZipLimitError {
  return new ZipLimitError(`${name} is compressed ${Math.round(ratio)} to 1, more than ${ZIP_LIMITS.maxRatio} to 1`,
    `${name} 的压缩比为 ${Math.round(ratio)}:1，超过 ${ZIP_LIMITS.maxRatio}:1`);
}

export function totalTooLarge(bytes: number): ZipLimitError {
  return new ZipLimitError(`the parts together unpack to ${MB(bytes)}, more than ${MB(ZIP_LIMITS.maxTotalBytes)}`,
    `各部件解压后共 ${MB(bytes)}，超过 ${MB(ZIP_LIMITS.maxTotalBytes)}`);
}

/** What the central directory declares, checked before any part is inflated. */
export function checkDeclaredSizes(entries: readonly { name: string; size: number; compressedSize: number }[]): void {
  if (entries.length > ZIP_LIMITS.maxEntries) throw tooManyEntries(entries.length);
  let total = 0;
  for (const e of entries) {
    if (e.size > ZIP_LIMITS.maxEntryBytes) throw tooLarge(e.name, e.size, ZIP_LIMITS.maxEntryBytes);
    if (e.size > ZIP_LIMITS.ratioFloorBytes && e.size / Math.max(1, e.compressedSize) > ZIP_LIMITS.maxRatio) throw tooCompressed(e.name, e.size / Math.max(1, e.compressedSize));
    total += e.size;
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw totalTooLarge(total);
}
