import { columnLetters, hasBlockingChecks, runChecks, type Locale, type RunCheckKind, type RunCheckSeverity, type TieringResult, type ComplianceCounts } from '../engine';
import { complianceJson } from './complianceSummary';

/** The --json document: every client row, tier counts, rows without a tier, and every data issue. */
export interface JsonReport {
  /** The sheet that was read as the client table. */
  readonly sheet: string;
  readonly rows: number;
  readonly clients: readonly { readonly row: number; readonly id: string; readonly score: number | null; readonly tier: string | null }[];
  readonly tiers: readonly { readonly name: string; readonly count: number }[];
  readonly excluded: readonly { readonly row: number; readonly reason: string; readonly code: string }[];
  readonly issues: readonly { readonly row: number; readonly column: string; readonly value: string; readonly problem: string; readonly code: string }[];
  /** Per factor column: how many of the clients' cells were missing, unreadable or unknown, and the warning above 20%. */
  readonly columns: readonly {
    readonly factor: string; readonly column: string; readonly letter: string; readonly clients: number;
    readonly missing: number; readonly unreadable: number; readonly unknown: number; readonly badShare: number; readonly warning: string | null;
  }[];
  /** The day derived values (开户年限 from 开户日期) were counted to, "YYYY-MM-DD". */
  readonly runDate: string | null;
  /** The data checks made before writing (runChecks); errors among them needed --confirm-data-checks. */
  readonly checks: readonly JsonCheck[];
  /** Whether the run went ahead despite blocking checks because of --confirm-data-checks. */
  readonly checksConfirmed: boolean;
  /** Findings of the compliance check by kind (every kind, 0 included), when the run made one. */
  readonly compliance?: Readonly<Record<string, number>>;
}

export interface JsonCheck {
  readonly kind: RunCheckKind;
  readonly severity: RunCheckSeverity;
  readonly factor: string;
  readonly column: string;
  readonly count: number;
  readonly of: number;
  readonly message: string;
  readonly cells: readonly { readonly sheet: string; readonly row: number; readonly column: string; readonly value: string }[];
  readonly fences?: { readonly low: number; readonly high: number };
  readonly clipped?: boolean;
}

/** Rows are 1-based worksheet rows; messages are in the chosen language, with the stable code beside them. */
export function jsonReport(result: TieringResult, locale: Locale, sheet: string, compliance?: ComplianceCounts): JsonReport {
  const { table, scores, tierIndex, model } = result;
  // A finished run with blocking checks can only have been confirmed (composeOutputPlan refuses otherwise).
  const checks = runChecks(table, model, sheet);
  const clients = Array.from({ length: table.size }, (_, i) => ({
    row: table.rowNumbers[i],
    id: table.ids[i],
    score: scores[i] === scores[i] ? scores[i] : null,
    tier: tierIndex[i] >= 0 ? model.tiers[tierIndex[i]].name : null,
  }));
  return {
    sheet,
    rows: table.rowsRead,
    clients,
    tiers: model.tiers.map((t, k) => ({ name: t.name, count: result.tierCounts[k] })),
    excluded: result.excluded.map((e) => ({ row: e.row, reason: e.message[locale], code: e.reason })),
    issues: result.issues.map((i) => ({ row: i.row, column: i.column, value: i.value, problem: i.message[locale], code: i.problem })),
    columns: result.factorQuality.map((q) => ({
      factor: q.factor, column: q.column, letter: columnLetters(q.columnIndex), clients: q.clients,
      missing: q.missing, unreadable: q.unreadable, unknown: q.unknown, badShare: q.badShare, warning: q.warning?.[locale] ?? null,
    })),
    runDate: table.runDate ?? null,
    checks: checks.map((c) => ({
      kind: c.kind, severity: c.severity, factor: c.factor, column: c.column, count: c.count, of: c.of, message: c.message[locale],
      cells: c.cells.map(({ sheet: s, row, column, value }) => ({ sheet: s, row, column, value })),
      ...(c.fences ? { fences: c.fences } : {}), ...(c.clipped !== undefined ? { clipped: c.clipped } : {}),
    })),
    checksConfirmed: hasBlockingChecks(checks),
    ...(compliance ? { compliance: complianceJson(compliance) } : {}),
  };
}
