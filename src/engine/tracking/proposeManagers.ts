import { normalizeLabel } from '../cell/normalizeText';
import { managerKey, type RosterManager } from './managerRoster';

/** Why a client who needs a dedicated manager got no proposal. */
export type UnplacedReason =
  /** The workbook has no roster, or the roster lists nobody. */
  | 'noRoster'
  /** Nobody on the roster is on duty. */
  | 'noneOnDuty'
  /** Every manager on duty is at capacity for the client's tier (or has none for it). */
  | 'full';

/** The clients as the proposal sees them, aligned by client index. */
export interface ProposalClients {
  readonly ids: readonly string[];
  /** Index into the model's tiers, −1 for none. */
  readonly tierIndex: ArrayLike<number>;
  /** Higher first within a tier, so the most valuable clients are placed while capacity lasts; NaN last. */
  readonly scores: ArrayLike<number>;
  /** 营业部 per client, null when blank or the sheet has no branch column. */
  readonly branch: readonly (string | null)[];
  /** The client's own manager cell, null when blank or the sheet has no manager column. */
  readonly manager: readonly (string | null)[];
}

/** One manager's clients per tier: those already theirs, and those proposed by this run. */
export interface ManagerLoad {
  readonly manager: RosterManager;
  readonly existing: readonly number[];
  readonly proposed: readonly number[];
}

export interface ManagerProposal {
  /** Per client: the proposed manager's name, or null (no need, already served, or unplaced). */
  readonly proposed: readonly (string | null)[];
  /** Per roster manager, in roster order. */
  readonly loads: readonly ManagerLoad[];
  /** Clients who need a manager and could not be placed, in placement order. */
  readonly unplaced: readonly { readonly client: number; readonly reason: UnplacedReason }[];
  /** How many clients needed a proposal (no manager, or one not on duty). */
  readonly needed: number;
}

/** Whether a client of tier k needs a proposal: a dedicated tier, and no manager or one who is on the roster but not on duty. */
function needsProposal(tier: number, own: string | null, dedicated: readonly boolean[], byKey: ReadonlyMap<string, number>, managers: readonly RosterManager[]): boolean {
  if (tier < 0 || !dedicated[tier]) return false;
  if (own === null || own.trim() === '') return true;
  const m = byKey.get(managerKey(own));
  return m !== undefined && !managers[m].onDuty;
}

/** Code-point order: the same in every host, unlike localeCompare. */
function byName(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Proposes a dedicated account manager (建议客户经理) for each client of a tier that requires one and who has no
 * manager, or whose manager is not on duty. Deterministic: clients are placed tier by tier from the top, by score
 * (highest first), then id; each goes to a manager on duty with room in that tier, from the client's own 营业部
 * when any has room, the least loaded (fewest clients, existing plus proposed) first, ties by name. Existing
 * relationships are never changed and count toward the load; nobody is placed over capacity.
 */
export function proposeManagers(clients: ProposalClients, managers: readonly RosterManager[], dedicated: readonly boolean[]): ManagerProposal {
  const tierCount = dedicated.length;
  const byKey = new Map(managers.map((m, i) => [managerKey(m.name), i]));
  const existing = managers.map(() => new Array<number>(tierCount).fill(0));
  const proposedCount = managers.map(() => new Array<number>(tierCount).fill(0));
  const total = managers.map(() => 0);
  const waiting: number[] = [];
  for (let c = 0; c < clients.ids.length; c++) {
    const tier = clients.tierIndex[c];
    const own = clients.manager[c];
    if (needsProposal(tier, own, dedicated, byKey, managers)) { waiting.push(c); continue; }
    const m = own === null ? undefined : byKey.get(managerKey(own));
    if (m !== undefined && tier >= 0) { existing[m][tier]++; total[m]++; }
  }
  const score = (c: number): number => (Number.isNaN(clients.scores[c]) ? -Infinity : clients.scores[c]);
  waiting.sort((a, b) => clients.tierIndex[a] - clients.tierIndex[b] || score(b) - score(a) || byName(clients.ids[a], clients.ids[b]) || a - b);

  const proposed: (string | null)[] = clients.ids.map(() => null);
  const unplaced: { client: number; reason: UnplacedReason }[] = [];
  const onDuty = managers.map((m, i) => (m.onDuty ? i : -1)).filter((i) => i >= 0);
  const branchKey = managers.map((m) => normalizeLabel(m.branch));
  for (const c of waiting) {
    if (managers.length === 0) { unplaced.push({ client: c, reason: 'noRoster' }); continue; }
    if (onDuty.length === 0) { unplaced.push({ client: c, reason: 'noneOnDuty' }); continue; }
    const tier = clients.tierIndex[c];
    const room = onDuty.filter((m) => existing[m][tier] + proposedCount[m][tier] < managers[m].capacity[tier]);
    if (room.length === 0) { unplaced.push({ client: c, reason: 'full' }); continue; }
    const home = clients.branch[c] === null ? '' : normalizeLabel(clients.branch[c] ?? '');
    const local = home === '' ? [] : room.filter((m) => branchKey[m] === home);
    const pool = local.length > 0 ? local : room;
    let best = pool[0];
    for (const m of pool) {
      if (total[m] < total[best] || (total[m] === total[best] && byName(managers[m].name, managers[best].name) < 0)) best = m;
    }
    proposed[c] = managers[best].name;
    proposedCount[best][tier]++;
    total[best]++;
  }
  return {
    proposed,
    loads: managers.map((manager, i) => ({ manager, existing: existing[i], proposed: proposedCount[i] })),
    unplaced,
    needed: waiting.length,
  };
}
