import fc from 'fast-check';
import {
  HEADER_ALIASES, createDefaultModel, locateSheetLayout, matchHeader, type CellValue, type ColumnRole,
} from '../../src/engine';

/*
 * Header matching sees through how a header was typed: full-width letters, spaces anywhere (ASCII, tab, ideographic),
 * upper or lower case, and a bracketed unit. Seeded; fast-check prints the shrunk counterexample.
 */
const RUNS = { numRuns: 1000 } as const;

const MODEL = createDefaultModel();
/** The default model's id and factor headers, and every documented alias of their roles. */
const ROLES: readonly ColumnRole[] = ['id', 'assets', 'frequency', 'needs', 'risk', 'loyalty'];
const CANONICAL: readonly string[] = ['客户号', ...MODEL.factors.map((f) => f.column)];

/** One way of typing a header: each character possibly full-width, case flipped, and spaces put in anywhere. */
const typingArb = fc.record({
  fullWidth: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  spaces: fc.array(fc.constantFrom('', '', '', ' ', '  ', '\t', '\u3000'), { minLength: 41, maxLength: 41 }),
  unit: fc.constantFrom('', '（元）', '(万元)', ' [次] ', '（年）'),
});
type Typing = typeof typingArb extends fc.Arbitrary<infer T> ? T : never;

function typed(header: string, t: Typing): string {
  const chars = [...header].map((ch, i) => {
    const cased = t.upper[i % 40] ? ch.toUpperCase() : ch.toLowerCase();
    const code = cased.charCodeAt(0);
    // ASCII ! … ~ have full-width twins at U+FF01 … U+FF5E; NFKC folds them back.
    return t.fullWidth[i % 40] && cased.length === 1 && code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : cased;
  });
  return chars.map((ch, i) => `${t.spaces[i % 41]}${ch}`).join('') + t.spaces[40] + t.unit;
}

describe('header matching properties (fast-check, seeded, 1000 runs each)', () => {
  it('(13) every alias of a role is found however it is typed, at the same column', () => {
    const aliasArb = fc.constantFrom(...ROLES).chain((role) => fc.tuple(fc.constant(role), fc.constantFrom(...HEADER_ALIASES[role])));
    fc.assert(fc.property(aliasArb, typingArb, fc.nat({ max: 6 }), ([role, alias], typing, position) => {
      const header = typed(alias, typing);
      const row: CellValue[] = ['序号', '备注', '营业部', '日期', '金额说明', '状态'];
      row.splice(position, 0, header);
      const match = matchHeader(row, alias, role);
      return match !== undefined && match.index === position && match.header === header;
    }), { seed: 1313, ...RUNS });
  });

  it('(14) the sheet layout of a header row typed any way reads the same columns as the canonical header', () => {
    fc.assert(fc.property(fc.array(typingArb, { minLength: CANONICAL.length, maxLength: CANONICAL.length }), fc.nat({ max: 3 }), (typings, titleRows) => {
      const canonical = locateSheetLayout([[...CANONICAL]], MODEL);
      const header = CANONICAL.map((h, i) => typed(h, typings[i]));
      const grid: CellValue[][] = [...Array.from({ length: titleRows }, (_, r) => [`标题 ${r}`]), header];
      const layout = locateSheetLayout(grid, MODEL);
      return layout.headerRow === titleRows + 1
        && layout.id?.index === canonical.id?.index
        && layout.factors.every((m, f) => m.index === canonical.factors[f].index && m.header === header[m.index]);
    }), { seed: 1414, ...RUNS });
  });
});
