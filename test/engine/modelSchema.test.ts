import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/model.schema.json';
import { createDefaultModel, createDefaultSegmentRules, findModelProblems } from '../../src/engine';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const valid: [string, unknown][] = [
  ['the minimum from docs/model.md', { idColumn: '客户号', factors: [{ key: 'assets', column: '总资产', weight: 35, scale: 'percentile' }], tiers: [{ name: '钻石', minScore: 80 }, { name: '普通', minScore: 0 }], missing: 'zero' }],
  ['quota tiers', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax' }], tiers: [{ name: 'A', topShare: 0.05 }, { name: 'B', topShare: 0.2 }, { name: 'D' }] }],
  ['a category factor with direction', { factors: [{ key: 'r', column: '风险等级', weight: 1, scale: 'category', direction: 'lower', categories: { C1: 0, C2: 25 } }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a category factor reading bare digits with a prefix', { factors: [{ key: 'r', column: '风险等级', weight: 1, scale: 'category', digitPrefix: 'C', categories: { C1: 0, C2: 25 } }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['the default model', createDefaultModel()],
  ['a clip on a minmax factor', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax', clip: [1, 99] }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a clip on a log factor at the extremes', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'log', clip: [0, 100] }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['the default model with the default segment rules', { ...createDefaultModel(), segments: createDefaultSegmentRules() }],
];

const invalid: [string, unknown][] = [
  ['an unknown scale', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'zscore' }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a negative weight', { factors: [{ key: 'a', column: 'A', weight: -1, scale: 'minmax' }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a category factor without categories', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'category' }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['mixed tier kinds', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax' }], tiers: [{ name: 'A', topShare: 0.1 }, { name: 'B', minScore: 0 }] }],
  ['a digit prefix on a numeric factor', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax', digitPrefix: 'C' }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a digit prefix that is not letters', { factors: [{ key: 'r', column: 'R', weight: 1, scale: 'category', digitPrefix: 'C-', categories: { C1: 0 } }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a clip with one percentile', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax', clip: [5] }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a clip above 100', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax', clip: [1, 101] }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a clip on a category factor', { factors: [{ key: 'r', column: 'R', weight: 1, scale: 'category', categories: { C1: 0 }, clip: [1, 99] }], tiers: [{ name: 'X', minScore: 0 }] }],
  ['no factors', { factors: [], tiers: [{ name: 'X', minScore: 0 }] }],
  ['a segment percentile above 1', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax' }], tiers: [{ name: 'X', minScore: 0 }], segments: { dimensions: { assets: { rule: { kind: 'percentile', value: 20 } } } } }],
  ['an unknown missing policy', { factors: [{ key: 'a', column: 'A', weight: 1, scale: 'minmax' }], tiers: [{ name: 'X', minScore: 0 }], missing: 'drop' }],
];

describe('docs/model.schema.json agrees with the engine validator', () => {
  it.each(valid)('accepts %s', (_name, model) => {
    expect(validate(model)).toBe(true);
    expect(findModelProblems(model)).toEqual([]);
  });
  it.each(invalid)('rejects %s', (_name, model) => {
    expect(validate(model)).toBe(false);
    expect(findModelProblems(model).length).toBeGreaterThan(0);
  });
});
