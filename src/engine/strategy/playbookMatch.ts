import { normalizeLabel } from '../cell/normalizeText';
import type { TierModel, TierSpec } from '../model/types';
import type { Playbook, TierRank } from './playbook';

/** Which playbook serves a tier, and whether it was chosen by the tier's name or, failing that, by its rank. */
export interface TierPlaybookMatch {
  readonly playbook: Playbook;
  readonly via: 'tier' | 'rank';
}

/** Tier k of `count`: the first is the top, the last the bottom (a single tier is the top). */
export function tierRank(k: number, count: number): TierRank {
  if (k === 0) return 'top';
  return k === count - 1 ? 'bottom' : 'middle';
}

function tierSpellings(tier: TierSpec): Set<string> {
  const names = [tier.name, tier.label?.['zh-CN'], tier.label?.['en-US']].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return new Set(names.map(normalizeLabel));
}

/**
 * The playbook for tier k: the first one naming the tier (by name or label), else the first one for its rank.
 * Why rank: a user's own model ("A/B/C", "VIP") still gets the HNW playbook on top and the ordinary one at the bottom.
 */
export function playbookForTier(playbooks: readonly Playbook[], tiers: readonly TierSpec[], k: number): TierPlaybookMatch | undefined {
  const spellings = tierSpellings(tiers[k]);
  const named = playbooks.find((p) => p.audience.some((r) => r.kind === 'tier' && r.names.some((n) => spellings.has(normalizeLabel(n)))));
  if (named) return { playbook: named, via: 'tier' };
  const rank = tierRank(k, tiers.length);
  const ranked = playbooks.find((p) => p.audience.some((r) => r.kind === 'rank' && r.rank === rank));
  return ranked ? { playbook: ranked, via: 'rank' } : undefined;
}

interface FactorTest {
  readonly factor: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The factor-rule playbooks (高频交易, 低忠诚, ...) a client falls under, from the client's factor scores.
 * Compiled once per model so that listing 50,000 clients costs a few comparisons each. Rules on factor keys the
 * model does not have match nobody.
 */
export function factorPlaybookMatcher(playbooks: readonly Playbook[], model: TierModel): (factorScores: readonly Float64Array[], client: number) => Playbook[] {
  const compiled = playbooks.map((playbook) => ({
    playbook,
    tests: playbook.audience.flatMap((r): FactorTest[] => {
      if (r.kind !== 'factor') return [];
      const factor = model.factors.findIndex((f) => f.key === r.factor);
      return factor < 0 ? [] : [{ factor, min: r.min ?? -Infinity, max: r.max ?? Infinity }];
    }),
  })).filter((c) => c.tests.length > 0);
  return (factorScores, client) => compiled.filter((c) => c.tests.some((t) => {
    const score = factorScores[t.factor][client];
    return score >= t.min && score <= t.max; // NaN (missing) matches nothing
  })).map((c) => c.playbook);
}
