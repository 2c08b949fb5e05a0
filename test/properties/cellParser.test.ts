import fc from 'fast-check';
import { parseNumericCell } from '../../src/engine';

/*
 * parseNumericCell on any text, and on numbers written the ways brokers' exports write them. Seeds are fixed so a
 * failure reproduces; fast-check prints the shrunk counterexample.
 */
const RUNS = { numRuns: 1000 } as const;

/** Characters the grammar cares about, so random strings reach its deeper branches, plus anything at all. */
const GRAMMAR_CHARS = ['0', '1', '5', '9', '.', ',', '-', '+', 'e', 'E', '%', '万', '亿', '元', '¥', '￥', '$', '１', '．', '，', '－', ' ', '\u3000', 'R', 'M', 'B', 'c', 'n', 'y', '#', '/', 'A', '—'];
const textArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...GRAMMAR_CHARS), maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A decimal as written on paper: integer digits without leading zeros and up to 4 fraction digits. */
const decimalArb = fc.record({
  int: fc.bigInt({ min: 0n, max: 10n ** 14n }),
  frac: fc.option(fc.stringMatching(/^\d{1,4}$/u), { nil: undefined }),
});

function grouped(int: bigint): string {
  return int.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** ASCII digits, sign, point and comma as their full-width forms (what Chinese IMEs type). */
function fullWidth(s: string): string {
  return s.replace(/[0-9.,\-+]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

describe('cell parser properties (fast-check, seeded, 1000 runs each)', () => {
  it('(9) parseNumericCell never throws on any text and returns exactly one of number / missing / invalid', () => {
    fc.assert(fc.property(textArb, (text) => {
      const parsed = parseNumericCell(text);
      if (parsed.kind === 'number') return Number.isFinite(parsed.value) && parsed.fromText && Object.keys(parsed).length === 3;
      if (parsed.kind === 'invalid') return parsed.text === text && Object.keys(parsed).length === 2;
      return parsed.kind === 'missing' && Object.keys(parsed).length === 1;
    }), { seed: 909, ...RUNS });
  });

  it('(10) a number written with separators, full-width digits, ¥/￥/RMB, 元, a sign and 万/亿/% reads back exactly', () => {
    const styleArb = fc.record({
      separators: fc.boolean(),
      width: fc.boolean(),
      currency: fc.constantFrom('', '¥', '￥', 'RMB ', 'CNY'),
      unit: fc.constantFrom('', '元'),
      negative: fc.boolean(),
      scale: fc.constantFrom({ suffix: '', shift: 0 }, { suffix: '万', shift: 4 }, { suffix: '亿', shift: 8 }, { suffix: '%', shift: -2 }),
      pad: fc.constantFrom('', ' ', '\u3000'),
    });
    fc.assert(fc.property(decimalArb, styleArb, ({ int, frac }, style) => {
      const plain = `${int}${frac === undefined ? '' : `.${frac}`}`;
      const digits = `${style.separators ? grouped(int) : int.toString()}${frac === undefined ? '' : `.${frac}`}`;
      const { suffix, shift } = style.scale;
      // 万/亿/% move the decimal point, so the exact value is the decimal literal with an exponent, not a float product.
      const expected = (style.negative ? -1 : 1) * Number(shift === 0 ? plain : `${plain}e${shift}`);
      // A currency word followed by a digit needs no space ("CNY1,000"); the unit 元 cannot follow % (not a grammar form).
      const unit = suffix === '%' ? '' : style.unit;
      const body = `${style.negative ? '-' : ''}${style.currency}${digits}${suffix}${unit}`;
      const written = `${style.pad}${style.width ? fullWidth(body) : body}${style.pad}`;
      const parsed = parseNumericCell(written);
      return parsed.kind === 'number' && Object.is(parsed.value, expected) && parsed.fromText;
    }), { seed: 1010, ...RUNS });
  });
});
