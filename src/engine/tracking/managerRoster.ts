import { tierIndexByLabel } from '../model/tierIndexByLabel';
import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import { TierBookError } from '../errors';
import { text, type Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import { cellAddress, quoteSheetName } from '../cell/a1';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { parseYesNo } from '../strategy/strategyTemplatesSheet';
import {
  MANAGER_ROSTER_FORMAT, MANAGER_ROSTER_MARKER, MANAGER_ROSTER_SHEET_KEY, ROSTER_COL, ROSTER_HEADER_ROW, ROSTER_LABELS,
} from './rosterLabels';
import type { SheetProblem } from './sheetProblem';

type Grid = readonly (readonly CellValue[])[];

/** One account manager (客户经理) of the roster. */
export interface RosterManager {
  readonly name: string;
  /** '' when the row names no 营业部 (reported; the manager then matches no client's branch first). */
  readonly branch: string;
  readonly onDuty: boolean;
  /** How many clients of each model tier (by index) the manager can serve; 0 where the column is blank or missing. */
  readonly capacity: readonly number[];
  /** 0-based sheet row, for messages. */
  readonly row: number;
}

export interface ManagerRoster {
  readonly managers: readonly RosterManager[];
  /** Bad rows and cells, each with its cell: reported, never fatal. */
  readonly problems: readonly SheetProblem[];
}

/** An example capacity per tier: fewer clients the higher the tier (30, 80, 150, 300, …). */
const EXAMPLE_CAPACITY = [30, 80, 150, 300, 500, 800, 1000];

/** The roster as written once: title, marker, help, header, one example row (not on duty, so it serves nobody). */
export function writeManagerRoster(model: Pick<TierModel, 'tiers'>, locale: Locale): PlanCell[][] {
  const L = ROSTER_LABELS;
  return [
    [L.title[locale]],
    [MANAGER_ROSTER_MARKER, MANAGER_ROSTER_FORMAT],
    [L.help[locale]],
    [],
    [L.manager[locale], L.branch[locale], L.onDuty[locale], ...model.tiers.map((t) => t.name)],
    [L.exampleName[locale], L.exampleBranch[locale], L.no[locale], ...model.tiers.map((_, k) => EXAMPLE_CAPACITY[Math.min(k, EXAMPLE_CAPACITY.length - 1)])],
  ];
}

/** The roster as a plan sheet. Role "model": like the templates sheet it is the user's input, written once and kept. */
export function buildManagerRosterSheet(model: Pick<TierModel, 'tiers'>, locale: Locale): PlanSheet {
  return {
    key: MANAGER_ROSTER_SHEET_KEY,
    role: 'model',
    preferredName: ROSTER_LABELS.sheetName[locale],
    rows: writeManagerRoster(model, locale),
    columnWidths: [16, 18, 8, ...model.tiers.map(() => 10)],
    headerRows: [ROSTER_HEADER_ROW],
    freezeRows: ROSTER_HEADER_ROW + 1,
  };
}

/** Index of the model tier a header names (by name or either label), or −1. */
function tierOfHeader(header: CellValue, model: Pick<TierModel, 'tiers'>): number {
  if (isBlankCell(header)) return -1;
  return tierIndexByLabel(model).get(normalizeLabel(cellText(header))) ?? -1;
}

/** The key two spellings of one manager's name share (full-width, case and outer spaces aside). */
export function managerKey(name: string): string {
  return normalizeLabel(name);
}

/**
 * Reads a roster sheet (found by its marker). Never throws for what a user typed: a duplicate manager, a capacity
 * that is not a whole number, a manager on no 营业部 or an unreadable 在岗 is a problem with its cell, and the run
 * goes on with what could be read (a bad capacity counts as 0, an unreadable 在岗 as not on duty, a duplicate row
 * is left out).
 */
export function readManagerRoster(grid: Grid, sheetName: string, model: Pick<TierModel, 'tiers'>): ManagerRoster {
  const problems: SheetProblem[] = [];
  const at = (row: number, col: number): string => `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
  const cell = (row: number, col: number): CellValue => grid[row]?.[col] ?? null;
  const problem = (row: number, col: number, zh: string, en: string): void => { problems.push({ address: at(row, col), message: text(zh, en) }); };

  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === MANAGER_ROSTER_MARKER);
  if (markerRow < 0) {
    throw new TierBookError('INTERNAL', text(`工作表「${sheetName}」不是客户经理名册：A1:A10 中没有 ${MANAGER_ROSTER_MARKER} 标记`,
      `sheet "${sheetName}" is not an account manager roster: no ${MANAGER_ROSTER_MARKER} marker in A1:A10`), { sheet: sheetName });
  }
  const managerHeaders = [ROSTER_LABELS.manager['zh-CN'], ROSTER_LABELS.manager['en-US']].map(normalizeLabel);
  let headerRow = -1;
  for (let r = markerRow + 1; r < grid.length && headerRow < 0; r++) {
    const a = cell(r, ROSTER_COL.manager);
    if (typeof a === 'string' && managerHeaders.includes(normalizeLabel(a))) headerRow = r;
  }
  if (headerRow < 0) {
    problem(markerRow, 0, `找不到表头行（A 列为「${ROSTER_LABELS.manager['zh-CN']}」的行），名册未读取`,
      `the header row (column A reading "${ROSTER_LABELS.manager['en-US']}") is missing; the roster was not read`);
    return { managers: [], problems };
  }
  const header = grid[headerRow] ?? [];
  const capacityColumn = model.tiers.map(() => -1);
  for (let c = ROSTER_COL.firstCapacity; c < header.length; c++) {
    const k = tierOfHeader(header[c], model);
    if (k >= 0 && capacityColumn[k] < 0) capacityColumn[k] = c;
  }

  const managers: RosterManager[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every(isBlankCell)) continue;
    const rawName = isBlankCell(cell(r, ROSTER_COL.manager)) ? '' : cellText(cell(r, ROSTER_COL.manager)).trim();
    if (rawName === '') { problem(r, ROSTER_COL.manager, '客户经理姓名为空，本行未读取', 'the manager\'s name is empty; the row was not read'); continue; }
    const key = managerKey(rawName);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problem(r, ROSTER_COL.manager, `客户经理「${rawName}」重复（已在第 ${earlier + 1} 行），本行未读取`,
        `the manager "${rawName}" is listed twice (first on row ${earlier + 1}); this row was not read`);
      continue;
    }
    firstRowOf.set(key, r);
    const branch = isBlankCell(cell(r, ROSTER_COL.branch)) ? '' : cellText(cell(r, ROSTER_COL.branch)).trim();
    if (branch === '') problem(r, ROSTER_COL.branch, `客户经理「${rawName}」没有营业部`, `the manager "${rawName}" has no branch (营业部)`);
    const dutyCell = cell(r, ROSTER_COL.onDuty);
    const duty = isBlankCell(dutyCell) ? true : parseYesNo(dutyCell);
    if (duty === undefined) {
      problem(r, ROSTER_COL.onDuty, `在岗应填 是 或 否，而不是「${cellText(dutyCell)}」；按不在岗处理`,
        `on duty takes yes or no, not "${cellText(dutyCell)}"; read as not on duty`);
    }
    const capacity = capacityColumn.map((c) => {
      if (c < 0) return 0;
      const v = cell(r, c);
      if (isBlankCell(v)) return 0;
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.normalize('NFKC').trim()) : NaN;
      if (Number.isInteger(n) && n >= 0) return n;
      problem(r, c, `容量「${cellText(v)}」不是非负整数；按 0 处理`, `the capacity "${cellText(v)}" is not a whole number of clients; read as 0`);
      return 0;
    });
    managers.push({ name: rawName, branch, onDuty: duty === true, capacity, row: r });
  }
  return { managers, problems };
}
