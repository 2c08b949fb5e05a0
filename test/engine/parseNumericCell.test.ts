import { parseNumericCell, isMissingMarker, type CellValue } from '../../src/engine';

/** The number a cell reads as; fails the test when the cell is not read as a number. */
function numberOf(raw: CellValue): number {
  const parsed = parseNumericCell(raw);
  if (parsed.kind !== 'number') throw new Error(`expected ${JSON.stringify(raw)} to read as a number, got ${parsed.kind}`);
  return parsed.value;
}

describe('parseNumericCell: accepted forms', () => {
  it('takes real numbers as they are, not as parsed text', () => {
    expect(parseNumericCell(1234.5)).toEqual({ kind: 'number', value: 1234.5, fromText: false });
    expect(parseNumericCell(0)).toEqual({ kind: 'number', value: 0, fromText: false });
    expect(parseNumericCell(-42)).toEqual({ kind: 'number', value: -42, fromText: false });
  });

  it('marks numbers read out of text as fromText', () => {
    expect(parseNumericCell('1234')).toEqual({ kind: 'number', value: 1234, fromText: true });
  });

  // Each expectation is the value an analyst writes down for the cell text.
  const accepted: [string, number][] = [
    ['1234', 1234],
    ['  42  ', 42], // surrounding spaces
    ['.5', 0.5],
    ['12.50', 12.5],
    // signs
    ['-12.5', -12.5],
    ['+7', 7],
    // currency symbols and codes, before or after
    ['¥1,234.50', 1234.5],
    ['￥1,234.50', 1234.5], // full-width yen
    ['$1,234', 1234],
    ['1,234元', 1234],
    ['RMB 5,000', 5000],
    ['5000 RMB', 5000],
    ['CNY12', 12],
    ['cny 12', 12],
    ['-¥1,234', -1234], // sign before the currency
    ['¥-1,234', -1234], // sign after the currency
    // thousands separators, ASCII and full-width
    ['1,234,567', 1234567],
    ['1，234，567', 1234567],
    ['1,234,567.25', 1234567.25],
    // full-width digits, signs and point
    ['１２３', 123],
    ['１２３．５', 123.5],
    ['－５', -5],
    ['＋５', 5],
    // trailing % divides by 100
    ['12%', 0.12], // 12 / 100
    ['12.5%', 0.125], // 12.5 / 100
    ['57%', 0.57], // 57 / 100 (57 × 0.01 would be 0.5700000000000001)
    ['35%', 0.35], // 35 / 100
    ['１２％', 0.12], // full-width percent sign
    ['-3%', -0.03],
    // 万 = 10⁴, 亿 = 10⁸
    ['3万', 30000], // 3 × 10⁴
    ['1.2万', 12000], // 1.2 × 10⁴
    ['0.07万', 700], // 0.07 × 10⁴ (0.07 × 1e4 in floats is 700.0000000000001)
    ['1,234.5万', 12345000], // 1234.5 × 10⁴
    ['1.5万元', 15000], // 1.5 × 10⁴, with the 元 unit
    ['¥1.5万', 15000],
    ['2亿', 200000000], // 2 × 10⁸
    ['1.1亿', 110000000], // 1.1 × 10⁸ (1.1 × 1e8 in floats is 110000000.00000001)
    ['-0.5亿', -50000000],
  ];
  it.each(accepted)('reads %j as %p', (raw, expected) => {
    expect(numberOf(raw)).toBe(expected);
  });

  it('reads a percentage and the same number typed as a number as the same value, so they tie', () => {
    expect(numberOf('57%')).toBe(numberOf(0.57));
    expect(numberOf('0.07万')).toBe(numberOf(700));
  });
});

describe('parseNumericCell: missing forms', () => {
  const missing: CellValue[] = [null, '', '   ', '-', '--', '—', 'N/A', 'n/a', ' N/A ', '#N/A',
    '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
  it.each(missing)('treats %j as missing', (raw) => {
    expect(parseNumericCell(raw)).toEqual({ kind: 'missing' });
    expect(isMissingMarker(raw)).toBe(true);
  });
});

describe('parseNumericCell: rejected forms', () => {
  const rejected = ['1.2.3万', '1,2', 'abc', '12 34', '万', '¥', '1,2345', '12,34,567', '1.2.3', '--5', '-¥-5', '5万万', '%'];
  it.each(rejected)('reports %j as unreadable with its raw text', (raw) => {
    expect(parseNumericCell(raw)).toEqual({ kind: 'invalid', text: raw });
    expect(isMissingMarker(raw)).toBe(false);
  });

  it('rejects booleans and non-finite numbers rather than guessing', () => {
    expect(parseNumericCell(true)).toEqual({ kind: 'invalid', text: 'TRUE' });
    expect(parseNumericCell(false)).toEqual({ kind: 'invalid', text: 'FALSE' });
    expect(parseNumericCell(Infinity)).toEqual({ kind: 'invalid', text: 'Infinity' });
    expect(parseNumericCell(NaN)).toEqual({ kind: 'invalid', text: 'NaN' });
  });
});
