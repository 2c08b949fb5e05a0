/** The result of sorting: original indices in ascending order of value, and the sortable keys in that order. */
export interface SortedOrder {
  readonly order: Uint32Array;
  /** High and low 32 bits of each sorted value's order-preserving key; equal values have equal keys. */
  readonly keyHi: Uint32Array;
  readonly keyLo: Uint32Array;
}

/** Below this size a comparator sort beats clearing 128K radix counters (a 10-row sheet scored in 1 ms). */
const SMALL_INPUT = 256;

/** Runs of equal high words longer than this are sorted by a comparator sort instead of insertion sort. */
const INSERTION_LIMIT = 48;

/**
 * Sorts indices of `values` ascending (stable). Why not Array.prototype.sort: ranking a million values is the
 * engine's hot path. This is an LSD radix sort on the high 32 bits of an order-preserving key (two 16-bit passes,
 * each skipped when every key shares the digit), then a fix-up of each run of equal high words by the low
 * 32 bits; real data has short runs, since the high word alone already holds about six significant digits.
 * Values must not be NaN; callers take missing values out first.
 */
export function radixSortOrder(values: Float64Array): SortedOrder {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const hiWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Uint32Array(n);
  const counts = new Uint32Array(n < SMALL_INPUT ? 0 : 2 * 65536);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + hiWord];
    let l = bits[2 * i + 1 - hiWord];
    // Order-preserving map of the float's bits: flip every bit of a negative, only the sign bit of a positive.
    if (h & 0x80000000) { h = ~h >>> 0; l = ~l >>> 0; } else { h = (h | 0x80000000) >>> 0; }
    if (values[i] === 0) { h = 0x80000000; l = 0; } // -0 equals +0
    hi[i] = h; lo[i] = l; order[i] = i;
    if (n >= SMALL_INPUT) { counts[h & 0xffff]++; counts[65536 + (h >>> 16)]++; }
  }
  if (n < SMALL_INPUT) return comparatorSortOrder(values, hi, lo);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let order2 = new Uint32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    const base = pass * 65536;
    const shift = pass * 16;
    if (n === 0 || counts[base + ((hi[0] >>> shift) & 0xffff)] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) { const c = counts[base + d]; counts[base + d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const h = hi[i];
      const at = counts[base + ((h >>> shift) & 0xffff)]++;
      hi2[at] = h; lo2[at] = lo[i]; order2[at] = order[i];
    }
    [hi, hi2] = [hi2, hi]; [lo, lo2] = [lo2, lo]; [order, order2] = [order2, order];
  }
  sortRunsByLowWord(hi, lo, order);
  return { order, keyHi: hi, keyLo: lo };
}

function comparatorSortOrder(values: Float64Array, hi: Uint32Array, lo: Uint32Array): SortedOrder {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  return { order, keyHi: Uint32Array.from(order, (i) => hi[i]), keyLo: Uint32Array.from(order, (i) => lo[i]) };
}

/** Within each run of equal high words, order by low word, keeping equal keys in input order (stability). */
function sortRunsByLowWord(hi: Uint32Array, lo: Uint32Array, order: Uint32Array): void {
  const n = hi.length;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const h = hi[start];
    while (end < n && hi[end] === h) end++;
    if (end - start > 1 && !isNonDecreasing(lo, start, end)) {
      if (end - start <= INSERTION_LIMIT) insertionSortRun(lo, order, start, end);
      else comparatorSortRun(lo, order, start, end);
    }
    start = end;
  }
}

/** The radix passes are stable, so a run whose low words already ascend is sorted, ties in input order. */
function isNonDecreasing(lo: Uint32Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (lo[i] < lo[i - 1]) return false;
  return true;
}

function insertionSortRun(lo: Uint32Array, order: Uint32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const l = lo[i], o = order[i];
    let j = i - 1;
    while (j >= start && (lo[j] > l || (lo[j] === l && order[j] > o))) { lo[j + 1] = lo[j]; order[j + 1] = order[j]; j--; }
    lo[j + 1] = l; order[j + 1] = o;
  }
}

function comparatorSortRun(lo: Uint32Array, order: Uint32Array, start: number, end: number): void {
  const slots = Array.from({ length: end - start }, (_, k) => start + k);
  slots.sort((a, b) => lo[a] - lo[b] || order[a] - order[b]);
  const sortedLo = slots.map((s) => lo[s]);
  const sortedOrder = slots.map((s) => order[s]);
  for (let k = 0; k < slots.length; k++) { lo[start + k] = sortedLo[k]; order[start + k] = sortedOrder[k]; }
}

/** Indices of `values` in ascending order (stable). */
export function radixArgsort(values: Float64Array): Uint32Array {
  return radixSortOrder(values).order;
}
