import { once } from 'events';
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { ZipArchive, ZipEntry } from './zipArchive';
import { CENTRAL_SIGNATURE, EOCD_SIGNATURE, LOCAL_SIGNATURE } from './zipSignatures';

const DESCRIPTOR_SIGNATURE = 0x08074b50;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const VERSION = 20;
const MAX_32 = 0xffffffff;
/**
 * zlib level for the parts TierBook writes. Why 2: on the 150 MB client sheet part of a 100,000-client run it
 * deflates in about half the CPU time of level 4 (0.47 s against 0.7–1.0 s) for a part 13% larger, and level 1
 * saves little more for another 10%; deflate runs beside the XML rewriting on a zlib thread.
 */
export const DEFLATE_LEVEL = 2;

/** Bytes of text encoded before they go to the deflater together (256 KiB: 1 MiB batches raised the peak RSS by 20–30 MB). */
const BATCH_BYTES = 1 << 18;

/**
 * A piece of a part's text, or several in order. Why several: a rewritten sheet hands over its rows as they are,
 * each encoded straight into the batch, instead of joining them into one string first (a copy of every byte).
 */
export type TextChunk = string | readonly string[];

/** The output needs zip64 (a part or the file beyond 4 GiB), which this writer does not produce. */
export class ZipTooLargeError extends Error {
  constructor(what: string) {
    super(`${what} is larger than 4 GiB; zip64 output is not supported`);
    this.name = 'ZipTooLargeError';
  }
}

/** Writing the output file failed (disk full, no permission): the output's problem, not the input's. */
export class OutputWriteError extends Error {
  constructor(readonly source: Error) {
    super(source.message);
    this.name = 'OutputWriteError';
  }
}

interface CentralRecord {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

function dosTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function checked32(value: number, what: string): number {
  if (value > MAX_32) throw new ZipTooLargeError(what);
  return value;
}

/**
 * Writes a .zip package entry by entry to a file: parts copied unchanged as their compressed bytes, parts TierBook
 * rewrites deflated on the fly (sizes and CRC in a data descriptor), and the central directory at the end.
 */
export class ZipWriter {
  private readonly out: fs.WriteStream;
  private readonly records: CentralRecord[] = [];
  private readonly stamp: { time: number; day: number };
  private offset = 0;
  private failure: Error | undefined;

  constructor(filePath: string, modified: Date) {
    this.out = fs.createWriteStream(filePath);
    this.out.on('error', (e) => { this.failure = new OutputWriteError(e); });
    this.stamp = dosTime(modified);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.offset += chunk.length;
    if (this.out.write(chunk)) return;
    try {
      await once(this.out, 'drain');
    } catch (e) {
      throw this.failure ?? new OutputWriteError(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private localHeader(name: Buffer, flags: number, method: number, crc: number, compressedSize: number, size: number): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_SIGNATURE, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.day, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    return Buffer.concat([header, name]);
  }

  private static nameBytes(name: string): { bytes: Buffer; utf8: number } {
    const bytes = Buffer.from(name, 'utf8');
    return { bytes, utf8: bytes.length === name.length ? 0 : FLAG_UTF8 };
  }

  /** Copies an entry of another archive without inflating it. */
  async copy(archive: ZipArchive, entry: ZipEntry, name = entry.name): Promise<void> {
    const { bytes, utf8 } = ZipWriter.nameBytes(name);
    const offset = checked32(this.offset, 'the output file');
    const compressedSize = checked32(entry.compressedSize, name);
    const size = checked32(entry.size, name);
    await this.write(this.localHeader(bytes, utf8, entry.method, entry.crc32, compressedSize, size));
    if (entry.compressedSize > 0) for await (const chunk of archive.rawStream(entry)) await this.write(chunk as Buffer);
    this.records.push({ name: bytes, flags: utf8, method: entry.method, crc32: entry.crc32, compressedSize, size, offset });
  }

  /** Adds a part from text produced chunk by chunk (a rewritten sheet), deflating as it goes. */
  async addText(name: string, chunks: AsyncIterable<TextChunk> | Iterable<TextChunk> | string): Promise<void> {
    const { bytes, utf8 } = ZipWriter.nameBytes(name);
    const offset = checked32(this.offset, 'the output file');
    const flags = FLAG_DESCRIPTOR | utf8;
    await this.write(this.localHeader(bytes, flags, 8, 0, 0, 0));
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    // 1 MiB out at a time: each compressed chunk is a hop from zlib's thread to the file; with the heap's growth
    // bounded (heapGrowth.ts) larger chunks no longer raise the peak, and 64 KiB ones cost 5–10% more time.
    const deflate = zlib.createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 1 << 20 });
    // The compressed side goes to the file as zlib makes it; a slow disk holds zlib back, and zlib the text below.
    const compressed = (async () => {
      for await (const chunk of deflate) {
        compressedSize += (chunk as Buffer).length;
        await this.write(chunk as Buffer);
      }
    })();
    compressed.catch(() => undefined); // awaited below; an early failure must not go unhandled meanwhile
    // Text is encoded into two batches of about BATCH_BYTES taking turns: one filled while zlib reads the other, each
    // refilled only once zlib has taken it. Why batches: the writers hand over chunks of tens of kilobytes (small, so
    // their strings die young), and a chunk given to zlib on its own cost a round trip to its thread. Why reused: a
    // fresh buffer per batch outlived young collections while zlib worked, and at a million clients hundreds of
    // megabytes of spent buffers waited for a full collection.
    const batches = [Buffer.allocUnsafe(BATCH_BYTES), Buffer.allocUnsafe(BATCH_BYTES)];
    const taken: (Promise<void> | undefined)[] = [undefined, undefined];
    let current = 0;
    let used = 0;
    const send = async (): Promise<void> => {
      const data = batches[current].subarray(0, used);
      crc = zlib.crc32(data, crc);
      size += data.length;
      const done = new Promise<void>((resolve, reject) => { deflate.write(data, (e) => (e ? reject(e) : resolve())); });
      done.catch(() => undefined);
      taken[current] = done;
      current = 1 - current;
      used = 0;
      await taken[current]; // the batch about to be filled is free again
    };
    try {
      for await (const chunk of typeof chunks === 'string' ? [chunks] : chunks) {
        for (const text of typeof chunk === 'string' ? [chunk] : chunk) {
          const room = text.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 code unit
          if (used > 0 && used + room > batches[current].length) await send();
          if (room > batches[current].length) batches[current] = Buffer.allocUnsafe(room);
          used += batches[current].write(text, used, 'utf8');
        }
      }
      if (used > 0) await send();
      await Promise.all(taken);
      deflate.end();
    } catch (e) {
      deflate.destroy(e instanceof Error ? e : new Error(String(e)));
      throw e;
    }
    await compressed;
    checked32(size, name);
    checked32(compressedSize, name);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DESCRIPTOR_SIGNATURE, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    this.records.push({ name: bytes, flags, method: 8, crc32: crc, compressedSize, size, offset });
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = checked32(this.offset, 'the output file');
    for (const r of this.records) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(r.flags, 8);
      header.writeUInt16LE(r.method, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.day, 14);
      header.writeUInt32LE(r.crc32 >>> 0, 16);
      header.writeUInt32LE(r.compressedSize, 20);
      header.writeUInt32LE(r.size, 24);
      header.writeUInt16LE(r.name.length, 28);
      header.writeUInt32LE(r.offset, 42);
      await this.write(Buffer.concat([header, r.name]));
    }
    const size = checked32(this.offset - start, 'the central directory');
    if (this.records.length > 0xffff) throw new ZipTooLargeError('the number of parts');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIGNATURE, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((resolve, reject) => {
      if (this.failure) { reject(this.failure); return; }
      this.out.end((e?: Error | null) => (e ? reject(new OutputWriteError(e)) : resolve()));
    });
    if (this.failure) throw this.failure;
  }

  /** Closes the file after a failure; the caller removes it. */
  abort(): void {
    this.out.destroy();
  }
}
