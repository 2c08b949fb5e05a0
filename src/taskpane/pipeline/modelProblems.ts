/*
 * findModelProblems locates each problem by a JSON path ("factors[2].weight"); the Model section shows it, in words,
 * on the control for that path, and lists every problem at the top with a link to its control.
 */
import type { Locale, ModelProblem, TierModel } from '../../engine';
import type { Strings } from '../i18n';
import { problemInWords } from './problemWords';

/** What is wrong at exactly `path`, or under it when `prefix` is set, in words, joined; undefined when nothing is. */
export function problemMessage(problems: readonly ModelProblem[], path: string, model: TierModel, s: Strings, locale: Locale, prefix = false): string | undefined {
  const messages = problems
    .filter((p) => p.path === path || (prefix && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))))
    .map((p) => problemInWords(p, model, s, locale).what);
  return messages.length > 0 ? [...new Set(messages)].join(s.messageSeparator) : undefined;
}

/** The id of the control that edits `path` (a factor's weight, a tier's min score), for links that focus it. */
export function fieldId(path: string): string {
  return `tb-field-${path.replace(/[^A-Za-z0-9_-]+/gu, (m) => `_${Array.from(m, (c) => c.codePointAt(0)?.toString(16)).join('_')}_`)}`;
}

/**
 * The control a problem at `path` is fixed in: the path itself when a control edits it, a category row's score,
 * the first weight for "all weights are zero", the tier mode for mixed tiers; undefined for the model as a whole.
 */
export function problemField(path: string): string | undefined {
  if (/^factors\[\d+\]\.(weight|scale|direction)$/u.test(path)) return path;
  if (/^factors\[\d+\]\.categories(\..*)?$/u.test(path)) return path;
  if (/^tiers\[\d+\]\.(name|minScore|topShare)$/u.test(path)) return path;
  if (path === 'factors') return 'factors[0].weight';
  if (path === 'tiers') return 'tiers.mode';
  return undefined;
}

/** The factor whose collapsed section holds the control for `path`, if any. */
export function sectionFactor(path: string): number | undefined {
  const m = /^factors\[(\d+)\]\.(scale|direction|categories)/u.exec(path);
  return m ? Number(m[1]) : undefined;
}
