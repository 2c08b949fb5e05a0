import fc from 'fast-check';
import { createDefaultModel, findModelProblems, isTierBookError, validateModel } from '../../src/engine';

/*
 * validateModel on whatever a model file may hold: it returns the model, or throws one TierBookError
 * (INVALID_MODEL, both languages) listing the problems; never a TypeError or anything else.
 */
const RUNS = { numRuns: 1000 } as const;

/** A JSON path into the default model, for replacing one part of an almost valid model with anything. */
type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function replaced(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = JSON.parse(JSON.stringify(root));
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

const DEFAULT = JSON.parse(JSON.stringify(createDefaultModel())) as unknown;
const PATHS = pathsOf(DEFAULT);

/** Any JSON at all, or the default model with one part (a weight, a tier, the factor list…) replaced by any JSON. */
const inputArb = fc.oneof(
  fc.jsonValue(),
  fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 3 })).map(([path, value]) => replaced(DEFAULT, path, value)),
  fc.record({ factors: fc.array(fc.dictionary(fc.constantFrom('key', 'column', 'weight', 'scale', 'direction', 'categories'), fc.jsonValue({ maxDepth: 2 }))), tiers: fc.jsonValue({ maxDepth: 3 }) }),
);

describe('model validation properties (fast-check, seeded, 1000 runs)', () => {
  it('(11) validateModel returns the input unchanged or throws one bilingual INVALID_MODEL TierBookError', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const before = JSON.stringify(input);
      let outcome: 'valid' | 'invalid';
      try {
        const model = validateModel(input, 'model.json');
        if (model !== input) return false;
        outcome = 'valid';
      } catch (error) {
        if (!isTierBookError(error) || error.code !== 'INVALID_MODEL') return false;
        if (!error.messages['zh-CN'].includes('model.json') || !error.messages['en-US'].includes('model.json')) return false;
        outcome = 'invalid';
      }
      // Validation reads, never repairs: the input is as it was, and the verdict agrees with findModelProblems.
      return JSON.stringify(input) === before && (outcome === 'valid') === (findModelProblems(input).length === 0);
    }), { seed: 1111, ...RUNS });
  });
});
