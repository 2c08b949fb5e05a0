import {
  ahpWeights, buildJudgementSheet, createDefaultModel, isFormulaCell, isTierBookError, JUDGEMENT_SHEET_MARKER, readJudgementSheet,
  type CellValue, type PlanCell,
} from '../../src/engine';

/** The sheet as a host shows it: formulas by their calculated value, or blank when `calculated` is false. */
function shown(rows: readonly (readonly PlanCell[])[], calculated = true): CellValue[][] {
  return rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? (calculated ? cell.result ?? null : null) : cell)));
}

const SHEET = '权重判断矩阵';

describe('the judgements sheet (权重判断矩阵)', () => {
  const factors = createDefaultModel().factors.slice(0, 3); // assets, frequency, needs

  it('is written with 1s above the diagonal and =1/mirror formulas below it, marked for finding', () => {
    const sheet = buildJudgementSheet(factors, 'zh-CN');
    expect(sheet).toMatchObject({ key: 'weightJudgements', role: 'model', preferredName: '权重判断矩阵' });
    expect(sheet.rows[1][0]).toBe(JUDGEMENT_SHEET_MARKER);
    expect(sheet.rows[4].slice(0, 4)).toEqual(['行 比 列', 'assets', 'frequency', 'needs']);
    // Header in worksheet row 5, assets in row 6. Row 7 (frequency): B7 = 1/C6, C7 = 1, D7 = 1 (for the user to type).
    expect(sheet.rows[6].slice(0, 4)).toEqual(['frequency', { formula: '1/C6', result: 1 }, 1, 1]);
    expect(sheet.rows[7].slice(0, 4)).toEqual(['needs', { formula: '1/D6', result: 1 }, { formula: '1/D7', result: 1 }, 1]);
    expect(buildJudgementSheet(factors, 'en-US').preferredName).toBe('Weight judgements');
  });

  it('as first written, every factor weighs the same (CR 0)', () => {
    const { keys, matrix, where } = readJudgementSheet(shown(buildJudgementSheet(factors, 'en-US').rows), SHEET);
    const r = ahpWeights(keys, matrix, where);
    r.weights.forEach((w) => expect(w).toBeCloseTo(100 / 3, 10));
    expect(r.cr).toBeCloseTo(0, 12);
  });

  it('reads the classic 3 × 3 typed in the upper triangle, formulas not yet calculated, "1/3" typed as text', () => {
    const grid = shown(buildJudgementSheet(factors, 'zh-CN').rows, false);
    grid[5][2] = 3; grid[5][3] = 5; grid[6][3] = '3';
    const r = ahpWeights(...Object.values(readJudgementSheet(grid, SHEET)) as Parameters<typeof ahpWeights>);
    expect(r.weights[0]).toBeCloseTo(63.6986, 3);
    expect(r.cr).toBeCloseTo(0.0332, 4);
    grid[5][2] = '1/3'; // assets over frequency typed as a fraction: now frequency matters more
    const { keys, matrix } = readJudgementSheet(grid, SHEET);
    expect(matrix[0][1]).toBeCloseTo(1 / 3, 12);
    expect(matrix[1][0]).toBeCloseTo(3, 12);
    expect(ahpWeights(keys, matrix).weights[1]).toBeGreaterThan(ahpWeights(keys, matrix).weights[0]);
  });

  it('the lower triangle is never read: its formulas may hold stale values, so the reciprocals of the typed ones count', () => {
    const grid = shown(buildJudgementSheet(factors, 'en-US').rows); // the formulas' stored results are all 1
    grid[5][2] = 3;
    grid[6][1] = 0.5; // even a number typed over B7
    const { matrix } = readJudgementSheet(grid, SHEET);
    expect(matrix[1][0]).toBeCloseTo(1 / 3, 12);
    expect(matrix[2][0]).toBe(1);
  });

  it('an out-of-scale judgement is an error naming the sheet cell', () => {
    const grid = shown(buildJudgementSheet(factors, 'en-US').rows);
    grid[6][3] = 12; // D7
    const { keys, matrix, where } = readJudgementSheet(grid, SHEET);
    try {
      ahpWeights(keys, matrix, where);
      throw new Error('expected an error');
    } catch (e) {
      if (!isTierBookError(e)) throw e;
      expect(e.code).toBe('INVALID_WEIGHTS');
      expect(e.location).toMatchObject({ sheet: SHEET, address: 'D7', row: 7 });
      expect(e.messages['en-US']).toContain("权重判断矩阵!D7 is 12, outside Saaty's 1–9 scale");
    }
  });

  it('a judgement typed as a word, or a row key changed, is an error naming the cell', () => {
    const grid = shown(buildJudgementSheet(factors, 'en-US').rows);
    grid[5][3] = 'much';
    const { keys, matrix, where } = readJudgementSheet(grid, SHEET);
    expect(() => ahpWeights(keys, matrix, where)).toThrow(/权重判断矩阵!D6 must be a positive number/u);
    grid[6][0] = 'trades';
    expect(() => readJudgementSheet(grid, SHEET)).toThrow(/A7 must be factor "frequency"/u);
  });
});
