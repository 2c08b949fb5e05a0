/*
 * What a leg (engine, CLI, add-in) produced for a case, in one shape, and the check against the case's expectation.
 */
import { isTierBookError, type CellLocation, type Locale, type TieringResult } from '../../src/engine';
import type { ErrorExpectation, Expectation, ResultExpectation } from './corpusCase';

export interface OutcomeClient {
  readonly row: number;
  readonly id: string;
  readonly score: number | null;
  readonly tier: string | null;
}

export interface OutcomeIssue {
  readonly row: number;
  readonly column: string;
  readonly problem: string;
  readonly value: string;
}

export interface ResultOutcome {
  readonly kind: 'result';
  /** Undefined when the leg does not say (the CLI's JSON has no header row). */
  readonly headerRow?: number;
  readonly clients: readonly OutcomeClient[];
  readonly tierCounts: Readonly<Record<string, number>>;
  readonly issues: readonly OutcomeIssue[];
  readonly excluded: readonly { readonly row: number; readonly reason: string }[];
}

export interface ErrorOutcome {
  readonly kind: 'error';
  /** Undefined for the CLI, which prints only the message. */
  readonly code?: string;
  readonly messages: Readonly<Record<Locale, string>>;
  readonly location?: CellLocation;
}

export type Outcome = ResultOutcome | ErrorOutcome;

export function resultOutcome(result: TieringResult): ResultOutcome {
  const { table, model } = result;
  const clients = Array.from({ length: table.size }, (_, i): OutcomeClient => ({
    row: table.rowNumbers[i],
    id: table.ids[i],
    score: Number.isNaN(result.scores[i]) ? null : result.scores[i],
    tier: result.tierIndex[i] >= 0 ? model.tiers[result.tierIndex[i]].name : null,
  }));
  return {
    kind: 'result',
    headerRow: table.layout.headerRow,
    clients,
    tierCounts: Object.fromEntries(model.tiers.map((t, k) => [t.name, result.tierCounts[k]])),
    issues: result.issues.map((i) => ({ row: i.row, column: i.column, problem: i.problem, value: i.value })),
    excluded: result.excluded.map((e) => ({ row: e.row, reason: e.reason })),
  };
}

/** A TierBookError as an outcome; anything else is a crash and is rethrown, so the test fails on it. */
export function errorOutcome(error: unknown): ErrorOutcome {
  if (!isTierBookError(error)) throw error;
  return { kind: 'error', code: error.code, messages: error.messages, location: error.location };
}

function describeOutcome(o: Outcome): string {
  return o.kind === 'error'
    ? `error ${o.code ?? '(no code)'}: ${o.messages['en-US']}`
    : `result ${JSON.stringify(o.tierCounts)} with ${o.clients.length} clients`;
}

const byPosition = <T extends { row: number; column?: string; problem?: string; reason?: string }>(a: T, b: T): number =>
  a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '') || (a.problem ?? a.reason ?? '').localeCompare(b.problem ?? b.reason ?? '');

function checkError(o: ErrorOutcome, e: ErrorExpectation, what: string): void {
  if (o.code !== undefined) expect({ what, code: o.code }).toEqual({ what, code: e.code });
  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const fragment of e.messageIncludes[locale]) {
      expect({ what, locale, message: o.messages[locale] }).toEqual({ what, locale, message: expect.stringContaining(fragment) });
    }
  }
  if (e.location && o.location !== undefined) expect({ what, location: o.location }).toEqual({ what, location: expect.objectContaining(e.location) });
  if (e.location && o.code !== undefined && o.location === undefined) throw new Error(`${what}: expected a location ${JSON.stringify(e.location)}, the error has none`);
}

function checkResult(o: ResultOutcome, e: ResultExpectation, what: string): void {
  expect({ what, tierCounts: o.tierCounts }).toEqual({ what, tierCounts: e.tierCounts });
  if (e.headerRow !== undefined && o.headerRow !== undefined) expect({ what, headerRow: o.headerRow }).toEqual({ what, headerRow: e.headerRow });
  const clientCount = e.clientCount ?? Object.values(e.tierCounts).reduce((a, n) => a + n, 0);
  expect({ what, clientCount: o.clients.length }).toEqual({ what, clientCount });
  for (const c of e.clients ?? []) {
    const got = o.clients.find((x) => x.row === c.row);
    const actual = got === undefined ? undefined : {
      row: got.row, tier: got.tier,
      ...(c.id !== undefined ? { id: got.id } : {}),
      ...(c.score !== undefined ? { score: got.score === null ? null : Math.round(got.score * 1e9) / 1e9 } : {}),
    };
    const wanted = { row: c.row, tier: c.tier, ...(c.id !== undefined ? { id: c.id } : {}), ...(c.score !== undefined ? { score: c.score } : {}) };
    expect({ what, client: actual }).toEqual({ what, client: wanted });
  }
  // An expected issue without a value matches on row, column and problem only.
  const key = (i: { row: number; column: string; problem: string }): string => `${i.row}|${i.column}|${i.problem}`;
  const valueless = new Set((e.issues ?? []).filter((i) => i.value === undefined).map(key));
  const project = (i: { row: number; column: string; problem: string; value?: string }): object =>
    (valueless.has(key(i)) ? { row: i.row, column: i.column, problem: i.problem } : { row: i.row, column: i.column, problem: i.problem, value: i.value });
  expect({ what, issues: [...o.issues].sort(byPosition).map(project) }).toEqual({ what, issues: [...(e.issues ?? [])].sort(byPosition).map(project) });
  const excluded = [...o.excluded].sort(byPosition).map((x) => ({ row: x.row, reason: x.reason }));
  expect({ what, excluded }).toEqual({ what, excluded: [...(e.excluded ?? [])].sort(byPosition).map((x) => ({ row: x.row, reason: x.reason })) });
}

/** Fails the running test unless `o` meets `e`; `what` names the case and leg in the failure. */
export function expectOutcome(o: Outcome, e: Expectation, what: string): void {
  if (o.kind !== e.kind) throw new Error(`${what}: expected ${e.kind === 'error' ? `error ${e.code}` : `a result ${JSON.stringify(e.tierCounts)}`}, got ${describeOutcome(o)}`);
  if (o.kind === 'error' && e.kind === 'error') checkError(o, e, what);
  if (o.kind === 'result' && e.kind === 'result') checkResult(o, e, what);
}
