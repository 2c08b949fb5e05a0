/**
 * Indices of `values` in ascending order (a stable LSD radix sort on the IEEE-754 bits, 16 bits per pass).
 * Why not Array.prototype.sort: ranking a million values is the engine's hot path, and a radix sort is O(n)
 * and skips passes whose digit is the same for every key (integers, for instance, need only two).
 * Values must not be NaN; callers filter missing values out first.
 */
export function radixArgsort(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Uint32Array(n);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const hiWord = littleEndian ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + hiWord];
    let l = bits[2 * i + 1 - hiWord];
    // Map the float's bits to an unsigned key with the same order: flip all bits of negatives, the sign of positives.
    if (h & 0x80000000) { h = ~h >>> 0; l = ~l >>> 0; } else { h = (h | 0x80000000) >>> 0; }
    if (values[i] === 0) { h = 0x80000000; l = 0; } // -0 and +0 are equal
    hi[i] = h; lo[i] = l; order[i] = i;
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    counts[lo[i] & 0xffff]++;
    counts[65536 + (lo[i] >>> 16)]++;
    counts[131072 + (hi[i] & 0xffff)]++;
    counts[196608 + (hi[i] >>> 16)]++;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let order2 = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    if (n === 0 || counts[base + digitOf(pass, hi[0], lo[0])] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) { const c = counts[base + d]; counts[base + d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const h = hi[i], l = lo[i];
      const d = digitOf(pass, h, l);
      const at = counts[base + d]++;
      hi2[at] = h; lo2[at] = l; order2[at] = order[i];
    }
    [hi, hi2] = [hi2, hi]; [lo, lo2] = [lo2, lo]; [order, order2] = [order2, order];
  }
  return order;
}

function digitOf(pass: number, hi: number, lo: number): number {
  switch (pass) {
    case 0: return lo & 0xffff;
    case 1: return lo >>> 16;
    case 2: return hi & 0xffff;
    default: return hi >>> 16;
  }
}
