import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeHeader, normalizeLabel } from '../cell/normalizeText';
import { isoDateOfSerial, parseDateCell } from '../cell/parseDateCell';
import { text, type Locale } from '../i18n/locale';
import { cellAddress, quoteSheetName } from '../cell/a1';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { DATE_FORMAT, FOLLOW_UP_COL, FOLLOW_UP_MARKER } from './followUpPlan';
import type { SheetProblem } from './sheetProblem';
import { SERVICE_LOG_SHEET_KEY } from './trackingKeys';
import { FOLLOW_UP_LABELS, SERVICE_LOG_LABELS } from './trackingLabels';

type Grid = readonly (readonly CellValue[])[];

export { SERVICE_LOG_SHEET_KEY } from './trackingKeys';

/** The log's columns, in order; a manager's typed rows follow the same header. */
export const SERVICE_LOG_COL = {
  id: 0, name: 1, tier: 2, manager: 3, date: 4, way: 5, satisfaction: 6, note: 7, source: 8, loggedAt: 9,
} as const;

/** One contact: from a filled plan row or a row of the log, its cells kept exactly as typed. */
export interface ContactEntry {
  readonly id: string;
  readonly name: CellValue;
  readonly tier: CellValue;
  readonly manager: CellValue;
  /** The date cell as typed; `serial` is what it reads as, undefined when unreadable or blank. */
  readonly date: CellValue;
  readonly serial?: number;
  readonly way: CellValue;
  readonly satisfaction: CellValue;
  readonly note: CellValue;
  /** Where it was read, e.g. '回访计划'!I7. */
  readonly address: string;
}

/** Same client, date and way: the same contact, logged once. Unreadable dates compare by their text. */
export function contactKey(e: Pick<ContactEntry, 'id' | 'date' | 'serial' | 'way'>): string {
  const date = e.serial !== undefined ? String(e.serial) : `?${normalizeLabel(cellText(e.date))}`;
  return `${normalizeLabel(e.id)}\u0000${date}\u0000${normalizeLabel(cellText(e.way))}`;
}

/** Checks one entry: a readable date not after the run date, satisfaction a whole number 1–5, a known client. */
function entryProblems(e: ContactEntry, dateAddress: string, satisfactionAddress: string, idAddress: string, runDate: number,
  knownIds: ReadonlySet<string> | undefined): SheetProblem[] {
  const problems: SheetProblem[] = [];
  if (e.serial === undefined) {
    const raw = cellText(e.date);
    problems.push({ address: dateAddress, message: raw === ''
      ? text('有回访内容但没有回访日期；已原样保留', 'a contact without a date; kept as typed')
      : text(`回访日期「${raw}」无法识别（可写 2026-11-05、2026/11/5 或 2026年11月5日）；已原样保留`, `the contact date "${raw}" is not a date (write 2026-11-05, 2026/11/5 or 2026年11月5日); kept as typed`) });
  } else if (e.serial > runDate) {
    problems.push({ address: dateAddress, message: text(`回访日期 ${isoDateOfSerial(e.serial)} 晚于运行日期 ${isoDateOfSerial(runDate)}；已原样保留`,
      `the contact date ${isoDateOfSerial(e.serial)} is after the run date ${isoDateOfSerial(runDate)}; kept as typed`) });
  }
  if (!isBlankCell(e.satisfaction) && satisfactionOf(e) === undefined) {
    problems.push({ address: satisfactionAddress, message: text(`满意度「${cellText(e.satisfaction)}」不是 1–5 的整数；已原样保留，不计入平均`,
      `the satisfaction "${cellText(e.satisfaction)}" is not a whole number from 1 to 5; kept as typed, left out of averages`) });
  }
  if (knownIds && !knownIds.has(normalizeLabel(e.id))) {
    problems.push({ address: idAddress, message: text(`客户号「${e.id}」不在本次的客户表中；已原样保留`, `the client "${e.id}" is not in this run's client sheet; kept as typed`) });
  }
  return problems;
}

/** Satisfaction 1–5 (a number or its text), else undefined. */
export function satisfactionOf(e: Pick<ContactEntry, 'satisfaction'>): number | undefined {
  const v = e.satisfaction;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.normalize('NFKC').trim()) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

function serialOf(cell: CellValue): number | undefined {
  const parsed = parseDateCell(cell);
  return parsed.kind === 'date' ? parsed.serial : undefined;
}

/** Both languages' spellings of a header, normalised. */
function headerIs(cell: CellValue, label: { 'zh-CN': string; 'en-US': string }): boolean {
  return typeof cell === 'string' && (normalizeHeader(cell) === normalizeHeader(label['zh-CN']) || normalizeHeader(cell) === normalizeHeader(label['en-US']));
}

export interface ReadContacts {
  readonly entries: readonly ContactEntry[];
  readonly problems: readonly SheetProblem[];
}

/**
 * The filled rows of a follow-up plan (found by its TIERBOOK-FOLLOWUP marker): every row where a manager typed
 * anything in the four manager columns, cells as typed. Read before the plan is replaced, so nothing typed is lost.
 */
export function harvestFollowUps(grid: Grid, sheetName: string, runDate: number, knownIds?: ReadonlySet<string>): ReadContacts {
  const at = (row: number, col: number): string => `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === FOLLOW_UP_MARKER);
  if (markerRow < 0) return { entries: [], problems: [] };
  let headerRow = -1;
  for (let r = markerRow + 1; r < Math.min(grid.length, markerRow + 10) && headerRow < 0; r++) if (headerIs(grid[r]?.[0] ?? null, FOLLOW_UP_LABELS.clientId)) headerRow = r;
  if (headerRow < 0) return { entries: [], problems: [{ address: at(markerRow, 0), message: text('回访计划找不到表头行，未读取', 'the follow-up plan has no header row; not read') }] };
  const C = FOLLOW_UP_COL;
  const entries: ContactEntry[] = [];
  const problems: SheetProblem[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cell = (c: number): CellValue => row[c] ?? null;
    if ([C.contactDate, C.way, C.satisfaction, C.note].every((c) => isBlankCell(cell(c)))) continue;
    const date = cell(C.contactDate);
    const serial = serialOf(date);
    const entry: ContactEntry = {
      id: cellText(cell(C.id)).trim(), name: cell(C.name), tier: cell(C.tier), manager: cell(C.manager), date,
      ...(serial !== undefined ? { serial } : {}), way: cell(C.way), satisfaction: cell(C.satisfaction), note: cell(C.note), address: at(r, C.contactDate),
    };
    entries.push(entry);
    problems.push(...entryProblems(entry, at(r, C.contactDate), at(r, C.satisfaction), at(r, C.id), runDate, knownIds));
  }
  return { entries, problems };
}

const LOG_HEADER_KEYS = ['clientId', 'clientName', 'tier', 'manager', 'contactDate', 'way', 'satisfaction', 'note'] as const;

/** The log's header row in the workbook's language. */
export function serviceLogHeader(locale: Locale): string[] {
  return [...LOG_HEADER_KEYS.map((k) => FOLLOW_UP_LABELS[k][locale]), SERVICE_LOG_LABELS.source[locale], SERVICE_LOG_LABELS.loggedAt[locale]];
}

/**
 * Every row of the service log, TierBook's and those a manager typed, with their problems (a date in the future,
 * satisfaction 7, an unknown client), each with its cell. Rows are never changed; problems are only reported.
 */
export function readServiceLog(grid: Grid, sheetName: string, runDate: number, knownIds?: ReadonlySet<string>): ReadContacts {
  const at = (row: number, col: number): string => `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
  const headerRow = grid.slice(0, 10).findIndex((r) => headerIs(r[0] ?? null, FOLLOW_UP_LABELS.clientId));
  if (headerRow < 0) return { entries: [], problems: grid.length === 0 ? [] : [{ address: at(0, 0), message: text('服务记录找不到表头行，未读取', 'the service log has no header row; not read') }] };
  const C = SERVICE_LOG_COL;
  const entries: ContactEntry[] = [];
  const problems: SheetProblem[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every(isBlankCell)) continue;
    const cell = (c: number): CellValue => row[c] ?? null;
    const date = cell(C.date);
    const serial = serialOf(date);
    const entry: ContactEntry = {
      id: cellText(cell(C.id)).trim(), name: cell(C.name), tier: cell(C.tier), manager: cell(C.manager), date,
      ...(serial !== undefined ? { serial } : {}), way: cell(C.way), satisfaction: cell(C.satisfaction), note: cell(C.note), address: at(r, C.date),
    };
    entries.push(entry);
    problems.push(...entryProblems(entry, at(r, C.date), at(r, C.satisfaction), at(r, C.id), runDate, knownIds));
  }
  return { entries, problems };
}

/** The harvested entries not yet in the log (same client, date and way), each once, in plan order. */
export function newContacts(harvested: readonly ContactEntry[], logged: readonly ContactEntry[]): ContactEntry[] {
  const seen = new Set(logged.map(contactKey));
  return harvested.filter((e) => {
    const key = contactKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The key a client id is matched by between the client sheet and the log (full-width, case and outer spaces aside). */
export function clientKey(id: string): string {
  return normalizeLabel(id);
}

/** clientKey(id) → serial of the latest readable contact not after the run date, for 上次回访 and the schedule. */
export function lastContacts(entries: readonly ContactEntry[], runDate: number): Map<string, number> {
  const last = new Map<string, number>();
  for (const e of entries) {
    if (e.serial === undefined || e.serial > runDate || e.id === '') continue;
    const key = clientKey(e.id);
    const before = last.get(key);
    if (before === undefined || e.serial > before) last.set(key, e.serial);
  }
  return last;
}

/**
 * The log as an append-only plan sheet: its header and this run's new rows. Renderers append the rows below what is
 * there (the header only on the first run), so no run rewrites, reorders or drops a row already in the log.
 */
export function buildServiceLogSheet(added: readonly ContactEntry[], timestamp: string, locale: Locale): PlanSheet {
  const rows: PlanCell[][] = [serviceLogHeader(locale)];
  for (const e of added) rows.push([e.id, e.name, e.tier, e.manager, e.date, e.way, e.satisfaction, e.note, SERVICE_LOG_LABELS.fromPlan[locale], timestamp]);
  return {
    key: SERVICE_LOG_SHEET_KEY, role: 'tracking', preferredName: SERVICE_LOG_LABELS.sheetName[locale], appendOnly: true, rows,
    headerRows: [0], freezeRows: 1, columnWidths: [14, 12, 8, 12, 12, 10, 8, 30, 12, 22], numberFormats: { [SERVICE_LOG_COL.date]: DATE_FORMAT },
  };
}
