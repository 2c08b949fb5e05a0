import { createDefaultModel, tierGrid, type TierModel, type TierSpec } from '../../src/engine';
import { createDefaultPlaybooks, factorPlaybookMatcher, playbookForTier, type Playbook } from '../../src/engine/strategy';
import { CLIENT_GRID } from './strategyFixture';

const playbooks = createDefaultPlaybooks();
const keysFor = (tiers: TierSpec[], list: readonly Playbook[] = playbooks): (string | undefined)[] =>
  tiers.map((_, k) => playbookForTier(list, tiers, k)?.playbook.key);

describe('playbookForTier', () => {
  it('finds the default tiers by name', () => {
    const tiers = createDefaultModel().tiers;
    expect(keysFor(tiers)).toEqual(['tier-diamond', 'tier-gold', 'tier-silver', 'tier-standard']);
    expect(playbookForTier(playbooks, tiers, 0)?.via).toBe('tier');
  });

  it('falls back by rank for tier names the templates do not know', () => {
    const tiers: TierSpec[] = [{ name: 'A', minScore: 75 }, { name: 'B', minScore: 50 }, { name: 'C', minScore: 25 }, { name: 'D', minScore: 0 }];
    expect(keysFor(tiers)).toEqual(['hnw', 'growth', 'growth', 'ordinary']);
    expect(tiers.map((_, k) => playbookForTier(playbooks, tiers, k)?.via)).toEqual(['rank', 'rank', 'rank', 'rank']);
    expect(keysFor([{ name: 'VIP', minScore: 50 }, { name: 'Rest', minScore: 0 }])).toEqual(['hnw', 'ordinary']);
    expect(keysFor([{ name: 'All', minScore: 0 }])).toEqual(['hnw']);
  });

  it('matches a tier by its label, case- and width-insensitively, and mixes name and rank matches', () => {
    const tiers: TierSpec[] = [{ name: 'T1', minScore: 90, label: { 'zh-CN': '至尊', 'en-US': 'ＤＩＡＭＯＮＤ' } }, { name: 'gold', minScore: 50 }, { name: 'T3', minScore: 0 }];
    expect(keysFor(tiers)).toEqual(['tier-diamond', 'tier-gold', 'ordinary']);
  });

  it('gives no playbook when none names the tier or its rank', () => {
    const onlyFactor = playbooks.filter((p) => p.audience.every((r) => r.kind === 'factor'));
    expect(keysFor([{ name: 'A', minScore: 50 }, { name: 'B', minScore: 0 }], onlyFactor)).toEqual([undefined, undefined]);
  });
});

describe('factorPlaybookMatcher', () => {
  it('lists the factor playbooks each client falls under', () => {
    const result = tierGrid(CLIENT_GRID, createDefaultModel());
    const match = factorPlaybookMatcher(playbooks, result.model);
    const keys = (client: number): string[] => match(result.factorScores, client).map((p) => p.key);
    // C001 is top on every factor; C007 bottom on every factor (risk C1 = 0, needs 基础理财 = 30).
    expect(keys(0)).toEqual(['hnw', 'high-frequency', 'professional-needs', 'high-risk', 'high-loyalty']);
    expect(keys(6)).toEqual(['ordinary', 'low-frequency', 'basic-needs', 'low-risk', 'low-loyalty']);
    // C003: assets percentile 4/7·100 ≈ 57 (neither band), risk C3 = 50 (neither), needs 基础理财.
    expect(keys(2)).not.toContain('hnw');
    expect(keys(2)).not.toContain('ordinary');
    expect(keys(2)).toContain('basic-needs');
    expect(keys(2).some((k) => k.endsWith('-risk'))).toBe(false);
  });

  it('ignores rules on factors the model lacks, and missing scores', () => {
    const model: TierModel = { ...createDefaultModel(), factors: createDefaultModel().factors.filter((f) => f.key !== 'risk') };
    const grid = CLIENT_GRID.map((r) => r.filter((_, c) => c !== 5));
    grid[1][2] = null; // C001 has no assets: no assets playbook for it
    const result = tierGrid(grid, model);
    const keys = factorPlaybookMatcher(playbooks, model)(result.factorScores, 0).map((p) => p.key);
    expect(keys).toEqual(['high-frequency', 'professional-needs', 'high-loyalty']);
  });
});
