import type { Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import { clientIndexByOffset } from '../plan/buildOutputPlan';
import type { PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import type { ManagerProposal } from './proposeManagers';
import { MANAGER_LOAD_LABELS, proposalNote, UNPLACED_REASON_TEXT, unplacedListedNote } from './trackingLabels';

export const MANAGER_LOAD_SHEET_KEY = 'managerLoad';

/** 0-based row of the load table's header (title, note, blank, header). */
export const MANAGER_LOAD_HEADER_ROW = 3;

/** Unplaced clients listed at most; a whole tier without a roster can be tens of thousands, and the count says the rest. */
export const MAX_UNPLACED_LISTED = 10_000;

function tierLabel(model: Pick<TierModel, 'tiers'>, tier: number, locale: Locale): string {
  const t = model.tiers[tier];
  return t.label?.[locale] ?? t.name;
}

/** 建议客户经理 per client row: the proposal, blank where there is none; the client's own manager cell is never written. */
export function buildProposedManagerColumn(result: TieringResult, proposal: ManagerProposal, headerRow: number, length: number, locale: Locale): PlanColumn {
  const byOffset = clientIndexByOffset(result, headerRow, length);
  return {
    key: 'proposedManager', header: MANAGER_LOAD_LABELS.proposedColumn[locale], length, width: 12,
    cellAt: (o) => { const c = byOffset[o]; return c < 0 ? null : proposal.proposed[c]; },
  };
}

/**
 * One row per manager and tier the manager serves or could serve (current, proposed, total, capacity, spare), then
 * the clients who could not be placed, with the reason. Numbers stay numbers, so the table filters and sums.
 */
export function buildManagerLoadSheet(
  proposal: ManagerProposal, model: Pick<TierModel, 'tiers'>, ids: readonly string[], names: readonly (string | null)[] | undefined,
  branches: readonly (string | null)[], tierIndex: ArrayLike<number>, locale: Locale,
): PlanSheet {
  const L = MANAGER_LOAD_LABELS;
  const placed = proposal.proposed.filter((p) => p !== null).length;
  const rows: PlanCell[][] = [
    [L.title[locale]],
    [proposalNote(proposal.needed, placed)[locale]],
    [],
    [L.manager, L.branch, L.onDuty, L.tier, L.existing, L.proposed, L.total, L.capacity, L.spare].map((h) => h[locale]),
  ];
  for (const load of proposal.loads) {
    model.tiers.forEach((_, k) => {
      const cap = load.manager.capacity[k] ?? 0;
      const sum = load.existing[k] + load.proposed[k];
      if (cap === 0 && sum === 0) return;
      rows.push([load.manager.name, load.manager.branch, (load.manager.onDuty ? L.yes : L.no)[locale], tierLabel(model, k, locale),
        load.existing[k], load.proposed[k], sum, cap, cap - sum]);
    });
  }
  const headerRows = [MANAGER_LOAD_HEADER_ROW];
  if (proposal.unplaced.length > 0) {
    rows.push([], [L.unplacedTitle[locale]]);
    if (proposal.unplaced.length > MAX_UNPLACED_LISTED) rows.push([unplacedListedNote(proposal.unplaced.length, MAX_UNPLACED_LISTED)[locale]]);
    headerRows.push(rows.length);
    rows.push([L.clientId, L.clientName, L.tier, L.branch, L.reason].map((h) => h[locale]));
    for (const { client, reason } of proposal.unplaced.slice(0, MAX_UNPLACED_LISTED)) {
      rows.push([ids[client], names?.[client] ?? null, tierLabel(model, tierIndex[client], locale), branches[client], UNPLACED_REASON_TEXT[reason][locale]]);
    }
  }
  return {
    key: MANAGER_LOAD_SHEET_KEY, role: 'tracking', preferredName: L.sheetName[locale], rows,
    columnWidths: [16, 18, 8, 10, 10, 10, 8, 8, 8], headerRows, freezeRows: MANAGER_LOAD_HEADER_ROW + 1,
  };
}
