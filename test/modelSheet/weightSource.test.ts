import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/model.schema.json';
import { createDefaultModel, describeWeightSource, findModelProblems, isFormulaCell, TierBookError, type CellValue, type PlanCell, type TierModel, type WeightSource } from '../../src/engine';
import { readModelSheet } from '../../src/engine/modelSheet/readModelSheet';
import { writeModelSheet } from '../../src/engine/modelSheet/writeModelSheet';

const asValues = (rows: PlanCell[][]): CellValue[][] => rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const keys = createDefaultModel().factors.map((f) => f.key);
const identity = keys.map((_, i) => keys.map((__, j) => (i === j ? 1 : 1)));

const ahp: WeightSource = { method: 'ahp', factors: ['a', 'b', 'c'], matrix: [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], cr: 0.0331 };
const sources: [string, WeightSource][] = [
  ['AHP with its matrix and CR', ahp],
  ['entropy over m clients', { method: 'entropy', factors: keys, clients: 1234 }],
  ['a blend of AHP and CRITIC', { method: 'blend', factors: keys, matrix: identity, cr: 0, objective: 'critic', clients: 99, alpha: 0.3 }],
  ['manual, derived from entropy', { method: 'manual', derivedFrom: { method: 'entropy', factors: keys, clients: 7 } }],
];

describe('weightSource in the model sheet', () => {
  it.each(sources)('%s: JSON → sheet → JSON is lossless and the sheet says it in words', (_name, weightSource) => {
    const model: TierModel = { ...createDefaultModel(), weightSource };
    expect(findModelProblems(model)).toEqual([]);
    expect(validate(model)).toBe(true);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const { rows } = writeModelSheet(model, locale);
      const row = rows.find((r) => r[0] === (locale === 'zh-CN' ? '权重来源' : 'Weight source'));
      expect(row?.[2]).toBe(describeWeightSource(weightSource, locale));
      expect(readModelSheet(asValues(rows), 'M').weightSource).toEqual(weightSource);
    }
  });

  it('writes no row for a model without a weightSource, so existing sheets keep their rows', () => {
    const { rows } = writeModelSheet(createDefaultModel(), 'en-US');
    expect(rows.some((r) => r[0] === 'Weight source')).toBe(false);
    expect(readModelSheet(asValues(rows), 'M').weightSource).toBeUndefined();
  });

  it('reads a model sheet whose weight-source cell was cleared as a model without one', () => {
    const { rows } = writeModelSheet({ ...createDefaultModel(), weightSource: ahp }, 'zh-CN');
    const grid = asValues(rows).map((r) => (r[0] === '权重来源' ? [r[0], null, r[2]] : r));
    expect(readModelSheet(grid, 'M').weightSource).toBeUndefined();
  });

  it('names the cell of a weight source that is not JSON, or that is JSON but not a weight source', () => {
    const { rows } = writeModelSheet({ ...createDefaultModel(), weightSource: ahp }, 'en-US');
    const at = asValues(rows).findIndex((r) => r[0] === 'Weight source') + 1;
    const edit = (b: string): CellValue[][] => asValues(rows).map((r) => (r[0] === 'Weight source' ? [r[0], b] : r));
    expect(() => readModelSheet(edit('AHP, trust me'), 'M')).toThrow(new RegExp(`'?M'?!B${at}: the weight source is not the JSON`));
    expect(() => readModelSheet(edit('{"method":"ahp","cr":-1}'), 'M')).toThrow(TierBookError);
    expect(() => readModelSheet(edit('{"method":"ahp","cr":-1}'), 'M')).toThrow(new RegExp(`M!B${at}: cr must be`));
  });

  it('describes each method in both languages', () => {
    expect(describeWeightSource(ahp, 'en-US')).toBe('AHP (3 × 3 judgement matrix, CR = 0.033)');
    expect(describeWeightSource(ahp, 'zh-CN')).toBe('层次分析法（判断矩阵 3×3，CR = 0.033）');
    expect(describeWeightSource({ method: 'entropy', clients: 12 }, 'en-US')).toBe('entropy (over 12 clients)');
    expect(describeWeightSource({ method: 'blend', objective: 'entropy', clients: 12, alpha: 0.5, cr: 0.01, matrix: [[1]] }, 'en-US'))
      .toBe('blend (1 × 1 judgement matrix, CR = 0.01, entropy, over 12 clients, α = 0.5)');
    expect(describeWeightSource({ method: 'manual', derivedFrom: { method: 'critic', clients: 3 } }, 'zh-CN')).toBe('手动设定，源自CRITIC 法（3 个客户）');
  });
});

const invalid: [string, unknown][] = [
  ['an unknown method', { method: 'delphi' }],
  ['a matrix that is not square', { method: 'ahp', matrix: [[1, 2], [0.5]] }],
  ['a non-positive judgement', { method: 'ahp', matrix: [[1, 0], [1, 1]] }],
  ['alpha above 1', { method: 'blend', alpha: 1.5 }],
  ['fractional clients', { method: 'entropy', clients: 2.5 }],
  ['derivedFrom on a non-manual source', { method: 'ahp', derivedFrom: { method: 'entropy' } }],
  ['an unknown field', { method: 'manual', why: 'feel' }],
];

describe('weightSource validation agrees with docs/model.schema.json', () => {
  it.each(invalid)('rejects %s', (_name, weightSource) => {
    const model = { ...createDefaultModel(), weightSource };
    /** JSON Schema cannot say "square"; the engine does. */
    if (_name !== 'a matrix that is not square') expect(validate(model)).toBe(false);
    if (_name !== 'an unknown field') expect(findModelProblems(model).map((p) => p.path.split('.')[0])).toContain('weightSource');
  });
});
