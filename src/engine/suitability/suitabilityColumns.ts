import type { Locale } from '../i18n/locale';
import type { PlanColumn } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { clientIndexByOffset } from '../plan/buildOutputPlan';
import type { TieringResult } from '../run/tierClients';
import { suitableRangeText, type ClientSuitabilityProfiles } from './clientSuitability';
import { INVESTOR_CLASS_LABELS, SUITABILITY_COLUMN_LABELS } from './suitabilityLabels';
import { DEFAULT_SUITABILITY_RULES, type SuitabilityRules } from './suitabilityRules';

/** A column whose cell is `cellOf(client)` on client rows and blank elsewhere. */
function clientColumn(byOffset: Int32Array, key: string, header: string, width: number, cellOf: (client: number) => PlanCell): PlanColumn {
  return { key, header, length: byOffset.length, width, cellAt: (o) => (byOffset[o] < 0 ? null : cellOf(byOffset[o])) };
}

/**
 * The client-sheet columns of suitability: 投资者分类 (专业/普通/无法判定), 分类依据 (the reason, built lazily per cell),
 * and 适当性可购买范围 ("C3：R1–R3").
 */
export function buildSuitabilityColumns(
  result: TieringResult,
  profiles: ClientSuitabilityProfiles,
  headerRow: number,
  length: number,
  locale: Locale,
  rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES,
): PlanColumn[] {
  const L = SUITABILITY_COLUMN_LABELS;
  const byOffset = clientIndexByOffset(result, headerRow, length);
  return [
    clientColumn(byOffset, 'investorClass', L.investorClass[locale], 14, (c) => INVESTOR_CLASS_LABELS[profiles.investorClassAt(c)][locale]),
    clientColumn(byOffset, 'investorClassReason', L.investorClassReason[locale], 48, (c) => profiles.classificationAt(c).reason[locale]),
    clientColumn(byOffset, 'suitableRange', L.suitableRange[locale], 20, (c) => suitableRangeText(profiles.clientAt(c), rules)[locale]),
  ];
}
