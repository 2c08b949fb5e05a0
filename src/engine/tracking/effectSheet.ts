import { normalizeLabel } from '../cell/normalizeText';
import { isoDateOfSerial } from '../cell/parseDateCell';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanChart, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { EffectFigures } from './effectFigures';
import { EFFECT_LABELS, HISTORY_LABELS, periodText } from './effectLabels';
import { HISTORY_FIGURES, type HistoryFigure, type HistoryRow } from './effectHistory';
import { EFFECT_SHEET_KEY } from './trackingKeys';

/** Runs shown side by side per tier, this one included. */
export const EFFECT_RUNS_SHOWN = 12;

/** The rows of a tier block: a figure, its caption, and whether it shows as a percentage. */
const BLOCK_ROWS: readonly { readonly figure: HistoryFigure; readonly caption: LocalizedText; readonly percent?: true }[] = [
  { figure: 'clients', caption: HISTORY_LABELS.clients },
  { figure: 'assetsTotal', caption: HISTORY_LABELS.assetsTotal },
  { figure: 'assetsAverage', caption: HISTORY_LABELS.assetsAverage },
  { figure: 'scoreAverage', caption: HISTORY_LABELS.scoreAverage },
  { figure: 'completion', caption: EFFECT_LABELS.completionPct, percent: true },
  { figure: 'satisfaction', caption: HISTORY_LABELS.satisfaction },
  { figure: 'retention', caption: EFFECT_LABELS.retentionPct, percent: true },
  { figure: 'retainedChange', caption: HISTORY_LABELS.retainedChange },
  { figure: 'retainedChangeRate', caption: EFFECT_LABELS.retainedChangePct, percent: true },
  { figure: 'upIn', caption: HISTORY_LABELS.upIn },
  { figure: 'downIn', caption: HISTORY_LABELS.downIn },
  { figure: 'upOut', caption: HISTORY_LABELS.upOut },
  { figure: 'downOut', caption: HISTORY_LABELS.downOut },
];

/** Rounded for reading (the history keeps exact values): percentages to 0.1, everything else to 0.01. */
function shown(value: number | undefined | null, percent: boolean): number | null {
  if (value === undefined || value === null || !Number.isFinite(value)) return null;
  return percent ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;
}

function tierLabel(model: Pick<TierModel, 'tiers'>, tier: number, locale: Locale): string {
  const t = model.tiers[tier];
  return t.label?.[locale] ?? t.name;
}

export const EFFECT_CHART_KEY = 'effectChart';

/** 效果评估 and the block its chart is drawn from (clients per tier by run, one column per tier). */
export interface EffectSheet {
  readonly sheet: PlanSheet;
  /** A line per tier over the runs, for hosts that draw charts (the add-in); the runner cannot. */
  readonly chart: PlanChart;
}

/**
 * 效果评估: per tier, the last EFFECT_RUNS_SHOWN runs side by side (the history's runs, then this one), one row per
 * figure; then this period's table per manager; last, clients per tier by run (a run a row), the chart's source. The
 * sheet is rewritten by each run; the history is what it reads.
 */
export function buildEffectSheet(
  model: Pick<TierModel, 'tiers'>, history: readonly HistoryRow[], current: EffectFigures, runId: string, runDate: number, locale: Locale,
): EffectSheet {
  const L = EFFECT_LABELS;
  const thisRun: HistoryRow[] = current.tiers.map((f) => ({
    run: runId, runDate, tier: normalizeLabel(model.tiers[f.tier].name),
    figures: Object.fromEntries(HISTORY_FIGURES.flatMap((k) => (f[k] === null ? [] : [[k, f[k]]]))),
  }));
  const all = [...history.filter((h) => h.run !== runId), ...thisRun];
  const runs: { run: string; runDate?: number }[] = [];
  for (const h of all) if (!runs.some((r) => r.run === h.run)) runs.push({ run: h.run, ...(h.runDate !== undefined ? { runDate: h.runDate } : {}) });
  const shownRuns = runs.slice(-EFFECT_RUNS_SHOWN);
  const cell = new Map(all.map((h) => [`${h.run}\u0000${h.tier}`, h.figures]));
  const rows: PlanCell[][] = [
    [L.title[locale]],
    [L.note[locale]],
    [],
  ];
  const headerRows: number[] = [];
  model.tiers.forEach((t, k) => {
    headerRows.push(rows.length);
    rows.push([tierLabel(model, k, locale), ...shownRuns.map((r) => (r.runDate !== undefined ? isoDateOfSerial(r.runDate) : r.run))]);
    const key = normalizeLabel(t.name);
    for (const b of BLOCK_ROWS) {
      rows.push([b.caption[locale], ...shownRuns.map((r) => shown(cell.get(`${r.run}\u0000${key}`)?.[b.figure], b.percent === true))]);
    }
    rows.push([]);
  });
  rows.push([L.managerTitle[locale]]);
  rows.push([periodText(current.periodStart === undefined ? undefined : isoDateOfSerial(current.periodStart), isoDateOfSerial(runDate))[locale]]);
  headerRows.push(rows.length);
  rows.push([L.manager, L.book, L.served, HISTORY_LABELS.due, HISTORY_LABELS.done, L.completion, HISTORY_LABELS.rated, HISTORY_LABELS.satisfaction].map((h) => h[locale]));
  for (const m of current.managers) {
    rows.push([m.manager ?? L.noManager[locale], m.book, m.served, m.due, m.done, shown(m.completion, true), m.rated, shown(m.satisfaction, false)]);
  }
  rows.push([], [L.trendTitle[locale]]);
  const trendHeader = rows.length;
  headerRows.push(trendHeader);
  rows.push([L.runDate[locale], ...model.tiers.map((_, k) => tierLabel(model, k, locale))]);
  for (const r of shownRuns) {
    rows.push([r.runDate !== undefined ? isoDateOfSerial(r.runDate) : r.run,
      ...model.tiers.map((t) => shown(cell.get(`${r.run}\u0000${normalizeLabel(t.name)}`)?.clients, false))]);
  }
  const sheet: PlanSheet = {
    key: EFFECT_SHEET_KEY, role: 'tracking', preferredName: L.sheetName[locale], rows, headerRows,
    columnWidths: [24, ...new Array<number>(Math.max(shownRuns.length, 7, model.tiers.length)).fill(12)],
  };
  return {
    sheet,
    chart: {
      key: EFFECT_CHART_KEY, sheetKey: EFFECT_SHEET_KEY, title: L.trendTitle[locale], type: 'line',
      source: { row: trendHeader, column: 0, rowCount: shownRuns.length + 1, columnCount: model.tiers.length + 1 },
    },
  };
}
