import type { OutputPlan, PlanSheetRole } from './outputPlan';

/** What a plan will write, in words a Run step can list: columns by header, sheets by name, pivots and charts. */
export interface PlanOutline {
  readonly sourceSheet: string;
  readonly mode: OutputPlan['mode'];
  readonly columns: readonly string[];
  readonly sheets: readonly { readonly key: string; readonly name: string; readonly role: PlanSheetRole; readonly appended: boolean }[];
  readonly pivots: readonly string[];
  readonly charts: readonly string[];
}

/** The outline of a plan; sheet names are the preferred ones (a taken name gets " (2)" when written). */
export function planOutline(plan: OutputPlan): PlanOutline {
  return {
    sourceSheet: plan.sourceSheet, mode: plan.mode,
    columns: plan.columns.map((c) => c.header),
    sheets: plan.sheets.map((s) => ({ key: s.key, name: s.preferredName, role: s.role, appended: s.appendOnly === true })),
    pivots: plan.pivots.map((p) => p.name),
    charts: plan.charts.map((c) => c.title),
  };
}
