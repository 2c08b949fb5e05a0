import { formulaMovedDown, isFilledFrom } from '../../src/engine';

describe('a formula filled down (shared formulas)', () => {
  it('moves relative rows only: not $rows, names, functions, text or sheet names', () => {
    expect(formulaMovedDown('IF(ISNUMBER(D5),100-MAX(0,MIN(100,100*((LOG10(1+MAX(D5,0))-tb_min_0)/(tb_max_0-tb_min_0)))),0)', 3))
      .toBe('IF(ISNUMBER(D8),100-MAX(0,MIN(100,100*((LOG10(1+MAX(D8,0))-tb_min_0)/(tb_max_0-tb_min_0)))),0)');
    expect(formulaMovedDown('$A5+A$5+$A$5+\'Q1 A5\'!B5+"A5"&tb_w_1', 2)).toBe('$A7+A$5+$A$5+\'Q1 A5\'!B7+"A5"&tb_w_1');
    expect(formulaMovedDown('IFERROR(LARGE(\'客户\'!$J$2:$J$9,1),9.99E+307)', 10)).toBe('IFERROR(LARGE(\'客户\'!$J$2:$J$9,1),9.99E+307)');
    expect(formulaMovedDown('SUM(B2:B4)', -1)).toBe('SUM(B1:B3)');
  });

  it('is no copy when a row would leave the sheet', () => {
    expect(formulaMovedDown('A1+1', -1)).toBeUndefined();
    expect(formulaMovedDown('A1048576', 1)).toBeUndefined();
  });

  it('tells a filled copy from a cell with an inlined value', () => {
    expect(isFilledFrom('IF(ISNUMBER(C2),C2,0)*tb_w_0', 2, 'IF(ISNUMBER(C7),C7,0)*tb_w_0', 7)).toBe(true);
    expect(isFilledFrom('IF(ISNUMBER(C2),C2,0)*tb_w_0', 2, '(12000)*tb_w_0', 7)).toBe(false);
    expect(isFilledFrom('C2', 2, 'C6', 7)).toBe(false);
  });
});

describe('the filled-down check agrees with moving the master', () => {
  it('for every row shift, on references, names, text and functions alike', () => {
    const master = 'IF(ISNUMBER($C2),LOG10(1+C2)+\'S 1\'!B2-"A2"&tb_w_1,SUM(D$1:D2))';
    for (const delta of [-1, 0, 1, 9, 10, 99, 1000]) {
      const moved = formulaMovedDown(master, delta);
      for (const candidate of [moved, `${moved ?? ''}+1`, master, 'C3']) {
        if (candidate === undefined) continue;
        expect([delta, candidate, isFilledFrom(master, 2, candidate, 2 + delta)]).toEqual([delta, candidate, candidate === moved]);
      }
    }
  });
});
