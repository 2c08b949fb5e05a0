import * as fs from 'fs';
import { PassThrough, Transform, pipeline, type Readable } from 'stream';
import * as zlib from 'zlib';
import { PackageFormatError } from './packageFormatError';
import { ZIP_LIMITS, ZipLimitError, checkDeclaredSizes, tooLarge, tooManyEntries } from './zipLimits';
import { CENTRAL_SIGNATURE, EOCD_SIGNATURE, LOCAL_SIGNATURE } from './zipSignatures';

/** One file of a .zip package as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated: the only methods .xlsx writers use. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
/**
 * Bytes read and inflated at a time. Why 64 KiB and not more: everything built from one chunk (row strings, the
 * rewritten rows, their plan cells) lives until the chunk is done; with 1 MiB chunks it outlived young-generation
 * collections and was promoted, which grew the heap by about 100 MB at 100,000 clients for no gain in speed.
 */
const CHUNK = 1 << 16;


function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new PackageFormatError('unexpected end of file');
    done += n;
  }
  return buffer;
}

/** Where the central directory is and how many entries it has, zip64 included. */
function locateCentralDirectory(fd: number, fileSize: number): { offset: number; size: number; count: number } {
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) { at = i; break; }
  }
  if (at < 0) throw new PackageFormatError('no end-of-central-directory record (not a .zip file)');
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  const locatorAt = at - 20;
  if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === EOCD64_LOCATOR_SIGNATURE) {
    const eocd64 = readAt(fd, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (eocd64.readUInt32LE(0) !== EOCD64_SIGNATURE) throw new PackageFormatError('broken zip64 end-of-central-directory record');
    count = Number(eocd64.readBigUInt64LE(32));
    size = Number(eocd64.readBigUInt64LE(40));
    offset = Number(eocd64.readBigUInt64LE(48));
  }
  if (count > ZIP_LIMITS.maxEntries) throw tooManyEntries(count);
  if (offset + size > fileSize) throw new PackageFormatError('the central directory lies beyond the end of the file');
  return { offset, size, count };
}

/** Sizes and offset that did not fit 32 bits live in the zip64 extra field, in this order. */
function applyZip64(extra: Buffer, fields: { size: number; compressedSize: number; localHeaderOffset: number }): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA) {
      let q = p + 4;
      const next = (): number => { const v = Number(extra.readBigUInt64LE(q)); q += 8; return v; };
      if (fields.size === 0xffffffff) fields.size = next();
      if (fields.compressedSize === 0xffffffff) fields.compressedSize = next();
      if (fields.localHeaderOffset === 0xffffffff) fields.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}

function parseCentralDirectory(directory: Buffer, count: number): ZipEntry[] {
  try {
    return centralDirectoryEntries(directory, count);
  } catch (e) {
    if (e instanceof RangeError) throw new PackageFormatError('truncated central directory'); // a record runs past the buffer
    throw e;
  }
}

function centralDirectoryEntries(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new PackageFormatError('broken central directory');
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const fields = { size: directory.readUInt32LE(p + 24), compressedSize: directory.readUInt32LE(p + 20), localHeaderOffset: directory.readUInt32LE(p + 42) };
    applyZip64(directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), fields);
    // Part names are ASCII in practice; UTF-8 covers both the flagged and the unflagged case for them.
    const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
    entries.push({ name, method: directory.readUInt16LE(p + 10), flags, crc32: directory.readUInt32LE(p + 16), ...fields });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A .zip package opened for random access: the central directory in memory, each entry streamed from disk on
 * demand, so a sheet part of any size is never held whole.
 */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;
  private readonly dataOffsets = new Map<ZipEntry, number>();

  private constructor(readonly path: string, private readonly fd: number, readonly entries: readonly ZipEntry[]) {
    this.byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  }

  static open(filePath: string): ZipArchive {
    const fd = fs.openSync(filePath, 'r');
    try {
      const where = locateCentralDirectory(fd, fs.fstatSync(fd).size);
      const entries = parseCentralDirectory(readAt(fd, where.offset, where.size), where.count);
      checkDeclaredSizes(entries);
      return new ZipArchive(filePath, fd, entries);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /** Part names compare case-insensitively, as OPC says. */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//u, '').toLowerCase());
  }

  /** Where the entry's compressed bytes start: after its local header, whose extra field may differ from the directory's. */
  dataOffset(entry: ZipEntry): number {
    let offset = this.dataOffsets.get(entry);
    if (offset === undefined) {
      const header = readAt(this.fd, entry.localHeaderOffset, 30);
      if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new PackageFormatError(`broken local header for ${entry.name}`);
      offset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      this.dataOffsets.set(entry, offset);
    }
    return offset;
  }

  /** The entry's bytes as stored (compressed), for copying it unchanged. */
  rawStream(entry: ZipEntry): Readable {
    const start = this.dataOffset(entry);
    return fs.createReadStream(this.path, { start, end: start + Math.max(0, entry.compressedSize - 1), highWaterMark: CHUNK });
  }

  /**
   * The entry's content decoded as UTF-8 text, chunk by chunk (multi-byte characters never split). Inflating stops
   * with a ZipLimitError as soon as it goes past the size the directory declared or past `limit`: what a
   * crafted archive claims is never trusted.
   */
  textStream(entry: ZipEntry, limit: number = ZIP_LIMITS.maxEntryBytes): Readable {
    if (entry.flags & 1) throw new PackageFormatError(`${entry.name} is encrypted`, `${entry.name} 已加密`);
    if (entry.method !== 0 && entry.method !== 8) throw new PackageFormatError(`${entry.name} uses compression method ${entry.method}`);
    if (entry.size > limit) throw tooLarge(entry.name, entry.size, limit);
    if (entry.compressedSize === 0) {
      const empty = new PassThrough();
      empty.end();
      return empty;
    }
    const allowed = Math.min(limit, entry.method === 0 ? entry.compressedSize : entry.size);
    let seen = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        if (seen > allowed) done(new ZipLimitError(`${entry.name} unpacks to more than the ${allowed.toLocaleString('en-US')} bytes it declares`,
          `${entry.name} 解压后超过其声明的 ${allowed} 字节`));
        else done(null, chunk);
      },
    });
    const raw = this.rawStream(entry);
    if (entry.method === 0) pipeline(raw, counter, () => undefined);
    else pipeline(raw, zlib.createInflateRaw({ chunkSize: CHUNK }), counter, () => undefined); // an error destroys `counter`, which its reader then sees
    counter.setEncoding('utf8');
    return counter;
  }

  /** A small entry (workbook, relationships, styles) as one string, without a byte-order mark. */
  async readText(entry: ZipEntry): Promise<string> {
    let text = '';
    for await (const chunk of this.textStream(entry, ZIP_LIMITS.maxWholePartBytes)) text += chunk as string;
    return text.replace(/^\uFEFF/u, '');
  }
}
