/**
 * mulberry32: a small, fast PRNG with a 32-bit state. Why our own: segmentation must give the same clusters on every
 * run and in both hosts, so seeding and sampling never touch Math.random.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` indices out of [0, m), ascending, each subset equally likely (Knuth's selection sampling, one pass): the
 * fixed sample that restarts and the silhouette read.
 */
export function fixedSample(m: number, size: number, random: () => number): Uint32Array {
  if (size >= m) return Uint32Array.from({ length: m }, (_, i) => i);
  const out = new Uint32Array(size);
  let chosen = 0;
  for (let i = 0; i < m && chosen < size; i++) {
    if ((m - i) * random() < size - chosen) out[chosen++] = i;
  }
  return out;
}
