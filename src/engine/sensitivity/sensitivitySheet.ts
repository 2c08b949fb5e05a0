import { ANALYSIS_LABELS as L, factorDisplayName } from '../analysis/analysisLabels';
import type { Locale } from '../i18n/locale';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { boundaryClients } from './boundaryClients';
import { SENSITIVITY_DELTAS, weightSensitivity } from './weightSensitivity';

export const SENSITIVITY_SHEET_KEY = 'sensitivity';

const signed = (d: number): string => (d > 0 ? `+${d}` : `${d}`);

/** A tier's name as the tier column writes it; the no-tier marker for −1. */
export function tierName(result: Pick<TieringResult, 'model'>, tier: number, locale: Locale): string {
  return tier < 0 ? L.noTier[locale] : result.model.tiers[tier].name;
}

/**
 * 敏感性分析: per factor, the clients whose tier changes at −10, −5, +5, +10 points; then per cutoff the clients within
 * the margin below and above; then every boundary client, nearest the line first.
 */
export function buildSensitivitySheet(result: TieringResult, locale: Locale, margin: number): PlanSheet {
  const { model } = result;
  const rows: PlanCell[][] = [[L.sensitivityTitle[locale]], [L.factor[locale], L.weightShare[locale], ...SENSITIVITY_DELTAS.map(signed)]];
  for (const r of weightSensitivity(result.factorScores, model)) {
    rows.push([factorDisplayName(model.factors[r.factor], locale), r.share, ...r.changed.map((c) => c ?? L.notApplicable[locale])]);
  }
  const boundary = boundaryClients(result.scores, result.tierCutoffs, margin);
  rows.push([], [L.boundaryTitle(margin)[locale]], [L.tier[locale], L.cutoff[locale], L.justBelow[locale], L.justAbove[locale]]);
  const countsHeader = rows.length - 1;
  for (const c of boundary.counts) rows.push([tierName(result, c.tier, locale), c.cutoff, c.below, c.above]);
  rows.push([], [L.clientId[locale], L.row[locale], L.score[locale], L.currentTier[locale], L.nearestCutoff[locale], L.distance[locale]]);
  const listHeader = rows.length - 1;
  for (const b of boundary.clients) {
    const i = b.client;
    rows.push([result.table.ids[i] ?? '', result.table.rowNumbers[i], result.scores[i], tierName(result, result.tierIndex[i], locale), result.tierCutoffs[b.tier], b.distance]);
  }
  return {
    key: SENSITIVITY_SHEET_KEY, role: 'analysis', preferredName: L.sensitivitySheet[locale], rows,
    headerRows: [0, 1, countsHeader, listHeader], freezeRows: 2, columnWidths: [16, 12, 14, 16, 14, 14],
    numberFormats: { 1: '0.00', 2: '0.00', 4: '0.00', 5: '0.00' },
  };
}
