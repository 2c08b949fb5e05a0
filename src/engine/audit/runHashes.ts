import type { CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { parseDateCell, isoDateOfSerial } from '../cell/parseDateCell';
import type { TierModel } from '../model/types';
import { DEFAULT_COMPLIANCE_OPTIONS } from '../compliance/complianceOptions';
import type { TieringResult } from '../run/tierClients';
import type { ExtraColumns } from '../table/extraColumns';
import { canonicalJson } from './modelHash';
import { sha256OfText } from './sha256';

/** A number in JavaScript's shortest round-trip form; NaN (missing) as empty. */
const num = (v: number): string => (v === v ? String(v) : '');

/** A raw cell in canonical text: numbers shortest round-trip, booleans TRUE/FALSE, text NFKC-trimmed, blank empty. */
function canonicalCell(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return num(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cellText(cell).normalize('NFKC').trim();
}

/** Why tested first: almost no field needs escaping, and three replaces per field were a third of the hash's time. */
const NEEDS_ESCAPE = /[\\\t\r\n]/u;
/** Tabs and line breaks inside a value would blur the fields, so they are escaped. */
const field = (s: string): string => (NEEDS_ESCAPE.test(s) ? s.replace(/\\/gu, '\\\\').replace(/\t/gu, '\\t').replace(/\r?\n|\r/gu, '\\n') : s);

/**
 * The client data as read, in the canonical form docs/cli.md documents: line 1 "tierbook-data-v1"; line 2 the mapped
 * headers (id, each factor's, each extra column's, sorted by role) joined by tabs; then one line per client, in sheet
 * order: worksheet row, id, each factor's value as the engine read it (number, or the category label as typed), each
 * extra column's cell (a date column as YYYY-MM-DD). Formatting, fonts and number formats do not enter it.
 */
export function canonicalClientData(result: TieringResult, extras?: ExtraColumns): string {
  const { table } = result;
  const extraColumns = extras ? Object.values(extras.columns).filter((c) => c !== undefined).sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)) : [];
  const lines: string[] = ['tierbook-data-v1'];
  lines.push([table.layout.id?.header ?? '', ...table.layout.factors.map((f) => f.header), ...extraColumns.map((c) => `${c.role}=${c.header}`)].map(field).join('\t'));
  for (let c = 0; c < table.size; c++) {
    const parts: string[] = [String(table.rowNumbers[c]), table.ids[c]];
    for (const column of table.factorColumns) {
      if (column.kind === 'numeric') parts.push(num(column.values[c]));
      else parts.push(column.codes[c] >= 0 ? column.rawLevels[column.codes[c]] : '');
    }
    for (const column of extraColumns) {
      const cell = column.cells[c] ?? null;
      if (column.role === 'assessmentDate' || column.role === 'openDate') {
        const d = parseDateCell(cell);
        parts.push(d.kind === 'date' ? isoDateOfSerial(d.serial) : canonicalCell(cell));
      } else parts.push(canonicalCell(cell));
    }
    lines.push(parts.map(field).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

export function clientDataSha256(result: TieringResult, extras?: ExtraColumns): string {
  return sha256OfText(canonicalClientData(result, extras));
}

/**
 * The model as applied, in canonical form: canonical JSON (sorted keys) with every default filled in (direction
 * "higher", missing "zero", the compliance options), so the model a run used and the same model read back from its
 * model sheet hash alike.
 */
export function canonicalModel(model: TierModel): TierModel {
  return {
    ...model, missing: model.missing ?? 'zero', compliance: model.compliance ?? DEFAULT_COMPLIANCE_OPTIONS,
    factors: model.factors.map((f) => ({ ...f, direction: f.direction ?? 'higher' })),
  };
}

export function modelSha256(model: TierModel): string {
  return sha256OfText(canonicalJson(canonicalModel(model)));
}
