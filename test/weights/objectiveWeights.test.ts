import { blendWeights, completeScores, criticWeights, entropyWeights, isTierBookError, objectiveWeights } from '../../src/engine';

const col = (values: number[]): Float64Array => Float64Array.from(values);

function thrownEn(run: () => unknown): string {
  try { run(); } catch (e) {
    if (!isTierBookError(e)) throw e;
    expect(e.code).toBe('INVALID_WEIGHTS');
    return e.messages['en-US'];
  }
  throw new Error('expected an error');
}

describe('entropy weights', () => {
  it('a small table worked by hand, with a constant column and a zero score (docs/weights.md)', () => {
    // m = 3, ln 3 = 1.098612.
    // A = 10, 20, 70: T = 100, p = .1 .2 .7; Σ p ln p = −.230259 − .321888 − .249672 = −.801819;
    //   e = .801819 / 1.098612 = .729847, d = .270153.
    // B = 50, 50, 50: p = 1/3 each, e = 1, d = 0 (constant: weight 0 exactly).
    // C = 0, 40, 60: p = 0 .4 .6 (0 · ln 0 = 0); Σ = −.366516 − .306495 = −.673012; e = .612602, d = .387398.
    // w_A = 100 · .270153 / (.270153 + .387398) = 41.085; w_B = 0; w_C = 58.915.
    const r = entropyWeights([col([10, 20, 70]), col([50, 50, 50]), col([0, 40, 60])]);
    expect(r.clients).toBe(3);
    expect(r.weights[0]).toBeCloseTo(41.0847, 3);
    expect(r.weights[1]).toBe(0);
    expect(r.weights[2]).toBeCloseTo(58.9153, 3);
  });

  it('a column of zeros gets weight 0; all-constant input is an error saying no factor varies', () => {
    expect(entropyWeights([col([0, 0, 0]), col([10, 20, 30])]).weights).toEqual([0, 100]);
    expect(thrownEn(() => entropyWeights([col([40, 40]), col([0, 0]), col([7, 7])]))).toContain('no factor varies');
    expect(thrownEn(() => entropyWeights([col([40]), col([10])]))).toContain('over the 1 clients');
  });
});

describe('CRITIC weights', () => {
  it('a small table worked by hand, with a constant column (docs/weights.md)', () => {
    // A = 20, 40, 60, 80: mean 50, deviations −30 −10 10 30, σ² = 2000/4 = 500, σ = 22.3607.
    // B = 10, 30, 20, 40: mean 25, deviations −15 5 −5 15, σ² = 500/4 = 125, σ = 11.1803.
    // cov(A, B) = (450 − 50 − 50 + 450)/4 = 200; r = 200 / (22.3607 · 11.1803) = 200/250 = 0.8.
    // C = 50 × 4: σ = 0, r with it taken as 0.
    // C_A = 22.3607 · (0 + 0.2 + 1) = 26.8328; C_B = 11.1803 · (0.2 + 0 + 1) = 13.4164; C_C = 0.
    // w = 26.8328 / 40.2492 = 66.667, 33.333, 0.
    const r = criticWeights([col([20, 40, 60, 80]), col([10, 30, 20, 40]), col([50, 50, 50, 50])]);
    expect(r.clients).toBe(4);
    expect(r.weights[0]).toBeCloseTo(200 / 3, 9);
    expect(r.weights[1]).toBeCloseTo(100 / 3, 9);
    expect(r.weights[2]).toBe(0);
  });

  it('perfectly correlated columns split by σ alone; all-constant input is an error', () => {
    // r = 1 between A and B: C_j = σ_j · (1 − 1) = 0 for both unless a third column differs; here add an anticorrelated one.
    const r = criticWeights([col([0, 50, 100]), col([100, 50, 0])]);
    // r = −1: C_A = σ · (0 + 2), C_B = σ · (2 + 0): equal.
    expect(r.weights[0]).toBeCloseTo(50, 10);
    expect(thrownEn(() => criticWeights([col([3, 3, 3]), col([9, 9, 9])]))).toContain('CRITIC weights cannot be computed');
  });
});

describe('complete scores and the objective entry point', () => {
  it('keeps only the clients with every factor present', () => {
    const { columns, clients } = completeScores([col([10, NaN, 20, 70]), col([0, 5, 40, 60])]);
    expect(clients).toBe(3);
    expect(Array.from(columns[0])).toEqual([10, 20, 70]);
    expect(Array.from(columns[1])).toEqual([0, 40, 60]);
    const viaScores = objectiveWeights([col([10, NaN, 20, 70]), col([50, 1, 50, 50]), col([0, 5, 40, 60])], 'entropy');
    expect(viaScores.clients).toBe(3);
    expect(viaScores.weights[0]).toBeCloseTo(41.0847, 3);
  });

  it('size mismatch between factor columns is an error', () => {
    expect(thrownEn(() => criticWeights([col([1, 2, 3]), col([1, 2])]))).toContain('wrong size');
    expect(thrownEn(() => entropyWeights([col([1, 2, 3]), col([1, 2])]))).toContain('wrong size');
  });
});

describe('blend', () => {
  it('w = α · subjective + (1 − α) · objective, each brought to sum 100 first', () => {
    // AHP 63.7/25.8/10.5 (rounded here) with entropy 41.085/0/58.915 at α = 0.6:
    // 0.6 · 63.7 + 0.4 · 41.085 = 54.654; 0.6 · 25.8 + 0 = 15.48; 0.6 · 10.5 + 0.4 · 58.915 = 29.866.
    const w = blendWeights([63.7, 25.8, 10.5], [41.085, 0, 58.915], 0.6);
    expect(w[0]).toBeCloseTo(54.654, 9);
    expect(w[1]).toBeCloseTo(15.48, 9);
    expect(w[2]).toBeCloseTo(29.866, 9);
    // Relative weights (35/25/…) are brought to 100 first, so the blend still sums to 100.
    const relative = blendWeights([7, 2, 1], [20, 20, 60], 0.5);
    expect(relative).toEqual([45, 20, 35]);
    expect(blendWeights([1, 1], [1, 3], 0)).toEqual([25, 75]);
    expect(blendWeights([1, 1], [1, 3], 1)).toEqual([50, 50]);
  });

  it('α outside [0, 1], mismatched sizes or zero subjective weights are errors', () => {
    expect(thrownEn(() => blendWeights([1, 1], [1, 1], 1.5))).toContain('α');
    expect(thrownEn(() => blendWeights([1, 1], [1, 1], NaN))).toContain('α');
    expect(thrownEn(() => blendWeights([1, 1], [1, 1, 1], 0.5))).toContain('wrong size');
    expect(thrownEn(() => blendWeights([0, 0], [1, 1], 0.5))).toContain('more than 0');
  });
});
