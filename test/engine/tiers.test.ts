import {
  assignTiers, quotaCutoffs, quotaPosition, thresholdCutoffs, tierOfScore, type TierSpec,
} from '../../src/engine';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);

const thresholdTiers: TierSpec[] = [
  { name: '钻石', minScore: 80 }, { name: '黄金', minScore: 60 }, { name: '白银', minScore: 40 }, { name: '普通', minScore: 0 },
];

describe('threshold tiers', () => {
  it('picks the first tier from the top whose minScore ≤ score', () => {
    const cutoffs = thresholdCutoffs(thresholdTiers);
    expect(Array.from(cutoffs)).toEqual([80, 60, 40, 0]);
    expect(tierOfScore(100, cutoffs)).toBe(0);
    expect(tierOfScore(80, cutoffs)).toBe(0); // exactly at the line goes up
    expect(tierOfScore(79.9999999999, cutoffs)).toBe(1);
    expect(tierOfScore(60, cutoffs)).toBe(1);
    expect(tierOfScore(59.9, cutoffs)).toBe(2);
    expect(tierOfScore(40, cutoffs)).toBe(2);
    expect(tierOfScore(39.99, cutoffs)).toBe(3);
    expect(tierOfScore(0, cutoffs)).toBe(3);
    expect(tierOfScore(NaN, cutoffs)).toBe(-1); // unscored: no tier
  });

  it('gives no tier below the lowest line', () => {
    expect(tierOfScore(10, thresholdCutoffs([{ name: 'A', minScore: 50 }, { name: 'B', minScore: 20 }]))).toBe(-1);
  });

  it('assigns and counts', () => {
    const { tierIndex, tierCounts, tierCutoffs } = assignTiers(f64([95, 80, 60, 59.9, 0, NaN]), thresholdTiers);
    expect(Array.from(tierIndex)).toEqual([0, 0, 1, 2, 3, -1]);
    expect(Array.from(tierCounts)).toEqual([2, 1, 1, 1]);
    expect(Array.from(tierCutoffs)).toEqual([80, 60, 40, 0]);
  });
});

describe('quota tiers', () => {
  const quota: TierSpec[] = [{ name: 'A', topShare: 0.2 }, { name: 'B', topShare: 0.5 }, { name: 'C' }];

  it('cuts at position ceil(topShare × n) from the top, ties at a cutoff going up, the last tier taking the rest', () => {
    const scores = f64([100, 90, 90, 90, 80, 70, 60, 50, 40, 30]); // n = 10, already descending
    // A: ceil(0.2 × 10) = 2 → the 2nd score, 90: 100 and all three 90s are A
    // B: ceil(0.5 × 10) = 5 → the 5th score, 80: only 80 is B
    // C: the other five
    const { tierIndex, tierCutoffs, tierCounts } = assignTiers(scores, quota);
    expect(Array.from(tierCutoffs)).toEqual([90, 80, -Infinity]);
    expect(Array.from(tierIndex)).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 2, 2]);
    expect(Array.from(tierCounts)).toEqual([4, 1, 5]);
  });

  it('does not depend on the order of the scores', () => {
    const scores = f64([30, 90, 60, 100, 40, 90, 80, 50, 90, 70]); // the same ten, shuffled
    const { tierIndex, tierCutoffs } = assignTiers(scores, quota);
    expect(Array.from(tierCutoffs)).toEqual([90, 80, -Infinity]);
    expect(Array.from(tierIndex)).toEqual([2, 0, 2, 0, 2, 0, 1, 2, 0, 2]);
  });

  it('rounds the position up', () => {
    // n = 7: ceil(0.2 × 7) = ceil(1.4) = 2 → 2nd score 60; ceil(0.5 × 7) = ceil(3.5) = 4 → 4th score 40
    const { tierCutoffs, tierIndex } = assignTiers(f64([70, 60, 50, 40, 30, 20, 10]), quota);
    expect(Array.from(tierCutoffs)).toEqual([60, 40, -Infinity]);
    expect(Array.from(tierIndex)).toEqual([0, 0, 1, 1, 2, 2, 2]);
  });

  it('counts only scored clients and gives unscored ones no tier', () => {
    // scored: 10, 20, 30, 40 → n = 4; A: ceil(0.2 × 4) = 1 → 40; B: ceil(0.5 × 4) = 2 → 30
    const { tierCutoffs, tierIndex } = assignTiers(f64([NaN, 10, 20, 30, 40]), quota);
    expect(Array.from(tierCutoffs)).toEqual([40, 30, -Infinity]);
    expect(Array.from(tierIndex)).toEqual([-1, 2, 2, 1, 0]);
  });

  it('has NaN cutoffs and no tiers when nobody is scored', () => {
    const { tierCutoffs, tierIndex } = assignTiers(f64([NaN, NaN]), quota);
    expect(Array.from(tierCutoffs)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(tierIndex)).toEqual([-1, -1]);
  });

  it('forgives float noise: a share × n that is a whole number on paper is not rounded up past it', () => {
    expect(quotaPosition(0.1, 30)).toBe(3); // the spec's example: 0.1 × 30 = 3
    // These products are whole on paper but come out a hair above in floats, where a bare ceil would add one:
    expect(0.28 * 25).toBeGreaterThan(7); // 7.000000000000001
    expect(quotaPosition(0.28, 25)).toBe(7);
    expect(0.56 * 75).toBeGreaterThan(42); // 42.00000000000001
    expect(quotaPosition(0.56, 75)).toBe(42);
    expect(0.14 * 50).toBeGreaterThan(7);
    expect(quotaPosition(0.14, 50)).toBe(7);
    // the scores 25, 24, …, 1 with a top 28 % tier: exactly seven clients (0.28 × 25 = 7), cutoff 19
    const scores = f64(Array.from({ length: 25 }, (_, i) => 25 - i));
    const { tierIndex, tierCutoffs, tierCounts } = assignTiers(scores, [{ name: 'A', topShare: 0.28 }, { name: 'B' }]);
    expect(tierCutoffs[0]).toBe(19);
    expect(Array.from(tierCounts)).toEqual([7, 18]);
    expect(Array.from(tierIndex.slice(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    // and the spec's 10 % of 30 is three clients, cutoff 28
    const thirty = assignTiers(f64(Array.from({ length: 30 }, (_, i) => 30 - i)), [{ name: 'A', topShare: 0.1 }, { name: 'B' }]);
    expect(Array.from(thirty.tierCounts)).toEqual([3, 27]);
    expect(thirty.tierCutoffs[0]).toBe(28);
  });

  it('still rounds a true fraction up', () => {
    expect(quotaPosition(0.05, 10)).toBe(1); // ceil(0.5)
    expect(quotaPosition(0.2, 11)).toBe(3); // ceil(2.2)
    expect(quotaPosition(0.3, 10)).toBe(3); // 3 exactly
    expect(quotaPosition(1, 10)).toBe(10);
  });

  it('puts a tier whose cutoff equals the one above it to no use, as ties go up', () => {
    // all five score 50: every cutoff is 50 and the first tier takes everyone
    const { tierCounts } = assignTiers(f64([50, 50, 50, 50, 50]), quota);
    expect(Array.from(tierCounts)).toEqual([5, 0, 0]);
  });

  it('quotaCutoffs reads the score at each position', () => {
    // descending: 9, 7, 5, 3, 1 (n = 5); shares 0.4 → ceil(2) = 2 → 7; 1 → 5 → 1
    expect(Array.from(quotaCutoffs(f64([5, 1, 9, 3, 7]), [0.4, 1, undefined]))).toEqual([7, 1, -Infinity]);
  });
});
