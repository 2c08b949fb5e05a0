/*
 * The clients behind one cell of the what-if matrix: who was in the baseline's row tier and is in the current
 * column tier, with their scores before and after and their worksheet row (for "select in the sheet"). Same
 * heading rules as whatIfTable; clients are matched by position when both results share the table (the sliders'
 * case) and by id otherwise (the saved model's own mapping).
 */
import type { TieringResult } from '../../engine';
import type { WhatIfHeading } from './whatIfTable';

export interface WhatIfClient {
  readonly id: string;
  /** 1-based worksheet row in the current table; undefined for a client that is gone from it. */
  readonly rowNumber?: number;
  /** NaN when unscored. */
  readonly scoreBefore: number;
  readonly scoreAfter: number;
}

export interface WhatIfCell {
  readonly row: WhatIfHeading;
  readonly column: WhatIfHeading;
}

function tierName(result: TieringResult, i: number): string | undefined {
  const k = result.tierIndex[i];
  return k >= 0 ? result.model.tiers[k]?.name : undefined;
}

/** Whether a client with this tier (undefined: none) stands under the heading; `present` is false for new or gone. */
function fits(heading: WhatIfHeading, tier: string | undefined, present: boolean): boolean {
  if (heading.kind === 'tier') return present && tier === heading.name;
  if (heading.kind === 'untiered') return present && tier === undefined;
  return !present;
}

/** At most `limit` clients of the cell, in sheet order, and how many there are in all. */
export function whatIfClients(before: TieringResult, after: TieringResult, cell: WhatIfCell, limit: number): { clients: WhatIfClient[]; total: number } {
  const clients: WhatIfClient[] = [];
  let total = 0;
  const take = (client: () => WhatIfClient): void => {
    total++;
    if (clients.length < limit) clients.push(client());
  };
  if (before.table === after.table) {
    for (let i = 0; i < after.table.size; i++) {
      if (fits(cell.row, tierName(before, i), true) && fits(cell.column, tierName(after, i), true)) {
        take(() => ({ id: after.table.ids[i], rowNumber: after.table.rowNumbers[i], scoreBefore: before.scores[i], scoreAfter: after.scores[i] }));
      }
    }
    return { clients, total };
  }
  const beforeById = new Map<string, number>();
  before.table.ids.forEach((id, i) => { if (!beforeById.has(id)) beforeById.set(id, i); });
  const seen = new Set<string>();
  for (let i = 0; i < after.table.size; i++) {
    const id = after.table.ids[i];
    seen.add(id);
    const b = beforeById.get(id);
    const inBefore = b !== undefined;
    if (fits(cell.row, inBefore ? tierName(before, b) : undefined, inBefore) && fits(cell.column, tierName(after, i), true)) {
      take(() => ({ id, rowNumber: after.table.rowNumbers[i], scoreBefore: inBefore ? before.scores[b] : NaN, scoreAfter: after.scores[i] }));
    }
  }
  if (cell.column.kind === 'gone') {
    for (const [id, b] of beforeById) {
      if (!seen.has(id) && fits(cell.row, tierName(before, b), true)) take(() => ({ id, scoreBefore: before.scores[b], scoreAfter: NaN }));
    }
  }
  return { clients, total };
}
