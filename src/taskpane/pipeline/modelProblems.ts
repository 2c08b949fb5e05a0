/*
 * findModelProblems locates each problem by a JSON path ("factors[2].weight"); the Model section shows it on the
 * control for that path, and lists the rest (whole-model problems) in one MessageBar.
 */
import type { Locale, ModelProblem } from '../../engine';

const PLACED = [/^factors\[\d+\]\.(weight|scale|direction)$/u, /^factors\[\d+\]\.categories(\..*)?$/u, /^tiers\[\d+\]\.(name|minScore|topShare)$/u];

/** The messages for exactly `path`, or under it when `prefix` is set, joined; undefined when there are none. */
export function problemMessage(problems: readonly ModelProblem[], path: string, locale: Locale, prefix = false): string | undefined {
  const messages = problems
    .filter((p) => p.path === path || (prefix && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))))
    .map((p) => p.message[locale]);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** Problems no control shows next to itself. */
export function unplacedProblems(problems: readonly ModelProblem[]): ModelProblem[] {
  return problems.filter((p) => !PLACED.some((pattern) => pattern.test(p.path)));
}
