import { ahpWeights, isTierBookError, RANDOM_INDEX_TABLE, SAATY_RANDOM_INDEX } from '../../src/engine';

/** The error ahpWeights throws, for its code, message and location. */
function thrown(run: () => unknown): { code: string; en: string; zh: string; address?: string } {
  try { run(); } catch (e) {
    if (!isTierBookError(e)) throw e;
    return { code: e.code, en: e.messages['en-US'], zh: e.messages['zh-CN'], address: e.location?.address };
  }
  throw new Error('expected an error');
}

describe('AHP', () => {
  it('the classic 3 × 3 [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: 63.7 / 25.8 / 10.5, λmax 3.0385, CR 0.033 (docs/weights.md)', () => {
    // Saaty's textbook matrix. numpy.linalg.eig gives the principal eigenvector 0.63699 / 0.25828 / 0.10473 and
    // λmax = 3.03851; CI = (3.03851 − 3) / 2 = 0.019256; RI(3) = 0.58; CR = 0.019256 / 0.58 = 0.03320 < 0.1.
    const r = ahpWeights(['assets', 'frequency', 'needs'], [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
    expect(r.weights[0]).toBeCloseTo(63.6986, 3);
    expect(r.weights[1]).toBeCloseTo(25.8285, 3);
    expect(r.weights[2]).toBeCloseTo(10.4729, 3);
    expect(r.weights.reduce((a, w) => a + w, 0)).toBeCloseTo(100, 10);
    expect(r.lambdaMax).toBeCloseTo(3.03851, 5);
    expect(r.ci).toBeCloseTo(0.019256, 5);
    expect(r.ri).toBe(0.58);
    expect(r.cr).toBeCloseTo(0.0332, 4);
    expect(r.consistent).toBe(true);
    expect(r.suggestion).toBeNull();
  });

  it('a consistent 4 × 4 (a_ij = w_i / w_j for w = 40/30/20/10) gives back w, λmax = 4 and CR = 0', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const r = ahpWeights(['a', 'b', 'c', 'd'], w.map((wi) => w.map((wj) => wi / wj)));
    [40, 30, 20, 10].forEach((x, i) => expect(r.weights[i]).toBeCloseTo(x, 9));
    expect(r.lambdaMax).toBeCloseTo(4, 10);
    expect(r.cr).toBeCloseTo(0, 10);
    expect(r.ri).toBe(0.9);
    expect(r.consistent).toBe(true);
    expect(r.suggestion).toBeNull();
  });

  it('an inconsistent 5 × 5 names the reversed judgement and its consistent value', () => {
    // A consistent matrix from w = 9/5/3/2/1 with one judgement turned round: a_15 = 1/9 where it should be 9.
    // numpy: λmax = 8.3775, CI = 0.8444, RI(5) = 1.12, CR = 0.7539. The consistent value of a_15 is the mean over
    // k = 2, 3, 4 of a_1k · a_k5 = (9/5 · 5 + 9/3 · 3 + 9/2 · 2) / 3 = 9; with it the matrix is consistent again (CR 0).
    const w = [9, 5, 3, 2, 1];
    const a = w.map((wi) => w.map((wj) => wi / wj));
    a[0][4] = 1 / 9;
    a[4][0] = 9;
    const r = ahpWeights(['assets', 'frequency', 'needs', 'risk', 'loyalty'], a);
    expect(r.lambdaMax).toBeCloseTo(8.37747, 4);
    expect(r.cr).toBeCloseTo(0.7539, 4);
    expect(r.consistent).toBe(false);
    expect(r.suggestion).not.toBeNull();
    expect(r.suggestion?.row).toBe(0);
    expect(r.suggestion?.column).toBe(4);
    expect(r.suggestion?.value).toBeCloseTo(9, 10);
    expect(r.suggestion?.crAfter).toBeCloseTo(0, 8);
  });

  it('one and two factors are always consistent (CR 0), with RI from the Saaty table', () => {
    expect(ahpWeights(['a'], [[1]])).toMatchObject({ weights: [100], cr: 0, consistent: true, suggestion: null });
    const two = ahpWeights(['a', 'b'], [[1, 3], [1 / 3, 1]]);
    expect(two.weights[0]).toBeCloseTo(75, 10);
    expect(two.cr).toBe(0);
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(RANDOM_INDEX_TABLE).toMatch(/Saaty/);
  });

  it('a non-reciprocal matrix is an error naming the cell, in both languages', () => {
    const e = thrown(() => ahpWeights(['a', 'b', 'c'], [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 2, 1]]));
    expect(e.code).toBe('INVALID_WEIGHTS');
    expect(e.en).toContain('row 3, column 2 (c over b)');
    expect(e.en).toContain('not reciprocal');
    expect(e.zh).toContain('第 3 行第 2 列');
  });

  it('a reciprocal typed to three decimals (0.333 for 1/3) is accepted', () => {
    expect(ahpWeights(['a', 'b'], [[1, 3], [0.333, 1]]).weights[0]).toBeCloseTo(75, 1);
  });

  it('names the sheet cell when the matrix came from a sheet', () => {
    const e = thrown(() => ahpWeights(['a', 'b'], [[1, 3], [1 / 2, 1]], (row, column) => ({ sheet: '权重判断矩阵', address: `${'BCD'[column]}${row + 4}` })));
    expect(e.address).toBe('B5');
    expect(e.en).toContain('权重判断矩阵!B5');
  });

  it('non-positive, non-numeric and out-of-scale judgements are errors naming the cell', () => {
    expect(thrown(() => ahpWeights(['a', 'b'], [[1, 0], [1, 1]])).en).toContain('row 1, column 2 (a over b) must be a positive number');
    expect(thrown(() => ahpWeights(['a', 'b'], [[1, -3], [1, 1]])).code).toBe('INVALID_WEIGHTS');
    expect(thrown(() => ahpWeights(['a', 'b'], [[1, '3'], [1 / 3, 1]])).en).toContain('positive number');
    expect(thrown(() => ahpWeights(['a', 'b'], [[1, 12], [1 / 12, 1]])).en).toContain("outside Saaty's 1–9 scale");
    expect(thrown(() => ahpWeights(['a', 'b'], [[2, 3], [1 / 3, 1]])).en).toContain('diagonal');
  });

  it('a size mismatch or a repeated factor is an error', () => {
    expect(thrown(() => ahpWeights(['a', 'b', 'c'], [[1, 3], [1 / 3, 1]])).en).toContain('wrong size: expected 3, got 2');
    expect(thrown(() => ahpWeights(['a', 'b'], [[1, 3, 1], [1 / 3, 1, 1]])).en).toContain('wrong size');
    expect(thrown(() => ahpWeights(['a', 'a'], [[1, 3], [1 / 3, 1]])).en).toContain('appears twice');
    expect(thrown(() => ahpWeights([], [])).en).toContain('1 to 10 factors');
  });
});
