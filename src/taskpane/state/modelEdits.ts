/*
 * Every change the Model section makes to the working model, as data, applied by one pure function. Edits never
 * validate: a half-typed model is allowed and its problems are shown next to the control (findModelProblems).
 */
import { isThresholdTier, usesQuotaTiers, type FactorDirection, type FactorScale, type FactorSpec, type MissingPolicy, type TierModel, type TierSpec, type WeightSource } from '../../engine';

export type TierMode = 'thresholds' | 'quotas';

export type ModelEdit =
  | { readonly kind: 'weight'; readonly factor: number; readonly weight: number }
  | { readonly kind: 'scale'; readonly factor: number; readonly scale: FactorScale }
  | { readonly kind: 'direction'; readonly factor: number; readonly direction: FactorDirection }
  | { readonly kind: 'categories'; readonly factor: number; readonly categories: Readonly<Record<string, number>> }
  | { readonly kind: 'missing'; readonly missing: MissingPolicy }
  | { readonly kind: 'tierName'; readonly tier: number; readonly name: string }
  | { readonly kind: 'tierMinScore'; readonly tier: number; readonly minScore: number }
  | { readonly kind: 'tierTopShare'; readonly tier: number; readonly topShare: number }
  /** A quota tier's own share (not cumulative): the tiers below it keep theirs, the last tier takes the rest. */
  | { readonly kind: 'tierOwnShare'; readonly tier: number; readonly share: number }
  /** `seeds`: the new mode's minScores or topShares, top tier first (the last quota tier's is ignored). */
  | { readonly kind: 'tierMode'; readonly mode: TierMode; readonly seeds: readonly number[] }
  | { readonly kind: 'addTier'; readonly name: string }
  | { readonly kind: 'removeTier'; readonly tier: number }
  /** A compared weighting adopted (issue 12): every weight at once, and where they came from. */
  | { readonly kind: 'adoptWeights'; readonly weights: readonly number[]; readonly source: WeightSource };

export function tierModeOf(model: Pick<TierModel, 'tiers'>): TierMode {
  return usesQuotaTiers(model) ? 'quotas' : 'thresholds';
}

function withFactor(model: TierModel, index: number, change: (f: FactorSpec) => FactorSpec): TierModel {
  return { ...model, factors: model.factors.map((f, i) => (i === index ? change(f) : f)) };
}

function withTier(model: TierModel, index: number, change: (t: TierSpec) => TierSpec): TierModel {
  return { ...model, tiers: model.tiers.map((t, i) => (i === index ? change(t) : t)) };
}

/** A category factor needs a map; one switched to category starts from an empty map the user fills in. */
function withScale(f: FactorSpec, scale: FactorScale): FactorSpec {
  return scale === 'category' ? { ...f, scale, categories: f.categories ?? {} } : { ...f, scale };
}

/** The tiers re-expressed in the other mode; names and labels stay. */
function retiered(tiers: readonly TierSpec[], mode: TierMode, seeds: readonly number[]): TierSpec[] {
  return tiers.map((t, k): TierSpec => {
    const base = { name: t.name, ...(t.label ? { label: t.label } : {}) };
    if (mode === 'thresholds') return { ...base, minScore: seeds[k] ?? 0 };
    return k === tiers.length - 1 ? base : { ...base, topShare: seeds[k] };
  });
}

/** A new tier goes just above the catch-all last tier, halfway between its neighbours. */
function tiersWithNew(tiers: readonly TierSpec[], name: string, quota: boolean): TierSpec[] {
  if (tiers.length === 0) return [quota ? { name } : { name, minScore: 0 }];
  const at = tiers.length - 1;
  const above = at > 0 ? tiers[at - 1] : undefined;
  let added: TierSpec;
  if (quota) {
    const upper = above && !isThresholdTier(above) ? above.topShare ?? 0 : 0;
    added = { name, topShare: Math.round(((upper + 1) / 2) * 1000) / 1000 };
  } else {
    const last = tiers[at];
    const lower = isThresholdTier(last) ? last.minScore : 0;
    const upper = above && isThresholdTier(above) ? above.minScore : 100;
    added = { name, minScore: Math.round(((lower + upper) / 2) * 10) / 10 };
  }
  return [...tiers.slice(0, at), added, tiers[at]];
}

/** Without its last tier, a quota model's new last tier must take the rest, so it loses its share. */
function tiersWithout(tiers: readonly TierSpec[], index: number, quota: boolean): TierSpec[] {
  const rest = tiers.filter((_, i) => i !== index);
  if (!quota || rest.length === 0) return rest;
  const { topShare: _dropped, ...last } = rest[rest.length - 1] as { topShare?: number } & TierSpec;
  return [...rest.slice(0, -1), last];
}

/** Cumulative shares from own shares: tier k's topShare moves by the change, and so do those of the tiers below it. */
function withOwnShare(tiers: readonly TierSpec[], index: number, share: number): TierSpec[] {
  const top = (k: number): number => {
    const t = tiers[k] as { topShare?: number } | undefined;
    return k < 0 ? 0 : t?.topShare ?? NaN;
  };
  const delta = top(index - 1) + share - top(index);
  // Rounded to a millionth: adding shares in floating point must not turn 0.1 + 0.2 into 0.30000000000000004.
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return tiers.map((t, k): TierSpec => {
    if (k < index || k === tiers.length - 1) return t;
    const base = { name: t.name, ...(t.label ? { label: t.label } : {}) };
    return { ...base, topShare: k === index ? round(top(index - 1) + share) : round(top(k) + delta) };
  });
}

/**
 * A weight moved by hand makes the weights "manual"; what they were derived from is kept (derivedFrom), so the record
 * still says "set by hand, starting from AHP (CR 0.03)". A model that recorded no source gains none.
 */
function handSet(model: TierModel, changed: boolean): TierModel {
  const source = model.weightSource;
  if (!changed || !source || source.method === 'manual') return model;
  return { ...model, weightSource: { method: 'manual', derivedFrom: source } };
}

export function applyModelEdit(model: TierModel, edit: ModelEdit): TierModel {
  switch (edit.kind) {
    case 'weight': return handSet(withFactor(model, edit.factor, (f) => ({ ...f, weight: edit.weight })), model.factors[edit.factor]?.weight !== edit.weight);
    case 'adoptWeights': return { ...model, factors: model.factors.map((f, j) => ({ ...f, weight: edit.weights[j] ?? f.weight })), weightSource: edit.source };
    case 'scale': return withFactor(model, edit.factor, (f) => withScale(f, edit.scale));
    case 'direction': return withFactor(model, edit.factor, (f) => ({ ...f, direction: edit.direction }));
    case 'categories': return withFactor(model, edit.factor, (f) => ({ ...f, categories: { ...edit.categories } }));
    case 'missing': return { ...model, missing: edit.missing };
    // A renamed tier drops its display labels: they named the old tier.
    case 'tierName': return withTier(model, edit.tier, ({ label: _label, ...t }) => ({ ...t, name: edit.name }));
    case 'tierMinScore': return withTier(model, edit.tier, (t) => ({ name: t.name, ...(t.label ? { label: t.label } : {}), minScore: edit.minScore }));
    case 'tierTopShare': return withTier(model, edit.tier, (t) => ({ name: t.name, ...(t.label ? { label: t.label } : {}), topShare: edit.topShare }));
    case 'tierOwnShare': return { ...model, tiers: withOwnShare(model.tiers, edit.tier, edit.share) };
    case 'tierMode': return { ...model, tiers: retiered(model.tiers, edit.mode, edit.seeds) };
    case 'addTier': return { ...model, tiers: tiersWithNew(model.tiers, edit.name, usesQuotaTiers(model)) };
    case 'removeTier': return model.tiers.length <= 1 ? model : { ...model, tiers: tiersWithout(model.tiers, edit.tier, usesQuotaTiers(model)) };
  }
}
