import type { Locale } from '../i18n/locale';
import { buildClusterOutput } from '../clusters/clusterSheet';
import type { PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { TieringResult } from '../run/tierClients';
import { buildSensitivitySheet } from '../sensitivity/sensitivitySheet';
import { buildUpgradeSheet } from '../upgrade/upgradeSheet';
import type { AnalysisChoices } from './analysisChoices';

/** The analysis sheets (and the cluster column) a run's choices ask for; nothing when none is chosen. */
export function buildAnalysisOutput(result: TieringResult, locale: Locale, choices: AnalysisChoices, lastRow: number): { sheets: PlanSheet[]; columns: PlanColumn[] } {
  const sheets: PlanSheet[] = [];
  const columns: PlanColumn[] = [];
  if (choices.sensitivity) sheets.push(buildSensitivitySheet(result, locale, choices.sensitivity.margin));
  if (choices.upgrade) sheets.push(buildUpgradeSheet(result, locale, choices.upgrade));
  if (choices.clusters) {
    const headerRow = result.table.layout.headerRow;
    const out = buildClusterOutput(result, locale, choices.clusters.k, headerRow, Math.max(0, lastRow - headerRow));
    sheets.push(out.sheet);
    columns.push(out.column);
  }
  return { sheets, columns };
}
