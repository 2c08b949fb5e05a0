import { sampleGrid, SAMPLE_SHEET } from '../fixtures/sampleGrid';
import { createDefaultModel, tierGrid, type CellValue, type FactorScale, type TierModel } from '../../src/engine';
import { seededRandom } from '../../src/engine/clusters/seededRandom';
import { tierOfScore } from '../../src/engine/tiers/assignTiers';
import { nextCentAbove, upgradePotential, type UpgradeStep } from '../../src/engine/upgrade/upgradePotential';

const HEADER = ['客户号', '总资产', '年交易次数'];

function model(assetScale: FactorScale, tiers: TierModel['tiers'] = [{ name: 'A', minScore: 60 }, { name: 'B', minScore: 30 }, { name: 'C', minScore: 0 }]): TierModel {
  return {
    idColumn: '客户号',
    factors: [
      { key: 'assets', column: '总资产', weight: 50, scale: assetScale },
      { key: 'frequency', column: '年交易次数', weight: 50, scale: 'minmax' },
    ],
    tiers,
  };
}

function grid(assets: number[], frequency: number[]): CellValue[][] {
  return [HEADER, ...assets.map((a, i) => [`K${i}`, a, frequency[i]])];
}

const byClient = (steps: UpgradeStep[]): Map<number, UpgradeStep> => new Map(steps.map((s) => [s.client, s]));

describe('upgrade potential (hand-checked)', () => {
  // assets 100…500 and frequency 0…40 score 0, 25, 50, 75, 100 on both; composites 0, 25, 50, 75, 100 → C, C, B, A, A.
  const cells = grid([100, 200, 300, 400, 500], [0, 10, 20, 30, 40]);

  it('percentile: passes the fewest others that lift the client, at the next cent above the last one passed', () => {
    const result = tierGrid(cells, model('percentile'));
    const steps = byClient(upgradePotential(result, { maxPoints: 100, maxAssetIncrease: 10 }));
    // K1 (25, C → B at 30): asset score ≥ 35 → ≥ 1.4 of 4 others below → 2 → above 300 → 300.01 (score 50, composite 37.5).
    expect(steps.get(1)).toMatchObject({ tier: 2, nextTier: 1, cutoff: 30, pointsNeeded: 5, assets: 200, assetsTarget: 300.01 });
    expect(steps.get(1)?.contributions).toEqual([12.5, 12.5]);
    // K2 (50, B → A at 60): asset score ≥ 70 → 3 others below → above 400 → 400.01.
    expect(steps.get(2)).toMatchObject({ pointsNeeded: 10, assetsTarget: 400.01 });
    // K0 (0, C → B): asset score ≥ 60 → 3 others below → 400.01.
    expect(steps.get(0)).toMatchObject({ pointsNeeded: 30, assetsTarget: 400.01 });
    expect(steps.has(3)).toBe(false);
  });

  it('minmax: solves (v − 100) / 400 = 0.35 for K1, v = 240 exactly', () => {
    const result = tierGrid(cells, model('minmax'));
    const steps = byClient(upgradePotential(result, { maxPoints: 100, maxAssetIncrease: 10 }));
    expect(steps.get(1)?.assetsTarget).toBe(240);
    // K2: (v − 100) / 400 ≥ 0.7 → 380.
    expect(steps.get(2)?.assetsTarget).toBe(380);
  });

  it('lists only clients within reach by default (≤ 5 points or ≤ 20% more assets), smallest step first', () => {
    const result = tierGrid(cells, model('minmax'));
    // K1 needs 5 points (listed); K2 needs 10 points and 380 / 300 = +26.7% (not); K0 needs 30 points, and with the
    // minimum moving to 200 once K0's value rises, 100 → 0.6 of the way from 200 to 500 = 380: +280% (not).
    expect(upgradePotential(result).map((s) => s.client)).toEqual([1]);
    expect(upgradePotential(result, { maxAssetIncrease: 0.3 }).map((s) => s.client)).toEqual([1, 2]);
  });
});

describe('the 0.01 grid', () => {
  it('steps strictly above a value even where value × 100 falls just short of an integer', () => {
    expect(291621.41 * 100).toBeLessThan(29162141); // the floating-point trap
    expect(nextCentAbove(291621.41)).toBe(291621.42);
    expect(nextCentAbove(0.29)).toBe(0.3);
    expect(nextCentAbove(5)).toBe(5.01);
    expect(nextCentAbove(5.001)).toBe(5.01);
  });

  it('percentile: passes an other client whose value is such a trap (the sample\'s row 618)', () => {
    // K0 at 290,581.92 has 5 of 9 others below; each one passed adds 50 × 100 / 9 / 100 = 5.56 points. A cutoff 2.5 steps
    // up needs three passed, and the third is 291,621.41.
    const assets = [290581.92, 290124.62, 290550.31, 291133.2, 291474.9, 291621.41, 291643.15, 100, 200, 300];
    const frequency = [50, 50, 50, 50, 50, 50, 50, 50, 50, 50].map((f, i) => f + i);
    const m = model('percentile', [{ name: 'A', minScore: 0 }]);
    const result = tierGrid(grid(assets, frequency), m);
    expect(result.tierIndex[0]).toBe(0);
    const steps = byClient(upgradePotential(tierGrid(grid(assets, frequency), model('percentile', [{ name: 'A', minScore: result.scores[0] + (50 * 2.5) / 9 }, { name: 'B', minScore: 0 }])), { maxPoints: 100 }));
    expect(steps.get(0)?.assetsTarget).toBe(291621.42);
  });
});

describe('upgrade re-score property: the suggested assets land exactly in the next tier through the real engine', () => {
  function randomCells(seed: number, n: number): { assets: number[]; frequency: number[] } {
    const random = seededRandom(seed);
    const assets = Array.from({ length: n }, () => Math.round(10 ** (3 + 4 * random()) * 100) / 100);
    const frequency = Array.from({ length: n }, () => Math.floor(random() * 200));
    return { assets, frequency };
  }

  for (const scale of ['percentile', 'minmax', 'log'] as const) {
    it(`${scale}: every listed target lands in the next tier, and one cent less does not`, () => {
      const { assets, frequency } = randomCells(scale.length, 120);
      const m = model(scale);
      const result = tierGrid(grid(assets, frequency), m);
      const steps = upgradePotential(result, { maxPoints: 100, maxAssetIncrease: 1e9 }).filter((s) => s.assetsTarget !== undefined);
      expect(steps.length).toBeGreaterThan(20);
      for (const step of steps) {
        const target = step.assetsTarget as number;
        const moved = [...assets]; moved[step.client] = target;
        const rerun = tierGrid(grid(moved, frequency), m);
        expect(rerun.tierIndex[step.client]).toBe(step.nextTier);
        const short = [...assets]; short[step.client] = Math.round(target * 100 - 1) / 100;
        if (short[step.client] > assets[step.client]) {
          expect(tierGrid(grid(short, frequency), m).tierIndex[step.client]).not.toBe(step.nextTier);
        }
      }
    });
  }

  it('quota tiers: the target lands in the next tier against the run\'s cutoffs', () => {
    const { assets, frequency } = randomCells(11, 120);
    const m = model('percentile', [{ name: 'A', topShare: 0.1 }, { name: 'B', topShare: 0.4 }, { name: 'C' }]);
    const result = tierGrid(grid(assets, frequency), m);
    const steps = upgradePotential(result, { maxPoints: 100, maxAssetIncrease: 1e9 }).filter((s) => s.assetsTarget !== undefined);
    expect(steps.length).toBeGreaterThan(20);
    for (const step of steps) {
      const moved = [...assets]; moved[step.client] = step.assetsTarget as number;
      const rerun = tierGrid(grid(moved, frequency), m);
      expect(tierOfScore(rerun.scores[step.client], result.tierCutoffs)).toBe(step.nextTier);
    }
  });

  it('the 5,000-client sample with the default model: the first 60 listed targets land in the next tier on a re-run', async () => {
    const cells = await sampleGrid();
    const m = createDefaultModel();
    const result = tierGrid(cells, m, SAMPLE_SHEET, {}, { runDate: '2026-06-30' });
    const steps = upgradePotential(result).filter((s) => s.assetsTarget !== undefined).slice(0, 60);
    expect(steps.length).toBe(60);
    const column = result.table.layout.factors[0].index;
    for (const step of steps) {
      const moved = cells.map((row) => [...row]);
      moved[result.table.rowNumbers[step.client] - 1][column] = step.assetsTarget as number;
      const rerun = tierGrid(moved, m, SAMPLE_SHEET, {}, { runDate: '2026-06-30' });
      expect(rerun.tierIndex[step.client]).toBe(step.nextTier);
    }
  });
});
