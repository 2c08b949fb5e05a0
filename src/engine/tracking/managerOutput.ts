import type { Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { TieringResult } from '../run/tierClients';
import type { Playbook } from '../strategy/playbook';
import { playbookForTier } from '../strategy/playbookMatch';
import { textExtra, type ExtraColumns } from '../table/extraColumns';
import { buildManagerLoadSheet, buildProposedManagerColumn } from './managerLoadSheet';
import type { RosterManager } from './managerRoster';
import { proposeManagers, type ManagerProposal } from './proposeManagers';

/** Per model tier: whether its playbook (by name, else by rank) requires a dedicated manager. */
export function dedicatedTiers(playbooks: readonly Playbook[], model: Pick<TierModel, 'tiers'>): boolean[] {
  return model.tiers.map((_, k) => playbookForTier(playbooks, model.tiers, k)?.playbook.dedicatedManager === true);
}

export interface ManagerOutput {
  readonly proposal: ManagerProposal;
  readonly column: PlanColumn;
  readonly sheet: PlanSheet;
}

/**
 * The manager proposal of a run: who needs a dedicated manager (by the templates), the proposal over the roster, the
 * 建议客户经理 column and the load sheet. Names, branches and managers come from the extra columns when the sheet has them.
 */
export function buildManagerOutput(
  result: TieringResult, playbooks: readonly Playbook[], managers: readonly RosterManager[], extras: ExtraColumns | undefined,
  headerRow: number, length: number, locale: Locale,
): ManagerOutput {
  const n = result.table.size;
  const blank = (): (string | null)[] => new Array<string | null>(n).fill(null);
  const branch = extras?.columns.branch ? textExtra(extras, 'branch') : blank();
  const manager = extras?.columns.manager ? textExtra(extras, 'manager') : blank();
  const names = extras?.columns.name ? textExtra(extras, 'name') : undefined;
  const proposal = proposeManagers({ ids: result.table.ids, tierIndex: result.tierIndex, scores: result.scores, branch, manager },
    managers, dedicatedTiers(playbooks, result.model));
  return {
    proposal,
    column: buildProposedManagerColumn(result, proposal, headerRow, length, locale),
    sheet: buildManagerLoadSheet(proposal, result.model, result.table.ids, names, branch, result.tierIndex, locale),
  };
}
