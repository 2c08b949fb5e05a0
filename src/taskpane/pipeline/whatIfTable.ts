/*
 * The what-if matrix (compareScenarios from src/engine/migration) laid out for a table: the baseline's tiers as rows,
 * the current tiers as columns, with the "new", "gone" and "no tier" lines only when someone is in them.
 */
import type { MatrixColumnKey, MatrixRowKey, MigrationMatrix } from '../../engine/migration';

/** What a row or column stands for; the component turns it into text. */
export type WhatIfHeading =
  | { readonly kind: 'tier'; readonly name: string }
  | { readonly kind: 'untiered' | 'new' | 'gone' };

export interface WhatIfTable {
  readonly columns: readonly WhatIfHeading[];
  readonly rows: readonly { readonly heading: WhatIfHeading; readonly cells: readonly { readonly count: number; readonly changed: boolean }[] }[];
}

function heading(key: MatrixRowKey | MatrixColumnKey): WhatIfHeading {
  return key.kind === 'tier' || key.kind === 'other' ? { kind: 'tier', name: key.name } : { kind: key.kind };
}

/** Whether a client counted in this cell would change tier: another tier name, or a tier gained or lost. */
function isChange(row: WhatIfHeading, column: WhatIfHeading): boolean {
  if (row.kind === 'tier' && column.kind === 'tier') return row.name !== column.name;
  return row.kind !== column.kind;
}

export function whatIfTable(matrix: MigrationMatrix): WhatIfTable {
  const keepColumn = matrix.columns.map((c, j) => c.kind === 'tier' || matrix.columnTotals[j] > 0);
  const columns = matrix.columns.filter((_, j) => keepColumn[j]).map(heading);
  const rows = matrix.rows.flatMap((key, i) => {
    if (key.kind !== 'tier' && matrix.rowTotals[i] === 0) return [];
    const row = heading(key);
    const counts = matrix.counts[i].filter((_, j) => keepColumn[j]);
    return [{ heading: row, cells: counts.map((count, j) => ({ count, changed: isChange(row, columns[j]) })) }];
  });
  return { columns, rows };
}
