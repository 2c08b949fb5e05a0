import type { Locale } from '../i18n/locale';
import type { PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { TieringResult } from '../run/tierClients';
import type { Playbook } from '../strategy/playbook';
import { buildClientSuitability } from '../suitability/clientSuitability';
import type { ExtraColumns } from '../table/extraColumns';
import { checkClientCompliance, type ClientCompliance } from './clientCompliance';
import { buildComplianceColumns, buildComplianceSheet } from './complianceOutput';
import { DEFAULT_COMPLIANCE_OPTIONS } from './complianceOptions';

export interface ComplianceForPlanInput {
  readonly result: TieringResult;
  readonly extras: ExtraColumns;
  readonly playbooks: readonly Playbook[];
  readonly sourceSheet: string;
  readonly columnOffset?: number;
  readonly previousStates?: ReadonlyMap<string, string>;
  readonly locale: Locale;
  /** 1-based last worksheet row of the client table. */
  readonly lastRow: number;
}

/** The compliance check of one run as plan parts: client-sheet columns and the 合规检查 sheet, with the check itself. */
export function buildComplianceForPlan(input: ComplianceForPlanInput): { compliance: ClientCompliance; columns: PlanColumn[]; sheet: PlanSheet } {
  const { result, locale } = input;
  const options = result.model.compliance ?? DEFAULT_COMPLIANCE_OPTIONS;
  const profiles = buildClientSuitability(input.extras, result.table.rowNumbers);
  const compliance = checkClientCompliance({
    result, extras: input.extras, profiles, playbooks: input.playbooks, options, sourceSheet: input.sourceSheet,
    columnOffset: input.columnOffset, previousStates: input.previousStates,
  });
  const headerRow = result.table.layout.headerRow;
  const length = Math.max(0, input.lastRow - headerRow);
  return { compliance, columns: buildComplianceColumns(result, compliance, headerRow, length, locale), sheet: buildComplianceSheet(result, compliance, options, locale) };
}
