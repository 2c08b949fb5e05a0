import type { CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { parseDateCell, isoDateOfSerial } from '../cell/parseDateCell';
import type { TierModel } from '../model/types';
import type { TieringResult } from '../run/tierClients';
import type { ExtraColumns } from '../table/extraColumns';
import { canonicalJson, canonicalModel } from './modelHash';
import { CLIENTS_PER_STEP, runSteps, type Steps } from '../run/steps';
import { Sha256, sha256OfText, utf8Bytes } from './sha256';

/** A number in JavaScript's shortest round-trip form; NaN (missing) as empty. */
const num = (v: number): string => (v === v ? String(v) : '');

/** Printable ASCII with no space at either end: unchanged by NFKC and trim, so neither is run (50,000 clients' cells). */
const PLAIN_TEXT = /^[!-~](?:[ -~]*[!-~])?$/u;

/** A raw cell in canonical text: numbers shortest round-trip, booleans TRUE/FALSE, text NFKC-trimmed, blank empty. */
function canonicalCell(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return num(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = cellText(cell);
  return PLAIN_TEXT.test(text) ? text : text.normalize('NFKC').trim();
}

/**
 * Tabs and line breaks inside a value would blur the fields, so they are escaped. Most values have none: one test
 * first, rather than three replacements of every field (a third of the hash's time at 50,000 clients).
 */
const NEEDS_ESCAPE = /[\\\t\r\n]/u;
const field = (s: string): string => (NEEDS_ESCAPE.test(s) ? s.replace(/\\/gu, '\\\\').replace(/\t/gu, '\\t').replace(/\r?\n|\r/gu, '\\n') : s);

/**
 * The client data as read, in the canonical form docs/cli.md documents: line 1 "tierbook-data-v1"; line 2 the mapped
 * headers (id, each factor's, each extra column's, sorted by role) joined by tabs; then one line per client, in sheet
 * order: worksheet row, id, each factor's value as the engine read it (number, or the category label as typed), each
 * extra column's cell (a date column as YYYY-MM-DD). Formatting, fonts and number formats do not enter it.
 */
export function canonicalClientData(result: TieringResult, extras?: ExtraColumns): string {
  return [...canonicalClientDataPieces(result, extras)].join('');
}

/**
 * canonicalClientData in pieces, whole lines each: the two header lines, then the lines of CLIENTS_PER_STEP clients
 * at a time. Joined, they are canonicalClientData's text.
 */
export function* canonicalClientDataPieces(result: TieringResult, extras?: ExtraColumns): Generator<string, void, void> {
  const { table } = result;
  const extraColumns = extras ? Object.values(extras.columns).filter((c) => c !== undefined).sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)) : [];
  const headers = [table.layout.id?.header ?? '', ...table.layout.factors.map((f) => f.header), ...extraColumns.map((c) => `${c.role}=${c.header}`)];
  yield `tierbook-data-v1\n${headers.map(field).join('\t')}\n`;
  for (let from = 0; from < table.size; from += CLIENTS_PER_STEP) {
    const lines: string[] = [];
    for (let c = from; c < Math.min(table.size, from + CLIENTS_PER_STEP); c++) {
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
    yield `${lines.join('\n')}\n`;
  }
}

/** The SHA-256 of canonicalClientData, as the run log stores it. */
export function clientDataSha256(result: TieringResult, extras?: ExtraColumns): string {
  return runSteps(clientDataSha256Steps(result, extras));
}

/**
 * clientDataSha256, hashing CLIENTS_PER_STEP clients' lines at a time and pausing after each (run/steps): at 50,000
 * clients the whole text is tens of MB and about a second of hashing on a loaded machine, too long for one task of
 * the pane. Pieces end at line ends, so no character is split between two of them; the digest is the one-shot one.
 */
export function* clientDataSha256Steps(result: TieringResult, extras?: ExtraColumns): Steps<string> {
  const hash = new Sha256();
  for (const piece of canonicalClientDataPieces(result, extras)) {
    hash.update(utf8Bytes(piece));
    yield;
  }
  return hash.digest();
}

export function modelSha256(model: TierModel): string {
  return sha256OfText(canonicalJson(canonicalModel(model)));
}
