import { roundScore } from '../../src/engine';

/** The rule roundScore must keep: Math.round(score × 10¹⁰) / 10¹⁰, sign of zero included. */
const reference = (score: number): number => Math.round(score * 1e10) / 1e10;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('roundScore', () => {
  it('equals Math.round at the edges where floor(x + 0.5) alone would not', () => {
    const edges = [0, -0, 100, -100, 2.5e-10, -2.5e-10, 1.5e-10, 4.9999999999999995e-11, -4.9999999999999995e-11, 1e-11, -1e-11, 99.99999999995, 80, 79.99999999999999];
    // Just below 2^k − 0.5, where x + 0.5 rounds up onto 2^k.
    for (let k = 1; k < 52; k++) {
      for (const x of [2 ** k - 0.5 - 2 ** (k - 54), 2 ** k - 0.5, 2 ** k + 0.5]) edges.push(x / 1e10, -x / 1e10);
    }
    for (const score of edges) expect(Object.is(roundScore(score), reference(score))).toBe(true);
  });

  it('equals Math.round on 200,000 random scores across the 0–100 range and tiny magnitudes', () => {
    const random = mulberry32(1125);
    let mismatches = 0;
    for (let i = 0; i < 200_000; i++) {
      const score = (random() * 150 - 25) * (i % 3 === 0 ? 1e-6 : 1);
      if (!Object.is(roundScore(score), reference(score))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('keeps a score that is 80 on paper at 80', () => {
    expect(roundScore((35 * 80 + 65 * 80) / 100)).toBe(80);
    expect(roundScore(0.1 * 3 * 100 / 0.3 / 10)).toBe(10);
  });
});
