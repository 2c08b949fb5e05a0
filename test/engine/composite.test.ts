import { SCORE_DECIMALS, compositeScores, roundScore } from '../../src/engine';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);

describe('compositeScores', () => {
  // Two factors, weights 35 and 20 (they add up to 55, not 100).
  const assets = f64([100, 50, NaN, 0]);
  const frequency = f64([0, 50, 80, NaN]);

  it('is Σ wᵢ·sᵢ / Σ wᵢ, with a missing factor scoring 0 and flagged under missing: zero', () => {
    const { scores, missingFactors } = compositeScores([assets, frequency], [35, 20], 'zero');
    // client 0: (35·100 + 20·0) / 55 = 3500/55 = 63.636363636363… → 63.6363636364 at 10 decimals
    expect(scores[0]).toBe(63.6363636364);
    // client 1: (35·50 + 20·50) / 55 = 2750/55 = 50
    expect(scores[1]).toBe(50);
    // client 2: (35·0 + 20·80) / 55 = 1600/55 = 29.090909090909… → 29.0909090909
    expect(scores[2]).toBe(29.0909090909);
    // client 3: (35·0 + 20·0)/55 = 0, frequency missing
    expect(scores[3]).toBe(0);
    expect(Array.from(missingFactors)).toEqual([0, 0, 0b01, 0b10]);
  });

  it('leaves a client with any missing weighted factor unscored under missing: exclude', () => {
    const { scores, missingFactors } = compositeScores([assets, frequency], [35, 20], 'exclude');
    expect(scores[0]).toBe(63.6363636364);
    expect(scores[1]).toBe(50);
    expect(scores[2]).toBeNaN();
    expect(scores[3]).toBeNaN();
    expect(Array.from(missingFactors)).toEqual([0, 0, 0b01, 0b10]);
  });

  it('does not exclude for a missing factor whose weight is 0, and does not count it', () => {
    const { scores, missingFactors } = compositeScores([f64([NaN, 100]), f64([40, 60])], [0, 10], 'exclude');
    // only frequency counts: 10·40 / 10 = 40 and 10·60 / 10 = 60
    expect(Array.from(scores)).toEqual([40, 60]);
    expect(Array.from(missingFactors)).toEqual([1, 0]);
  });

  it('does not care whether weights add up to 100: scaling them changes nothing', () => {
    const by = (weights: number[]): number[] => Array.from(compositeScores([assets, frequency], weights, 'zero').scores);
    // 35:20 = 7:4 = 0.35:0.2 = 70:40
    const expected = [63.6363636364, 50, 29.0909090909, 0];
    expect(by([35, 20])).toEqual(expected);
    expect(by([7, 4])).toEqual(expected);
    expect(by([0.35, 0.2])).toEqual(expected);
    expect(by([70, 40])).toEqual(expected);
  });

  it('rounds to SCORE_DECIMALS so that 80 on paper is 80, not 79.99999999999999', () => {
    expect(SCORE_DECIMALS).toBe(10);
    // (0.1·60 + 0.2·90) / (0.1 + 0.2) = 24 / 0.3 = 80; unrounded floats give 79.99999999999999
    expect((0.1 * 60 + 0.2 * 90) / (0.1 + 0.2)).not.toBe(80);
    expect(compositeScores([f64([60]), f64([90])], [0.1, 0.2]).scores[0]).toBe(80);
    // (0.1·0 + 0.2·90) / 0.3 = 60
    expect(compositeScores([f64([0]), f64([90])], [0.1, 0.2]).scores[0]).toBe(60);
  });

  it('defaults to missing: zero', () => {
    expect(compositeScores([f64([NaN]), f64([50])], [1, 1]).scores[0]).toBe(25); // (0 + 50) / 2
  });

  it('handles an empty table', () => {
    const { scores, missingFactors } = compositeScores([f64([]), f64([])], [1, 1]);
    expect(scores.length).toBe(0);
    expect(missingFactors.length).toBe(0);
  });
});

describe('roundScore', () => {
  it('keeps 10 decimals', () => {
    expect(roundScore(79.99999999999999)).toBe(80);
    expect(roundScore(1 / 3)).toBe(0.3333333333);
    expect(roundScore(2 / 3)).toBe(0.6666666667);
    expect(roundScore(100)).toBe(100);
  });
});
