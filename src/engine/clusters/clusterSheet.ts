import { ANALYSIS_LABELS as L, clusterProfileLabel, factorDisplayName } from '../analysis/analysisLabels';
import { suggestCutoffs } from '../cutoffs/suggestCutoffs';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { clusterClients, type ClientClusters } from './clusterClients';

export const CLUSTER_SHEET_KEY = 'clusters';
export const CLUSTER_COLUMN_KEY = 'cluster';

/** Each cluster's plain-words profile against the mean over every clustered client. */
export function clusterLabels(result: Pick<TieringResult, 'model'>, clusters: ClientClusters): LocalizedText[] {
  const total = clusters.sizes.reduce((a, s) => a + s, 0);
  const overall = result.model.factors.map((_, f) => clusters.profiles.reduce((a, p, c) => a + p[f] * clusters.sizes[c], 0) / Math.max(1, total));
  return clusters.profiles.map((p) => clusterProfileLabel(p, overall, result.model.factors));
}

/** "C1 · 资产规模高、交易频率高": what the cluster column writes for a client. */
export function clusterCellText(cluster: number, label: LocalizedText, locale: Locale): string {
  return `C${cluster + 1} · ${label[locale]}`;
}

/**
 * 聚类画像 and the cluster column: each cluster's size, mean factor profile, mean score and profile in words; clusters ×
 * tiers; then the threshold cutoffs the data suggests (quantiles and natural breaks) beside the current ones.
 */
export function buildClusterOutput(result: TieringResult, locale: Locale, k: number, headerRow: number, length: number): { sheet: PlanSheet; column: PlanColumn } {
  const { model } = result;
  const clusters = clusterClients(result.factorScores, model.factors.map((f) => f.weight), result.scores, k);
  const labels = clusterLabels(result, clusters);
  const tiers = model.tiers.map((t) => t.name);
  const scoreSum = new Float64Array(clusters.k);
  const cross = Array.from({ length: clusters.k }, () => new Array<number>(tiers.length).fill(0));
  for (let i = 0; i < clusters.clusterOf.length; i++) {
    const c = clusters.clusterOf[i];
    if (c < 0) continue;
    scoreSum[c] += result.scores[i];
    if (result.tierIndex[i] >= 0) cross[c][result.tierIndex[i]]++;
  }
  const factors = model.factors.map((f) => factorDisplayName(f, locale));
  const rows: PlanCell[][] = [
    [L.clusterTitle(clusters.k)[locale]],
    [L.clusterNote(clusters.clustered, clusters.inertia, clusters.silhouette)[locale]],
    [],
    [L.cluster[locale], L.clients[locale], L.share[locale], ...factors, L.meanScore[locale], L.profile[locale]],
  ];
  const profileHeader = rows.length - 1;
  clusters.sizes.forEach((size, c) => {
    rows.push([`C${c + 1}`, size, clusters.clustered ? size / clusters.clustered : 0,
      ...clusters.profiles[c].map((v) => (Number.isNaN(v) ? null : v)), size ? scoreSum[c] / size : null, labels[c][locale]]);
  });
  rows.push([], [L.crossTitle[locale]], [L.cluster[locale], ...tiers, L.total[locale]]);
  const crossHeader = rows.length - 1;
  cross.forEach((counts, c) => rows.push([`C${c + 1}`, ...counts, counts.reduce((a, n) => a + n, 0)]));
  const columnTotals = tiers.map((_, t) => cross.reduce((a, counts) => a + counts[t], 0));
  rows.push([L.total[locale], ...columnTotals, columnTotals.reduce((a, n) => a + n, 0)]);
  const suggested = suggestCutoffs(result.scores, tiers.length);
  rows.push([], [L.cutoffsTitle[locale]], [L.cutoff[locale], ...tiers]);
  const cutoffHeader = rows.length - 1;
  rows.push([L.currentCutoffs[locale], ...Array.from(result.tierCutoffs, (c) => (Number.isFinite(c) ? c : null))]);
  rows.push([L.quantileCutoffs[locale], ...suggested.quantiles]);
  rows.push([L.naturalBreaks[locale], ...suggested.naturalBreaks]);
  rows.push([L.naturalBreakCounts[locale], ...suggested.naturalBreakCounts]);
  const offsetClient = new Int32Array(length).fill(-1);
  result.table.rowNumbers.forEach((row, client) => { const o = row - headerRow - 1; if (o >= 0 && o < length) offsetClient[o] = client; });
  const texts = labels.map((label, c) => clusterCellText(c, label, locale));
  const column: PlanColumn = {
    key: CLUSTER_COLUMN_KEY, header: L.clusterColumn[locale], length, width: 24,
    cellAt: (o) => { const i = offsetClient[o]; const c = i < 0 ? -1 : clusters.clusterOf[i]; return c < 0 ? null : texts[c]; },
  };
  const numberFormats: Record<number, string> = { 2: '0.0%' };
  for (let f = 0; f <= factors.length; f++) numberFormats[3 + f] = '0.00';
  return {
    sheet: {
      key: CLUSTER_SHEET_KEY, role: 'analysis', preferredName: L.clusterSheet[locale], rows,
      headerRows: [0, profileHeader, crossHeader, cutoffHeader], freezeRows: 1,
      columnWidths: [30, 10, 10, ...factors.map(() => 12), 12, 30],
      numberFormats,
    },
    column,
  };
}
