import fc from 'fast-check';
import {
  findModelProblems, isExcelError, isFormulaCell, normalizeLabel, readModelSheet, writeModelSheet,
  type CellValue, type FactorSpec, type Locale, type LocalizedText, type TierModel, type TierSpec,
} from '../../src/engine';

/*
 * The model sheet is the model: for any valid model, reading back what writeModelSheet wrote gives the model again,
 * in either language, up to the defaults the sheet writes out (direction "higher", missing "zero").
 */
const RUNS = { numRuns: 1000 } as const;

/**
 * Words that mean something in a model sheet (section labels, headers, settings), mixed into names and keys so that a
 * factor called 等级 or a tier called "Category maps" is tried as well as ordinary text.
 */
const SHEET_WORDS = ['等级', 'Tiers', 'Tier', '因子', 'Factors', '分类映射', 'Category maps', '键', 'Key', '模型名称', 'Model name', '缺失值处理', 'TIERBOOK-MODEL'];

/** Text a cell holds as typed: non-empty, no surrounding spaces (the sheet trims), never an Excel error value. */
const cellTextArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.constantFrom(...SHEET_WORDS),
).map((s) => s.trim()).filter((s) => s !== '' && !isExcelError(s));

const labelArb: fc.Arbitrary<LocalizedText | undefined> = fc.option(
  fc.record({ 'zh-CN': cellTextArb, 'en-US': cellTextArb }), { nil: undefined, freq: 3 });
const weightArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1e6, noNaN: true })).map((w) => (w === 0 ? 0 : w));
const scoreArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })).map((s) => (s === 0 ? 0 : s));

/** Category labels distinct after normalisation (two spellings of one label must score the same; keep it simple). */
const categoriesArb = fc.uniqueArray(fc.tuple(cellTextArb, scoreArb), { minLength: 1, maxLength: 5, selector: ([label]) => normalizeLabel(label) })
  .map((pairs) => Object.fromEntries(pairs));

const factorArb = fc.record({
  column: cellTextArb,
  weight: weightArb,
  scale: fc.constantFrom<FactorSpec['scale']>('percentile', 'minmax', 'log', 'category'),
  direction: fc.option(fc.constantFrom<'higher' | 'lower'>('higher', 'lower'), { nil: undefined }),
  label: labelArb,
  categories: categoriesArb,
});

const factorsArb = fc.uniqueArray(fc.tuple(cellTextArb, factorArb), { minLength: 1, maxLength: 6, selector: ([key]) => key })
  .map((list) => list.map(([key, f]): FactorSpec => {
    const spec: FactorSpec = { key, column: f.column, weight: f.weight, scale: f.scale };
    if (f.direction) spec.direction = f.direction;
    if (f.label) spec.label = f.label;
    if (f.scale === 'category') spec.categories = f.categories;
    return spec;
  }))
  .filter((factors) => factors.some((f) => f.weight > 0));

/** 1–5 tiers, thresholds strictly falling within [0, 100] or cumulative shares strictly rising within (0, 1]. */
const tiersArb: fc.Arbitrary<TierSpec[]> = fc.tuple(
  fc.uniqueArray(fc.tuple(cellTextArb, labelArb), { minLength: 1, maxLength: 5, selector: ([name]) => name }),
  fc.boolean(), fc.boolean(),
  fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })).map((v) => (v === 0 ? 0 : v)), { minLength: 5, maxLength: 5 }),
  fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 100 }).map((p) => p / 100), fc.double({ min: 1e-6, max: 1, noNaN: true })), { minLength: 5, maxLength: 5 }),
).map(([named, quota, lastHasShare, scores, shares]) => named.map(([name, label], i): TierSpec => {
  const tier: TierSpec = quota
    ? (i < named.length - 1 || lastHasShare ? { name, topShare: [...shares].sort((a, b) => a - b)[i] } : { name })
    : { name, minScore: [...scores].sort((a, b) => b - a)[i] };
  if (label) tier.label = label;
  return tier;
}));

const modelArb: fc.Arbitrary<TierModel> = fc.record({
  factors: factorsArb,
  tiers: tiersArb,
  idColumn: fc.option(cellTextArb, { nil: undefined }),
  name: fc.option(cellTextArb, { nil: undefined }),
  version: fc.option(cellTextArb, { nil: undefined }),
  missing: fc.option(fc.constantFrom<'zero' | 'exclude'>('zero', 'exclude'), { nil: undefined }),
}).map((m) => {
  const model: TierModel = { factors: m.factors, tiers: m.tiers };
  if (m.idColumn !== undefined) model.idColumn = m.idColumn;
  if (m.name !== undefined) model.name = m.name;
  if (m.version !== undefined) model.version = m.version;
  if (m.missing !== undefined) model.missing = m.missing;
  return model;
}).filter((m) => findModelProblems(m).length === 0);

/** The model as the sheet states it: the defaults it writes out made explicit. */
function withSheetDefaults(model: TierModel): TierModel {
  return { ...model, missing: model.missing ?? 'zero', factors: model.factors.map((f) => ({ ...f, direction: f.direction ?? 'higher' })) };
}

/** What Excel shows in each cell: formulas as their results. */
function valuesOf(rows: ReturnType<typeof writeModelSheet>['rows']): CellValue[][] {
  return rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.result ?? null : cell)));
}

describe('model sheet properties (fast-check, seeded, 1000 runs)', () => {
  it('(12) readModelSheet(values of writeModelSheet(model)) is the model, in zh-CN and in en-US', () => {
    fc.assert(fc.property(modelArb, fc.constantFrom<Locale>('zh-CN', 'en-US'), (model, locale) => {
      const read = readModelSheet(valuesOf(writeModelSheet(model, locale).rows), '分级模型');
      expect(read).toEqual(withSheetDefaults(model));
    }), { seed: 1212, ...RUNS });
  });
});
