import fc from 'fast-check';
import {
  assignTiers, factorScore, parseNumericCell, radixArgsort, tierGrid,
  type CategoryColumn, type CellValue, type FactorDirection, type FactorScale, type FactorSpec, type MissingPolicy,
  type NumericColumn, type TierModel, type TierSpec, type TieringResult,
} from '../../src/engine';

/*
 * Properties the pinned rules imply, checked on random small sheets. Seeds are fixed so a failure reproduces;
 * fast-check prints the shrunk counterexample.
 */
const RUNS = { numRuns: 1000 } as const;

const THRESHOLD_TIERS: TierSpec[] = [
  { name: '钻石', minScore: 80 }, { name: '黄金', minScore: 60 }, { name: '白银', minScore: 40 }, { name: '普通', minScore: 0 },
];
const QUOTA_TIERS: TierSpec[] = [{ name: 'A', topShare: 0.1 }, { name: 'B', topShare: 0.3 }, { name: 'C', topShare: 0.6 }, { name: 'D' }];
const RISK_MAP = { C1: 0, C2: 25, C3: 50, C4: 75, C5: 100 };
const FACTOR_SLOTS = 4;

interface FactorChoice { scale: FactorScale; direction: FactorDirection; weight: number }
/** One client's cells: a number and a label per factor slot; the factor's scale decides which one the sheet shows. */
interface ClientCells { numbers: (number | null)[]; labels: (string | null)[] }

const numberArb = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 1, 100, 1e6),
);
const numberCellArb = fc.option(numberArb, { nil: null, freq: 6 });
const labelCellArb = fc.option(fc.constantFrom('C1', 'c2', 'Ｃ３', ' C4 ', 'C5', 'X9'), { nil: null, freq: 6 });
const clientArb: fc.Arbitrary<ClientCells> = fc.record({
  numbers: fc.array(numberCellArb, { minLength: FACTOR_SLOTS, maxLength: FACTOR_SLOTS }),
  labels: fc.array(labelCellArb, { minLength: FACTOR_SLOTS, maxLength: FACTOR_SLOTS }),
});
const clientsArb = fc.array(clientArb, { minLength: 1, maxLength: 12 });

const factorArb: fc.Arbitrary<FactorChoice> = fc.record({
  scale: fc.constantFrom<FactorScale>('percentile', 'minmax', 'log', 'category'),
  direction: fc.constantFrom<FactorDirection>('higher', 'lower'),
  weight: fc.integer({ min: 0, max: 100 }),
});
/** 1–4 factors, at least one weighted (validation forbids all-zero weights). */
const factorsArb = fc.array(factorArb, { minLength: 1, maxLength: FACTOR_SLOTS })
  .map((fs) => (fs.some((f) => f.weight > 0) ? fs : [{ ...fs[0], weight: 1 }, ...fs.slice(1)]));
const missingArb = fc.constantFrom<MissingPolicy>('zero', 'exclude');

function factorSpec(choice: FactorChoice, slot: number): FactorSpec {
  const spec: FactorSpec = { key: `f${slot}`, column: `因子${slot}`, weight: choice.weight, scale: choice.scale, direction: choice.direction };
  return choice.scale === 'category' ? { ...spec, categories: { ...RISK_MAP } } : spec;
}

function modelOf(factors: readonly FactorChoice[], missing: MissingPolicy, tiers: TierSpec[] = THRESHOLD_TIERS): TierModel {
  return { idColumn: '客户号', factors: factors.map(factorSpec), tiers, missing };
}

function clientRow(id: CellValue, cells: ClientCells, model: TierModel): CellValue[] {
  return [id, ...model.factors.map((f, slot) => (f.scale === 'category' ? cells.labels[slot] : cells.numbers[slot]))];
}

/** A sheet with a title row, the header, and one row per client with ids K0, K1, …. */
function gridOf(clients: readonly ClientCells[], model: TierModel, ids: readonly string[] = clients.map((_, i) => `K${i}`)): CellValue[][] {
  const header: CellValue[] = ['客户号', ...model.factors.map((f) => f.column)];
  return [['客户明细', null], header, ...clients.map((c, i) => clientRow(ids[i], c, model))];
}

function scoreById(result: TieringResult): Map<string, { score: number; tier: number }> {
  const byId = new Map<string, { score: number; tier: number }>();
  result.table.ids.forEach((id, i) => byId.set(id, { score: result.scores[i], tier: result.tierIndex[i] }));
  return byId;
}

const sameNumber = (a: number, b: number): boolean => (Number.isNaN(a) && Number.isNaN(b)) || a === b;

describe('engine properties (fast-check, seeded, 1000 runs each)', () => {
  it('(1) every factor score and every composite stays within [0, 100]', () => {
    fc.assert(fc.property(factorsArb, missingArb, clientsArb, fc.boolean(), (factors, missing, clients, quota) => {
      const model = modelOf(factors, missing, quota ? QUOTA_TIERS : THRESHOLD_TIERS);
      const result = tierGrid(gridOf(clients, model), model);
      const inRange = (s: number): boolean => Number.isNaN(s) || (s >= 0 && s <= 100);
      for (const column of result.factorScores) for (const s of column) if (!inRange(s)) return false;
      for (const s of result.scores) if (!inRange(s)) return false;
      return true;
    }), { seed: 101, ...RUNS });
  });

  it('(2) raising a client\'s value of a "higher" factor never lowers its tier, with threshold and with quota tiers', () => {
    const raisedArb = fc.record({
      first: fc.record({ scale: fc.constantFrom<FactorScale>('percentile', 'minmax', 'log'), weight: fc.integer({ min: 1, max: 100 }) }),
      others: fc.array(factorArb, { maxLength: FACTOR_SLOTS - 1 }),
      clients: clientsArb,
      who: fc.nat(),
      by: fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1e-3, max: 1e9, noNaN: true })),
      start: numberArb,
    });
    fc.assert(fc.property(raisedArb, ({ first, others, clients, who, by, start }) => {
      const factors: FactorChoice[] = [{ ...first, direction: 'higher' }, ...others];
      const i = who % clients.length;
      const before = clients.map((c) => ({ numbers: [...c.numbers], labels: c.labels }));
      before[i].numbers[0] = before[i].numbers[0] ?? start;
      const after = before.map((c) => ({ numbers: [...c.numbers], labels: c.labels }));
      after[i].numbers[0] = (before[i].numbers[0] as number) + by;
      const model = modelOf(factors, 'zero', THRESHOLD_TIERS);
      // Scores do not depend on the tiers, so one run per state serves both tier kinds.
      const tiersOf = (clientsNow: ClientCells[]): [number, number] => {
        const { scores, tierIndex } = tierGrid(gridOf(clientsNow, model), model);
        return [tierIndex[i], assignTiers(scores, QUOTA_TIERS).tierIndex[i]];
      };
      const tiersBefore = tiersOf(before);
      const tiersAfter = tiersOf(after);
      // a lower index is a higher tier
      return tiersBefore.every((t, k) => t >= 0 && tiersAfter[k] >= 0 && tiersAfter[k] <= t);
    }), { seed: 202, ...RUNS });
  });

  it('(3) row order does not change anyone\'s score or tier', () => {
    const arb = fc.tuple(factorsArb, missingArb, clientsArb, fc.boolean()).chain(([factors, missing, clients, quota]) =>
      fc.tuple(fc.constant(factors), fc.constant(missing), fc.constant(clients), fc.constant(quota),
        fc.shuffledSubarray(clients.map((_, i) => i), { minLength: clients.length, maxLength: clients.length })));
    fc.assert(fc.property(arb, ([factors, missing, clients, quota, permutation]) => {
      const model = modelOf(factors, missing, quota ? QUOTA_TIERS : THRESHOLD_TIERS);
      const ids = clients.map((_, i) => `K${i}`);
      const original = scoreById(tierGrid(gridOf(clients, model, ids), model));
      const shuffled = scoreById(tierGrid(gridOf(permutation.map((p) => clients[p]), model, permutation.map((p) => ids[p])), model));
      return ids.every((id) => {
        const a = original.get(id);
        const b = shuffled.get(id);
        return a !== undefined && b !== undefined && sameNumber(a.score, b.score) && a.tier === b.tier;
      });
    }), { seed: 303, ...RUNS });
  });

  it('(4) scaling every weight by a positive constant changes scores by at most 1e-9 and tiers not at all', () => {
    const scaleArb = fc.oneof(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom(0.01, 0.1, 3, 7, 100));
    fc.assert(fc.property(factorsArb, missingArb, clientsArb, scaleArb, (factors, missing, clients, c) => {
      const model = modelOf(factors, missing);
      const scaled = modelOf(factors.map((f) => ({ ...f, weight: f.weight * c })), missing);
      const a = tierGrid(gridOf(clients, model), model);
      const b = tierGrid(gridOf(clients, scaled), scaled);
      for (let i = 0; i < a.scores.length; i++) {
        const x = a.scores[i], y = b.scores[i];
        if (Number.isNaN(x) !== Number.isNaN(y)) return false;
        if (!Number.isNaN(x) && Math.abs(x - y) > 1e-9) return false;
      }
      const sameTiers = (p: Int16Array, q: Int16Array): boolean => p.every((t, i) => t === q[i]);
      return sameTiers(a.tierIndex, b.tierIndex)
        && sameTiers(assignTiers(a.scores, QUOTA_TIERS).tierIndex, assignTiers(b.scores, QUOTA_TIERS).tierIndex);
    }), { seed: 404, ...RUNS });
  });

  it('(5) parseNumericCell reads back every finite double as JavaScript prints it', () => {
    const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(fc.property(finite, (x) => {
      const parsed = parseNumericCell(String(x));
      return parsed.kind === 'number' && parsed.value === x && parsed.fromText;
    }), { seed: 505, ...RUNS });
  });

  it('(6) radixArgsort orders indices like a stable comparator sort', () => {
    const valuesArb = fc.array(fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
      fc.integer({ min: -5, max: 5 }),
    ), { maxLength: 600 }); // past 256 values the radix path runs, below it the comparator path
    fc.assert(fc.property(valuesArb, (list) => {
      const values = Float64Array.from(list);
      const expected = list.map((_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b));
      const actual = radixArgsort(values);
      return actual.length === expected.length && expected.every((e, k) => actual[k] === e);
    }), { seed: 606, ...RUNS });
  });

  it('(7) direction "lower" scores 100 − the "higher" score, for every scale', () => {
    const columnArb = fc.array(fc.option(numberArb, { nil: null, freq: 5 }), { minLength: 1, maxLength: 15 });
    const categoryArb = fc.record({
      codes: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 1, maxLength: 15 }),
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(fc.property(columnArb, categoryArb, fc.constantFrom<FactorScale>('percentile', 'minmax', 'log'), (cells, cat, scale) => {
      const numeric: NumericColumn = { kind: 'numeric', values: Float64Array.from(cells, (v) => v ?? NaN), fromText: new Uint8Array(cells.length) };
      const category: CategoryColumn = { kind: 'category', codes: Int32Array.from(cat.codes), levels: ['c1', 'c2', 'c3', 'x9'], rawLevels: ['C1', 'C2', 'C3', 'X9'], spellings: ['C1', 'C2', 'C3', 'X9'], spellingCodes: Int32Array.from(cat.codes) };
      const categories = { C1: cat.scores[0], C2: cat.scores[1], C3: cat.scores[2] };
      const pairs: [Float64Array, Float64Array][] = [
        [factorScore(numeric, { key: 'k', column: 'c', weight: 1, scale }),
          factorScore(numeric, { key: 'k', column: 'c', weight: 1, scale, direction: 'lower' })],
        [factorScore(category, { key: 'k', column: 'c', weight: 1, scale: 'category', categories }),
          factorScore(category, { key: 'k', column: 'c', weight: 1, scale: 'category', categories, direction: 'lower' })],
      ];
      return pairs.every(([higher, lower]) => higher.every((h, i) => sameNumber(lower[i], 100 - h)));
    }), { seed: 707, ...RUNS });
  });

  it('(8) every non-blank row below the header is either a scored client or excluded, exactly once', () => {
    type RowKind = 'client' | 'blank' | 'total' | 'noId';
    const rowArb = fc.record({
      kind: fc.constantFrom<RowKind>('client', 'client', 'client', 'blank', 'total', 'noId'),
      id: fc.oneof(fc.constantFrom('K1', 'K2', 'K3', ' K1 '), fc.integer({ min: 1, max: 4 }).map((n) => n * 1000)),
      total: fc.constantFrom('合计', '总计', '小计', 'Total', ' total '),
      cells: clientArb,
    });
    fc.assert(fc.property(factorsArb, missingArb, fc.array(rowArb, { maxLength: 15 }), (factors, missing, rows) => {
      const model = modelOf(factors, missing);
      const header: CellValue[] = ['客户号', ...model.factors.map((f) => f.column)];
      const body = rows.map((r): CellValue[] => {
        if (r.kind === 'blank') return [null, ...model.factors.map(() => null)];
        if (r.kind === 'total') return clientRow(r.total, r.cells, model);
        if (r.kind === 'noId') return [null, ...model.factors.map((_, slot) => slot === 0 ? 'x' : null)];
        return clientRow(r.id, r.cells, model);
      });
      const grid = [['客户明细'], header, ...body];
      const isBlank = (c: CellValue): boolean => c === null || (typeof c === 'string' && c.trim() === '');
      const nonBlankRows = body.map((row, k) => (row.every(isBlank) ? -1 : k + 3)).filter((r) => r > 0);
      if (nonBlankRows.length === 0) return true;
      const result = tierGrid(grid, model);
      const scoredRows = Array.from(result.table.rowNumbers).filter((_, i) => !Number.isNaN(result.scores[i]));
      const excludedRows = result.excluded.map((e) => e.row);
      const seen = [...scoredRows, ...excludedRows].sort((a, b) => a - b);
      return seen.length === nonBlankRows.length && seen.every((r, k) => r === nonBlankRows[k]);
    }), { seed: 808, ...RUNS });
  });
});
