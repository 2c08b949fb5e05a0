/** The result of sorting: original indices in ascending order of value, and where runs of equal values are. */
export interface SortedOrder {
  readonly order: Uint32Array;
  /** 1 where values[order[i]] equals values[order[i − 1]], so ties are found without reading the values again. */
  readonly tiesPrevious: Uint8Array;
}

/** Below this size a comparator sort beats clearing 128K radix counters (a 10-row sheet scored in 1 ms). */
const SMALL_INPUT = 256;

/** Runs of equal high words longer than this are sorted by a comparator sort instead of insertion sort. */
const INSERTION_LIMIT = 48;

/**
 * Sorts indices of `values` ascending (stable). Why not Array.prototype.sort: ranking a million values is the
 * engine's hot path. This is an LSD radix sort on the high 32 bits of an order-preserving key (two 16-bit passes,
 * each skipped when every key shares the digit), then a fix-up of each run of equal high words by the full value.
 * Only run members are read again (random reads are what cost here): real data has short runs, since the high
 * word alone holds about six significant digits, and when every low word is 0 (integers, halves) a run is a tie.
 * Values must not be NaN; callers take missing values out first.
 */
export function radixSortOrder(values: Float64Array): SortedOrder {
  const n = values.length;
  if (n < SMALL_INPUT) return comparatorSortOrder(values);
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const hiWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  let keys = new Uint32Array(n);
  let order = new Uint32Array(n);
  const counts = new Uint32Array(2 * 65536);
  let lowBits = 0;
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + hiWord];
    const l = bits[2 * i + 1 - hiWord];
    lowBits |= l;
    // Order-preserving map of the float's high bits: flip every bit of a negative, only the sign bit of a positive;
    // −0 (high word 0x80000000, low word 0) takes +0's key.
    h = h & 0x80000000 ? (h === 0x80000000 && l === 0 ? 0x80000000 : ~h >>> 0) : (h | 0x80000000) >>> 0;
    keys[i] = h; order[i] = i;
    counts[h & 0xffff]++;
    counts[65536 + (h >>> 16)]++;
  }
  let keys2 = new Uint32Array(n);
  let order2 = new Uint32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    const base = pass * 65536;
    const shift = pass * 16;
    if (counts[base + ((keys[0] >>> shift) & 0xffff)] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) { const c = counts[base + d]; counts[base + d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const h = keys[i];
      const at = counts[base + ((h >>> shift) & 0xffff)]++;
      keys2[at] = h; order2[at] = order[i];
    }
    [keys, keys2] = [keys2, keys]; [order, order2] = [order2, order];
  }
  return { order, tiesPrevious: sortRunsByValue(values, keys, order, lowBits === 0) };
}

function comparatorSortOrder(values: Float64Array): SortedOrder {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const tiesPrevious = new Uint8Array(n);
  for (let i = 1; i < n; i++) if (values[order[i]] === values[order[i - 1]]) tiesPrevious[i] = 1;
  return { order, tiesPrevious };
}

/**
 * Within each run of equal high words, order by the full value, keeping equal values in input order (stability),
 * and mark the ties. With every low word 0 the high word is the whole value, so a run is one tie and is left as is.
 */
function sortRunsByValue(values: Float64Array, keys: Uint32Array, order: Uint32Array, runsAreTies: boolean): Uint8Array {
  const n = keys.length;
  const tiesPrevious = new Uint8Array(n);
  let scratch = new Float64Array(INSERTION_LIMIT);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const h = keys[start];
    while (end < n && keys[end] === h) end++;
    if (end - start > 1) {
      if (runsAreTies) { tiesPrevious.fill(1, start + 1, end); start = end; continue; }
      if (scratch.length < end - start) scratch = new Float64Array(end - start);
      sortRun(values, order, tiesPrevious, start, end - start, scratch);
    }
    start = end;
  }
  return tiesPrevious;
}

/** Sorts order[start, start + length) by value, using `run` as room for the values (a view per run costs more). */
function sortRun(values: Float64Array, order: Uint32Array, tiesPrevious: Uint8Array, start: number, length: number, run: Float64Array): void {
  for (let k = 0; k < length; k++) run[k] = values[order[start + k]];
  if (length <= INSERTION_LIMIT) insertionSortRun(run, length, order, start);
  else comparatorSortRun(run, length, order, start);
  for (let k = 1; k < length; k++) if (run[k] === run[k - 1]) tiesPrevious[start + k] = 1;
}

/** The radix passes are stable, so equal values are already in input order; only strictly smaller ones move. */
function insertionSortRun(run: Float64Array, length: number, order: Uint32Array, start: number): void {
  for (let i = 1; i < length; i++) {
    const v = run[i], o = order[start + i];
    let j = i - 1;
    while (j >= 0 && run[j] > v) { run[j + 1] = run[j]; order[start + j + 1] = order[start + j]; j--; }
    run[j + 1] = v; order[start + j + 1] = o;
  }
}

function comparatorSortRun(run: Float64Array, length: number, order: Uint32Array, start: number): void {
  const slots = Array.from({ length }, (_, k) => k);
  slots.sort((a, b) => run[a] - run[b] || a - b);
  const sortedValues = slots.map((s) => run[s]);
  const sortedOrder = slots.map((s) => order[start + s]);
  for (let k = 0; k < slots.length; k++) { run[k] = sortedValues[k]; order[start + k] = sortedOrder[k]; }
}

/** Indices of `values` in ascending order (stable). */
export function radixArgsort(values: Float64Array): Uint32Array {
  return radixSortOrder(values).order;
}
