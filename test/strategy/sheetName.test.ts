import { MAX_SHEET_NAME_LENGTH, safeSheetName, uniqueSheetName } from '../../src/engine/strategy';

describe('sheet names', () => {
  it('replaces the characters Excel forbids and trims apostrophes and spaces', () => {
    expect(safeSheetName('a:b\\c/d?e*f[g]h')).toBe('a_b_c_d_e_f_g_h');
    expect(safeSheetName("  'x'  ")).toBe('x');
    expect(safeSheetName('line\nbreak')).toBe('line break');
    expect(safeSheetName("''")).toBe('Sheet');
  });

  it('cuts at 31 UTF-16 units without splitting a surrogate pair', () => {
    expect(safeSheetName('钻'.repeat(40))).toBe('钻'.repeat(31));
    const emoji = `${'a'.repeat(30)}😀`;
    expect(safeSheetName(emoji)).toBe('a'.repeat(30));
    expect(safeSheetName(`${'a'.repeat(29)}😀`)).toHaveLength(MAX_SHEET_NAME_LENGTH);
  });

  it('makes names unique, case-insensitively, within the length limit', () => {
    const taken = new Set<string>(['strategy-a']);
    expect(uniqueSheetName('Strategy-A', taken)).toBe('Strategy-A (2)');
    expect(uniqueSheetName('Strategy-A', taken)).toBe('Strategy-A (3)');
    expect(uniqueSheetName('y'.repeat(40), taken)).toBe('y'.repeat(31));
    expect(uniqueSheetName('y'.repeat(35), taken)).toBe(`${'y'.repeat(27)} (2)`);
  });
});
