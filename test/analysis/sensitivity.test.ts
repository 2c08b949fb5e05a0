import { boundaryClients } from '../../src/engine/sensitivity/boundaryClients';
import { shiftedShares, weightSensitivity } from '../../src/engine/sensitivity/weightSensitivity';
import type { TierModel } from '../../src/engine';

const TWO_TIERS: TierModel['tiers'] = [{ name: 'A', minScore: 50 }, { name: 'B', minScore: 0 }];

describe('weight sensitivity', () => {
  it('moves one share by the delta and rescales the others by their ratios', () => {
    const shares = shiftedShares([35, 20, 15, 15, 15], 0, 10) as number[];
    expect(shares[0]).toBe(45);
    expect(shares[1]).toBeCloseTo((20 * 55) / 65, 12);
    expect(shares.reduce((a, s) => a + s, 0)).toBeCloseTo(100, 12);
    expect(shiftedShares([35, 65], 0, -40)).toBeUndefined();
    expect(shiftedShares([100, 0], 0, -5)).toBeUndefined();
  });

  it('counts tier changes per factor and move (hand-checked)', () => {
    // A and B at 50/50 put all four clients at exactly 50 (tier A).
    //  A +5 (55/45): 55, 45, 52, 50.5 → one drops;  A +10 (60/40): 60, 40, 54, 51 → one
    //  A −5 (45/55): 45, 55, 48, 49.5 → three drop; A −10 (40/60): 40, 60, 46, 49 → three
    // B's moves mirror A's.
    const factorScores = [Float64Array.from([100, 0, 70, 55]), Float64Array.from([0, 100, 30, 45])];
    const model = { factors: [{ key: 'a', column: 'a', weight: 1, scale: 'minmax' as const }, { key: 'b', column: 'b', weight: 1, scale: 'minmax' as const }], tiers: TWO_TIERS };
    const rows = weightSensitivity(factorScores, model);
    expect(rows.map((r) => r.share)).toEqual([50, 50]);
    expect(rows[0].changed).toEqual([3, 3, 1, 1]);
    expect(rows[1].changed).toEqual([1, 1, 3, 3]);
  });
});

describe('boundary clients', () => {
  it('lists the clients within the margin of a cutoff, nearest first, with counts per line', () => {
    const { clients, counts } = boundaryClients(Float64Array.from([79.5, 80, 81.2, 60.9, 45, NaN]), Float64Array.from([80, 60, 40, 0]), 1);
    expect(clients).toEqual([
      { client: 1, tier: 0, distance: 0 },
      { client: 0, tier: 0, distance: -0.5 },
      { client: 3, tier: 1, distance: 60.9 - 60 },
    ]);
    expect(counts).toEqual([
      { tier: 0, cutoff: 80, below: 1, above: 1 },
      { tier: 1, cutoff: 60, below: 0, above: 1 },
      { tier: 2, cutoff: 40, below: 0, above: 0 },
      { tier: 3, cutoff: 0, below: 0, above: 0 },
    ]);
  });

  it('has no line for a catch-all quota tier', () => {
    expect(boundaryClients(Float64Array.from([1]), Float64Array.from([50, -Infinity])).counts).toHaveLength(1);
  });
});
