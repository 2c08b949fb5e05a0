import { isBlankCell, type CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { parseNumericCell } from '../cell/parseNumericCell';
import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import { HEADER_ALIASES, type ColumnRole } from '../model/headerAliases';
import type { TierModel } from '../model/types';
import type { DataIssue } from './dataIssue';
import { GrowableInt32 } from './growableArrays';
import { matchHeader, type HeaderMatch } from './matchHeader';
import type { SheetLayout } from './sheetLayout';

/** One column the ClientTable does not keep, as raw cells aligned with the table's clients (index = client). */
export interface ExtraColumn {
  readonly role: ColumnRole;
  /** The header as the sheet wrote it. */
  readonly header: string;
  /** 0-based column index in the rows given to the builder. */
  readonly index: number;
  readonly cells: readonly CellValue[];
}

/** The extra columns found in the sheet; a role the sheet lacks is simply absent. */
export interface ExtraColumns {
  /** Number of clients, equal to the ClientTable's size. */
  readonly size: number;
  readonly columns: Readonly<Partial<Record<ColumnRole, ExtraColumn>>>;
}

/**
 * Where a role's column is: the layout's extras first; for a factor role, the model's factor with that key; else
 * the role's aliases in the header row (so a sheet's 风险等级 is found even when the model scores no risk factor).
 */
export function resolveExtraColumn(layout: SheetLayout, role: ColumnRole, model?: Pick<TierModel, 'factors'>): HeaderMatch | undefined {
  const known = layout.extras[role];
  if (known) return known;
  const factor = model ? model.factors.findIndex((f) => f.key === role) : -1;
  if (factor >= 0 && layout.factors[factor]) return layout.factors[factor];
  return matchHeader(layout.headers, HEADER_ALIASES[role][0], role);
}

/**
 * Collects extra columns from row-major chunks in sheet order, like ClientTableBuilder, and lines them up with
 * the table's clients at the end. Why align by row number: the table alone decides which rows are clients
 * (totals, id-less rows), so this builder never re-implements that classification.
 */
export class ExtraColumnsBuilder {
  private readonly found: { role: ColumnRole; match: HeaderMatch; cells: CellValue[] }[];
  private readonly rowNumbers = new GrowableInt32();

  constructor(layout: SheetLayout, roles: readonly ColumnRole[], model?: Pick<TierModel, 'factors'>) {
    this.found = [];
    for (const role of new Set(roles)) {
      const match = resolveExtraColumn(layout, role, model);
      if (match) this.found.push({ role, match, cells: [] });
    }
  }

  /** Appends rows whose first one is worksheet row `firstRowNumber`; blank rows are skipped as the table skips them. */
  appendRows(rows: readonly (readonly CellValue[])[], firstRowNumber: number): void {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.every(isBlankCell)) continue;
      this.rowNumbers.push(firstRowNumber + r);
      for (const column of this.found) column.cells.push(row[column.match.index] ?? null);
    }
  }

  /** The collected cells of the clients only, in client order; `clientRows` is the table's `rowNumbers`. */
  finish(clientRows: Int32Array): ExtraColumns {
    const seen = this.rowNumbers.toArray();
    const pick = new Int32Array(clientRows.length);
    let s = 0;
    for (let c = 0; c < clientRows.length; c++) {
      while (s < seen.length && seen[s] < clientRows[c]) s++;
      if (s >= seen.length || seen[s] !== clientRows[c]) {
        throw new TierBookError('INTERNAL', text(`附加列未读到客户所在的第 ${clientRows[c]} 行`, `the extra columns did not read client row ${clientRows[c]}`));
      }
      pick[c] = s;
    }
    const columns: Partial<Record<ColumnRole, ExtraColumn>> = {};
    for (const { role, match, cells } of this.found) {
      columns[role] = { role, header: match.header, index: match.index, cells: Array.from(pick, (i) => cells[i]) };
    }
    return { size: clientRows.length, columns };
  }
}

/** Convenience for grids that fit in memory (row 0 = worksheet row 1), aligned with `table`'s clients. */
export function readExtraColumns(
  grid: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  roles: readonly ColumnRole[],
  clientRows: Int32Array,
  model?: Pick<TierModel, 'factors'>,
): ExtraColumns {
  const builder = new ExtraColumnsBuilder(layout, roles, model);
  builder.appendRows(grid.slice(layout.headerRow), layout.headerRow + 1);
  return builder.finish(clientRows);
}

/** A numeric extra column: NaN where missing or unreadable, and one issue per unreadable cell. */
export interface NumericExtra {
  readonly values: Float64Array;
  readonly issues: readonly DataIssue[];
}

/** Reads an extra column as numbers with parseNumericCell ("500万" is 5,000,000); an absent column is all NaN. */
export function numericExtra(extras: ExtraColumns, role: ColumnRole, clientRows: Int32Array): NumericExtra {
  const values = new Float64Array(extras.size).fill(NaN);
  const column = extras.columns[role];
  const issues: DataIssue[] = [];
  if (!column) return { values, issues };
  column.cells.forEach((cell, client) => {
    const parsed = parseNumericCell(cell);
    if (parsed.kind === 'number') values[client] = parsed.value;
    else if (parsed.kind === 'invalid') {
      issues.push({ row: clientRows[client], column: column.header, value: parsed.text, problem: 'invalid_number', client,
        message: text(`「${parsed.text}」不是可识别的数字，按缺失处理`, `"${parsed.text}" is not a readable number; treated as missing`) });
    }
  });
  return { values, issues };
}

/** An extra column as trimmed text per client, null where blank or absent. */
export function textExtra(extras: ExtraColumns, role: ColumnRole): readonly (string | null)[] {
  // Made once per table and role, read only: the strategy sheets, the follow-up plan and the manager proposal each
  // asked for the names, a copy each of a million-entry array.
  let byRole = textExtras.get(extras);
  if (!byRole) { byRole = new Map(); textExtras.set(extras, byRole); }
  let values = byRole.get(role);
  if (!values) {
    const column = extras.columns[role];
    values = column ? column.cells.map((cell) => (isBlankCell(cell) ? null : cellText(cell).trim())) : new Array<string | null>(extras.size).fill(null);
    byRole.set(role, values);
  }
  return values;
}

const textExtras = new WeakMap<ExtraColumns, Map<ColumnRole, readonly (string | null)[]>>();
