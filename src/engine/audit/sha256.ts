/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. Why not Node's crypto or crypto.subtle: the engine imports nothing outside
 * itself and must give the same digest, synchronously, in the runner, the task pane and the tests.
 */
import { TierBookError } from '../errors';
import { text } from '../i18n/locale';

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). Why written into one preallocated
 * Uint8Array (at most 3 bytes per UTF-16 unit) and not pushed to a number[]: the run hash covers every client row,
 * and a boxed array of tens of millions of numbers was most of the hash's time and memory.
 */
export function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) { out[n++] = c; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
    else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
    else { out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
  }
  return out.subarray(0, n);
}

/**
 * SHA-256 fed in pieces: `update` any number of times, then `digest` once. Why incremental: the run log's client-data
 * hash covers every client row (tens of MB at 50,000 clients), and the task pane hashes it a few hundred clients at a
 * time between pauses (run/steps), never holding the whole text or its bytes. The digest is that of the pieces
 * concatenated, however they were cut.
 */
export class Sha256 {
  private readonly h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  private readonly w = new Uint32Array(64);
  /** Bytes of an unfinished 64-byte block. */
  private readonly pending = new Uint8Array(64);
  private pendingLength = 0;
  /** Bytes taken so far (a double: exact up to 2^53, far beyond any workbook). */
  private length = 0;
  private finished = false;

  update(data: Uint8Array): this {
    if (this.finished) throw new TierBookError('INTERNAL', text('SHA-256 已给出摘要，不能再追加数据', 'SHA-256: update after digest'));
    this.length += data.length;
    let i = 0;
    if (this.pendingLength > 0) {
      const take = Math.min(64 - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      i = take;
      if (this.pendingLength < 64) return this;
      this.block(this.pending, 0);
      this.pendingLength = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.block(data, i);
    if (i < data.length) {
      this.pending.set(data.subarray(i), 0);
      this.pendingLength = data.length - i;
    }
    return this;
  }

  /** The digest as 64 lower-case hex digits; the hash takes no more bytes after it. */
  digest(): string {
    if (this.finished) throw new TierBookError('INTERNAL', text('SHA-256 的摘要只能取一次', 'SHA-256: digest taken twice'));
    const bitLength = this.length * 8;
    const tail = new Uint8Array(this.pendingLength + 9 > 64 ? 128 : 64);
    tail.set(this.pending.subarray(0, this.pendingLength));
    tail[this.pendingLength] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(tail.length - 4, bitLength >>> 0);
    for (let b = 0; b < tail.length; b += 64) this.block(tail, b);
    this.finished = true;
    return Array.from(this.h, (x) => x.toString(16).padStart(8, '0')).join('');
  }

  /** One 64-byte block of `bytes` from `at` (FIPS 180-4 §6.2.2). */
  private block(bytes: Uint8Array, at: number): void {
    const { h, w } = this;
    for (let t = 0; t < 16; t++) {
      const o = at + t * 4;
      w[t] = ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0;
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15];
      const b = w[t - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t] + w[t]) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
}

/** The SHA-256 digest of bytes, as 64 lower-case hex digits. */
export function sha256Hex(data: Uint8Array): string {
  return new Sha256().update(data).digest();
}

/** The SHA-256 of a text's UTF-8 bytes. */
export function sha256OfText(s: string): string {
  return sha256Hex(utf8Bytes(s));
}
