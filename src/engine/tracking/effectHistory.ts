import type { CellValue } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import { parseDateCell } from '../cell/parseDateCell';
import type { Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { numberOf } from './clientSnapshot';
import type { TierFigures } from './effectFigures';
import { HISTORY_LABELS } from './effectLabels';
import { DATE_FORMAT } from './followUpPlan';
import { EFFECT_HISTORY_SHEET_KEY } from './trackingKeys';

type Grid = readonly (readonly CellValue[])[];

/** A1 of the history, whatever the sheet is called. */
export const EFFECT_HISTORY_MARKER = 'TIERBOOK-EFFECT-HISTORY';
export const EFFECT_HISTORY_FORMAT = 1;

/** The figures a history row holds after run time, run date and tier, in column order (TierFigures' names). */
export const HISTORY_FIGURES = [
  'clients', 'assetsTotal', 'assetsAverage', 'scoreAverage', 'due', 'done', 'completion', 'rated', 'satisfaction',
  'upIn', 'downIn', 'upOut', 'downOut', 'previousClients', 'retained', 'retention', 'retainedBefore', 'retainedNow', 'retainedChange', 'retainedChangeRate',
] as const satisfies readonly (keyof TierFigures)[];
export type HistoryFigure = (typeof HISTORY_FIGURES)[number];

/** 0-based columns: run time, run date, tier, then HISTORY_FIGURES from column D. */
export const HISTORY_COL = { runTime: 0, runDate: 1, tier: 2, firstFigure: 3 } as const;

/** The history's header row in the workbook's language. */
export function historyHeader(locale: Locale): string[] {
  const L = HISTORY_LABELS;
  return [L.runTime[locale], L.runDate[locale], L.tier[locale], ...HISTORY_FIGURES.map((f) => L[f][locale])];
}

const PERCENT_FIGURES: readonly HistoryFigure[] = ['completion', 'retention', 'retainedChangeRate'];
const MONEY_FIGURES: readonly HistoryFigure[] = ['assetsTotal', 'assetsAverage', 'retainedBefore', 'retainedNow', 'retainedChange'];

/**
 * The history as an append-only sheet: its marker and header (written on the first run only), then one row per tier
 * of this run. Exact values, so every figure of 效果评估 can be checked against it; tiers by the model's name.
 */
export function buildEffectHistorySheet(model: Pick<TierModel, 'tiers'>, figures: readonly TierFigures[], timestamp: string, runDate: number, locale: Locale): PlanSheet {
  const rows: PlanCell[][] = [
    [EFFECT_HISTORY_MARKER, EFFECT_HISTORY_FORMAT, HISTORY_LABELS.title[locale]],
    historyHeader(locale),
  ];
  for (const f of figures) rows.push([timestamp, runDate, model.tiers[f.tier].name, ...HISTORY_FIGURES.map((k) => f[k])]);
  const numberFormats: Record<number, string> = { [HISTORY_COL.runDate]: DATE_FORMAT };
  HISTORY_FIGURES.forEach((k, i) => {
    if (PERCENT_FIGURES.includes(k)) numberFormats[HISTORY_COL.firstFigure + i] = '0.0%';
    else if (MONEY_FIGURES.includes(k)) numberFormats[HISTORY_COL.firstFigure + i] = '#,##0.00';
    else if (k === 'scoreAverage' || k === 'satisfaction') numberFormats[HISTORY_COL.firstFigure + i] = '0.00';
  });
  return {
    key: EFFECT_HISTORY_SHEET_KEY, role: 'tracking', preferredName: HISTORY_LABELS.sheetName[locale], appendOnly: true, rows,
    headerRows: [0, 1], freezeRows: 2, columnWidths: [22, 12, 8, ...HISTORY_FIGURES.map(() => 12)], numberFormats,
  };
}

/** One row of the history as read back. */
export interface HistoryRow {
  /** The run's timestamp: what tells runs apart. */
  readonly run: string;
  readonly runDate?: number;
  /** The tier's name, normalised. */
  readonly tier: string;
  readonly figures: Readonly<Partial<Record<HistoryFigure, number>>>;
}

/** Every row of the history below its header (found by the marker in A1:A10); empty when the grid is not the history. */
export function readEffectHistory(grid: Grid): HistoryRow[] {
  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === EFFECT_HISTORY_MARKER);
  if (markerRow < 0) return [];
  const rows: HistoryRow[] = [];
  for (let r = markerRow + 2; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const run = cellText(row[HISTORY_COL.runTime] ?? null).trim();
    const tier = normalizeLabel(cellText(row[HISTORY_COL.tier] ?? null));
    if (run === '' || tier === '') continue;
    const date = parseDateCell(row[HISTORY_COL.runDate] ?? null);
    const figures: Partial<Record<HistoryFigure, number>> = {};
    HISTORY_FIGURES.forEach((k, i) => {
      const v = numberOf(row[HISTORY_COL.firstFigure + i]);
      if (v !== undefined) figures[k] = v;
    });
    rows.push({ run, ...(date.kind === 'date' ? { runDate: date.serial } : {}), tier, figures });
  }
  return rows;
}
