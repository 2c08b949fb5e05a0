import type { RosterManager } from '../../src/engine/tracking/managerRoster';
import { proposeManagers, type ProposalClients } from '../../src/engine/tracking/proposeManagers';

const manager = (name: string, branch: string, capacity: number[], onDuty = true, row = 5): RosterManager => ({ name, branch, onDuty, capacity, row });

/** Clients from [id, tier, score, branch, manager] rows. */
function clients(rows: [string, number, number, string | null, string | null][]): ProposalClients {
  return {
    ids: rows.map((r) => r[0]), tierIndex: Int16Array.from(rows.map((r) => r[1])), scores: Float64Array.from(rows.map((r) => r[2])),
    branch: rows.map((r) => r[3]), manager: rows.map((r) => r[4]),
  };
}

// Tier 0 (钻石) and tier 1 (黄金) require a dedicated manager; tier 2 does not.
const dedicated = [true, true, false];

describe('proposeManagers (建议客户经理)', () => {
  it('same branch first, then the least loaded (existing clients count), ties by name; never over capacity', () => {
    const roster = [manager('Wang', 'SH', [2, 5, 0]), manager('Li', 'SH', [2, 5, 0]), manager('Zhao', 'BJ', [3, 5, 0])];
    const proposal = proposeManagers(clients([
      ['c1', 0, 90, 'SH', 'Wang'], // existing: Wang has one 钻石 client
      ['c2', 0, 95, 'SH', null], // first placed (highest score): Li (0 clients) before Wang (1)
      ['c3', 0, 80, 'sh', ''], // branch matched case-insensitively; Li 1, Wang 1 → tie by name: Li
      ['c4', 0, 70, 'SH', null], // Li full (2) → Wang (1 existing, cap 2)
      ['c5', 0, 60, 'SH', null], // SH full → other branch: Zhao
      ['c6', 1, 50, 'BJ', null], // 黄金: Zhao's branch, Zhao has 1 → Zhao
      ['c7', 2, 99, 'SH', null], // tier 2 needs no manager
      ['c8', -1, NaN, 'SH', null], // untiered
    ]), roster, dedicated);
    expect(proposal.proposed).toEqual([null, 'Li', 'Li', 'Wang', 'Zhao', 'Zhao', null, null]);
    expect(proposal.needed).toBe(5);
    expect(proposal.unplaced).toEqual([]);
    expect(proposal.loads.map((l) => [l.manager.name, l.existing, l.proposed])).toEqual([
      ['Wang', [1, 0, 0], [1, 0, 0]], ['Li', [0, 0, 0], [2, 0, 0]], ['Zhao', [0, 0, 0], [1, 1, 0]],
    ]);
  });

  it('keeps every existing relationship, even over capacity or with a manager not on the roster; replaces only managers off duty', () => {
    const roster = [manager('Wang', 'SH', [1, 1, 1]), manager('Off', 'SH', [9, 9, 9], false)];
    const proposal = proposeManagers(clients([
      ['a', 0, 50, 'SH', 'Wang'], ['b', 0, 40, 'SH', 'Wang'], ['c', 0, 30, 'SH', 'Stranger'], ['d', 0, 20, 'SH', 'Off'], ['e', 2, 10, 'SH', 'Off'],
    ]), roster, dedicated);
    expect(proposal.proposed).toEqual([null, null, null, null, null]);
    expect(proposal.unplaced).toEqual([{ client: 3, reason: 'full' }]);
    expect(proposal.loads[0].existing).toEqual([2, 0, 0]);
    expect(proposal.loads[1].existing).toEqual([0, 0, 1]); // tier 2 needs no dedicated manager: Off keeps e
  });

  it('lists who cannot be placed with the reason: no roster, nobody on duty, capacity full', () => {
    const people = clients([['x', 0, 1, null, null], ['y', 1, 1, null, null]]);
    expect(proposeManagers(people, [], dedicated).unplaced).toEqual([{ client: 0, reason: 'noRoster' }, { client: 1, reason: 'noRoster' }]);
    expect(proposeManagers(people, [manager('Off', 'SH', [5, 5, 5], false)], dedicated).unplaced.map((u) => u.reason)).toEqual(['noneOnDuty', 'noneOnDuty']);
    const full = proposeManagers(people, [manager('A', 'SH', [1, 0, 0])], dedicated);
    expect(full.proposed).toEqual(['A', null]);
    expect(full.unplaced).toEqual([{ client: 1, reason: 'full' }]);
  });

  it('is deterministic: the same answer whatever the client order', () => {
    const roster = [manager('B', 'SH', [3, 3, 0]), manager('A', 'BJ', [3, 3, 0]), manager('C', 'SH', [1, 3, 0])];
    const rows: [string, number, number, string | null, string | null][] = [
      ['k1', 0, 70, 'SH', null], ['k2', 0, 70, 'BJ', null], ['k3', 1, 60, 'SH', null], ['k4', 0, 99, null, null], ['k5', 1, 60, 'GZ', null], ['k6', 0, 10, 'SH', 'A'],
    ];
    const forward = proposeManagers(clients(rows), roster, dedicated);
    const backward = proposeManagers(clients([...rows].reverse()), roster, dedicated);
    const asMap = (p: typeof forward, r: typeof rows): Record<string, string | null> => Object.fromEntries(r.map((row, i) => [row[0], p.proposed[i]]));
    expect(asMap(backward, [...rows].reverse())).toEqual(asMap(forward, rows));
    // 钻石 first: k4 (99, no branch): B 0, C 0, A 1 (k6) → B by name; k1 (70, SH, before k2 by id): B 1, C 0 → C (now full);
    // k2 (BJ) → A. 黄金: k3 (SH): B 1, C 1 → B by name; k5 (GZ, no manager there): B 2, A 2, C 1 → C.
    expect(asMap(forward, rows)).toEqual({ k1: 'C', k2: 'A', k3: 'B', k4: 'B', k5: 'C', k6: null });
  });
});
