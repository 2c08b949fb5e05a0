/*
 * A model problem in words a user reads: where (「资产规模 · 权重」, 'Tier "Gold" · min score') and what, never the
 * JSON path the validator locates it by ("factors[0].weight"). The pane's own edits produce a known set of problems,
 * which get the pane's own wording; anything else (an imported file's oddities) keeps the engine's message.
 */
import type { Locale, ModelProblem } from '../../engine';
import type { Strings } from '../i18n';

export interface ProblemInWords {
  readonly path: string;
  /** Where the problem is, in the pane's words; undefined for the model as a whole. */
  readonly where?: string;
  readonly what: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const itemOf = (list: unknown, i: number): Rec | undefined => (Array.isArray(list) && isRec(list[i]) ? list[i] as Rec : undefined);

/** A factor's or tier's name in the pane's language: its label for the locale, else its key or name, else its position. */
export function displayName(item: Rec | undefined, fallback: string, locale: Locale): string {
  const label = isRec(item?.label) ? item.label[locale] : undefined;
  if (typeof label === 'string' && label.trim() !== '') return label;
  const own = item?.name ?? item?.key;
  return typeof own === 'string' && own.trim() !== '' ? own : fallback;
}

const FACTOR = /^factors\[(\d+)\](?:\.(\w+)(?:\.(.*))?)?$/u;
const TIER = /^tiers\[(\d+)\](?:\.(\w+))?$/u;

function factorProblem(model: Rec, i: number, field: string | undefined, rest: string | undefined, fallback: string, s: Strings, locale: Locale): Omit<ProblemInWords, 'path'> {
  const factor = itemOf(model.factors, i);
  const name = displayName(factor, s.factorNumbered(String(i + 1)), locale);
  if (field === 'weight') {
    const w = factor?.weight;
    return { where: s.whereField(name, s.fieldWeight), what: typeof w === 'number' && Number.isFinite(w) ? fallback : s.problemNotNumber };
  }
  if (field === 'categories' && rest !== undefined) {
    const score = isRec(factor?.categories) ? factor.categories[rest] : undefined;
    const badScore = typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100;
    return { where: s.whereCategory(name, rest), what: badScore ? s.problemCategoryScore : fallback };
  }
  if (field === 'categories') {
    const empty = !isRec(factor?.categories) || Object.keys(factor.categories).length === 0;
    return { where: s.whereField(name, s.fieldCategories), what: empty ? s.problemCategoriesEmpty : fallback };
  }
  const words: Record<string, string> = { scale: s.fieldScale, direction: s.fieldDirection, column: s.fieldColumn, key: s.fieldKey };
  return { where: field ? s.whereField(name, words[field] ?? field) : name, what: fallback };
}

function tierProblem(model: Rec, k: number, field: string | undefined, fallback: string, s: Strings, locale: Locale): Omit<ProblemInWords, 'path'> {
  const tiers = Array.isArray(model.tiers) ? model.tiers : [];
  const tier = itemOf(tiers, k);
  const name = displayName(tier, s.tierNumbered(String(k + 1)), locale);
  const where = (f: string): string => s.whereField(s.whereTier(name), f);
  if (field === 'name') {
    const own = tier?.name;
    return { where: s.whereField(s.tierNumbered(String(k + 1)), s.fieldTierName), what: typeof own === 'string' && own.trim() !== '' ? s.problemTierNameTwice(own) : s.problemTierNameEmpty };
  }
  if (field === 'minScore') {
    const min = tier?.minScore;
    if (typeof min !== 'number' || !Number.isFinite(min)) return { where: where(s.fieldMinScore), what: s.problemNotNumber };
    if (min < 0 || min > 100) return { where: where(s.fieldMinScore), what: s.problemMinScoreRange };
    const above = itemOf(tiers, k - 1);
    const aboveMin = above?.minScore;
    return { where: where(s.fieldMinScore), what: typeof aboveMin === 'number' ? s.problemTierOrder(displayName(above, s.tierNumbered(String(k)), locale), String(aboveMin)) : fallback };
  }
  if (field === 'topShare') {
    const share = tier?.topShare;
    if (share === undefined) return { where: where(s.fieldShare), what: s.problemShareMissing };
    if (typeof share !== 'number' || !Number.isFinite(share)) return { where: where(s.fieldShare), what: s.problemNotNumber };
    // The pane edits each tier's own share; a cumulative share at or below the one above is an own share ≤ 0.
    return { where: where(s.fieldShare), what: share > 1 ? s.problemSharesOver : s.problemShareTooSmall };
  }
  return { where: field ? where(field) : s.whereTier(name), what: fallback };
}

/** One problem in words, for `input` (the model the problems were found in, possibly malformed). */
export function problemInWords(problem: ModelProblem, input: unknown, s: Strings, locale: Locale): ProblemInWords {
  const model = isRec(input) ? input : {};
  const fallback = problem.message[locale];
  const factor = FACTOR.exec(problem.path);
  if (factor) return { path: problem.path, ...factorProblem(model, Number(factor[1]), factor[2], factor[3], fallback, s, locale) };
  const tier = TIER.exec(problem.path);
  if (tier) return { path: problem.path, ...tierProblem(model, Number(tier[1]), tier[2], fallback, s, locale) };
  if (problem.path === 'factors') {
    const allZero = /weight/iu.test(problem.message['en-US']);
    return { path: problem.path, where: s.fieldFactors, what: allZero ? s.problemAllWeightsZero : fallback };
  }
  if (problem.path === 'tiers') return { path: problem.path, where: s.fieldTiers, what: fallback };
  return { path: problem.path, where: problem.path === '' ? undefined : s.whereModel, what: fallback };
}

/** "where: what", for lists. */
export function problemLine(p: ProblemInWords, s: Strings): string {
  return p.where ? s.control(p.where, p.what) : p.what;
}
