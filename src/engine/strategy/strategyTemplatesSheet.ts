import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeHeader } from '../cell/normalizeText';
import { TierBookError } from '../errors';
import { joinMessages, locatedMessage } from '../i18n/joinMessages';
import { text, type Locale, type LocalizedText } from '../i18n/locale';
import type { FactorSpec } from '../model/types';
import { cellAddress, quoteSheetName } from '../cell/a1';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { describeAudienceRule, formatAudienceRule, parseAudienceRule } from './audienceRule';
import { formatRiskRating, type AudienceRule, type Playbook, type ProductRiskRating, type ProductSuggestion } from './playbook';
import {
  dedicatedManagerText, followUpDaysText, STRATEGY_TEMPLATES_FORMAT, STRATEGY_TEMPLATES_MARKER, TEMPLATE_COL, TEMPLATE_FIELD_LABELS, TEMPLATE_FIELDS,
  TEMPLATE_HEADERS, TEMPLATE_LABELS, type TemplateField,
} from './strategyLabels';

type Grid = readonly (readonly CellValue[])[];

/** The plan key of the templates sheet. */
export const STRATEGY_TEMPLATES_SHEET_KEY = 'strategyTemplates';

/** 0-based row of the table header in a written templates sheet (title, marker, help, blank, header). */
export const TEMPLATE_HEADER_ROW = 4;

/**
 * Playbooks as an editable grid: one row per item (title, audience rule, action, channel, cadence, product, KPI),
 * grouped by playbook key, a blank row between playbooks. readStrategyTemplates reads it back losslessly.
 */
export function writeStrategyTemplates(playbooks: readonly Playbook[], locale: Locale, factors?: readonly FactorSpec[]): PlanCell[][] {
  const field = (f: TemplateField): string => TEMPLATE_FIELD_LABELS[f][locale];
  const rows: PlanCell[][] = [
    [TEMPLATE_LABELS.title[locale]],
    [STRATEGY_TEMPLATES_MARKER, STRATEGY_TEMPLATES_FORMAT],
    [TEMPLATE_LABELS.help[locale]],
    [],
    TEMPLATE_HEADERS.map((h) => h[locale]),
  ];
  playbooks.forEach((p, i) => {
    if (i > 0) rows.push([]);
    const item = (f: TemplateField, t: LocalizedText, extra?: string): void => {
      rows.push(extra === undefined ? [p.key, field(f), t['zh-CN'], t['en-US']] : [p.key, field(f), t['zh-CN'], t['en-US'], extra]);
    };
    item('title', p.title);
    for (const rule of p.audience) item('audience', describeAudienceRule(rule, factors), formatAudienceRule(rule));
    for (const a of p.actions) item('action', a);
    for (const c of p.channels ?? []) item('channel', c);
    if (p.cadence) item('cadence', p.cadence);
    if (p.followUpDays !== undefined) rows.push(scheduleRow(p.key, field('followUpDays'), followUpDaysText(p.followUpDays), p.followUpDays));
    if (p.dedicatedManager !== undefined) {
      rows.push(scheduleRow(p.key, field('dedicatedManager'), dedicatedManagerText(p.dedicatedManager), YES_NO[locale][p.dedicatedManager ? 0 : 1]));
    }
    for (const product of p.products ?? []) item('product', product.category, product.riskRating === undefined ? product.unrated?.typed ?? '' : formatRiskRating(product.riskRating));
    for (const k of p.kpis ?? []) item('kpi', k);
  });
  return rows;
}

/** 是 / 否 as each language writes them; the reader takes either language, true/false, y/n and 1/0. */
const YES_NO: Readonly<Record<Locale, readonly [string, string]>> = { 'zh-CN': ['是', '否'], 'en-US': ['yes', 'no'] };

const YES_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '需要', '要']);
const NO_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '不需要', '不要']);

/** 是 / yes / TRUE / 1 → true, 否 / no / FALSE / 0 → false, anything else → undefined. */
export function parseYesNo(cell: CellValue): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (isBlankCell(cell)) return undefined;
  const word = cellText(cell).normalize('NFKC').trim().toUpperCase();
  if (YES_WORDS.has(word)) return true;
  return NO_WORDS.has(word) ? false : undefined;
}

/** A whole number of days 1–3660 (a number or its text), else undefined. */
export function parseFollowUpDays(cell: CellValue): number | undefined {
  if (isBlankCell(cell) || typeof cell === 'boolean') return undefined;
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).normalize('NFKC').trim());
  return Number.isInteger(n) && n >= 1 && n <= 3660 ? n : undefined;
}

/** A row whose C and D TierBook writes as a description and whose E holds the value it reads back. */
function scheduleRow(key: string, field: string, description: LocalizedText, value: string | number): PlanCell[] {
  return [key, field, description['zh-CN'], description['en-US'], value];
}

/** The templates grid as a plan sheet. Role "model": like the model sheet it is the user's input, read before a run. */
export function buildStrategyTemplatesSheet(playbooks: readonly Playbook[], locale: Locale, factors?: readonly FactorSpec[]): PlanSheet {
  return {
    key: STRATEGY_TEMPLATES_SHEET_KEY,
    role: 'model',
    preferredName: TEMPLATE_LABELS.sheetName[locale],
    rows: writeStrategyTemplates(playbooks, locale, factors),
    columnWidths: [16, 12, 50, 60, 22],
    headerRows: [TEMPLATE_HEADER_ROW],
    freezeRows: TEMPLATE_HEADER_ROW + 1,
  };
}

const RATING_WORDS: Readonly<Record<string, ProductRiskRating>> = {
  R1: 1, R2: 2, R3: 3, R4: 4, R5: 5, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5,
  低风险: 1, 中低风险: 2, 中风险: 3, 中高风险: 4, 高风险: 5,
};

/** "R3", " r3 ", 3 or 中风险 → 3; anything else → undefined. */
export function parseRiskRating(cell: CellValue): ProductRiskRating | undefined {
  return isBlankCell(cell) ? undefined : RATING_WORDS[cellText(cell).normalize('NFKC').trim().toUpperCase()];
}

const FIELD_BY_NAME: ReadonlyMap<string, TemplateField> = new Map(TEMPLATE_FIELDS.flatMap((f) => [
  [normalizeHeader(f), f], [normalizeHeader(TEMPLATE_FIELD_LABELS[f]['zh-CN']), f], [normalizeHeader(TEMPLATE_FIELD_LABELS[f]['en-US']), f],
] as [string, TemplateField][]));

interface PlaybookDraft {
  key: string;
  firstRow: number;
  title?: LocalizedText;
  titleRow?: number;
  cadence?: LocalizedText;
  cadenceRow?: number;
  followUpDays?: number;
  followUpDaysRow?: number;
  dedicatedManager?: boolean;
  dedicatedManagerRow?: number;
  audience: AudienceRule[];
  actions: LocalizedText[];
  channels: LocalizedText[];
  products: ProductSuggestion[];
  kpis: LocalizedText[];
}

/** A problem in the templates sheet, pinned to its cell. */
export interface TemplateSheetProblem {
  readonly address: string;
  readonly message: LocalizedText;
}

function toPlaybook(d: PlaybookDraft): Playbook {
  return {
    key: d.key,
    title: d.title ?? text('', ''),
    audience: d.audience,
    actions: d.actions,
    ...(d.channels.length > 0 ? { channels: d.channels } : {}),
    ...(d.cadence ? { cadence: d.cadence } : {}),
    ...(d.followUpDays !== undefined ? { followUpDays: d.followUpDays } : {}),
    ...(d.dedicatedManager !== undefined ? { dedicatedManager: d.dedicatedManager } : {}),
    ...(d.products.length > 0 ? { products: d.products } : {}),
    ...(d.kpis.length > 0 ? { kpis: d.kpis } : {}),
  };
}

/**
 * Reads a templates sheet (as written by writeStrategyTemplates, possibly edited by hand) back into playbooks.
 * Every problem is reported with its cell, e.g. "'策略模板'!E9: the rule … is not …", all at once. A product with no or an
 * unknown R-level is not a problem here: it is kept unrated (with its cell) for the compliance check to report.
 * Descriptions of audience rules (columns C:D) are TierBook's own and are not read.
 */
export function readStrategyTemplates(grid: Grid, sheetName: string): Playbook[] {
  const problems: TemplateSheetProblem[] = [];
  const at = (row: number, col: number): string => `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
  const cell = (row: number, col: number): CellValue => grid[row]?.[col] ?? null;
  const str = (row: number, col: number): string | undefined => (isBlankCell(cell(row, col)) ? undefined : cellText(cell(row, col)).trim());
  const problem = (row: number, col: number, zh: string, en: string): void => { problems.push({ address: at(row, col), message: text(zh, en) }); };

  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === STRATEGY_TEMPLATES_MARKER);
  if (markerRow < 0) {
    throw new TierBookError('INVALID_MODEL_SHEET',
      text(`工作表「${sheetName}」不是 TierBook 策略模板表：A1:A10 中没有 ${STRATEGY_TEMPLATES_MARKER} 标记`,
        `sheet "${sheetName}" is not a TierBook strategy templates sheet: no ${STRATEGY_TEMPLATES_MARKER} marker in A1:A10`), { sheet: sheetName });
  }
  const keyHeader = TEMPLATE_HEADERS[TEMPLATE_COL.key];
  let headerRow = -1;
  for (let r = markerRow + 1; r < grid.length && headerRow < 0; r++) {
    const a = cell(r, TEMPLATE_COL.key);
    if (typeof a === 'string' && (normalizeHeader(a) === normalizeHeader(keyHeader['zh-CN']) || normalizeHeader(a) === normalizeHeader(keyHeader['en-US']))) headerRow = r;
  }
  if (headerRow < 0) {
    throw templateSheetError(sheetName, [{ address: at(markerRow, 0),
      message: text(`找不到表头行（A 列为「${keyHeader['zh-CN']}」的行）`, `the header row (column A reading "${keyHeader['en-US']}") is missing`) }]);
  }

  const drafts = new Map<string, PlaybookDraft>();
  const localized = (r: number): LocalizedText | undefined => {
    const zh = str(r, TEMPLATE_COL.zh);
    const en = str(r, TEMPLATE_COL.en);
    if (zh === undefined && en === undefined) { problem(r, TEMPLATE_COL.zh, '中文和英文都为空', 'both the Chinese and the English text are empty'); return undefined; }
    return { 'zh-CN': zh ?? en ?? '', 'en-US': en ?? zh ?? '' };
  };

  /** One row's item into its playbook draft. */
  function readItem(d: PlaybookDraft, field: TemplateField, r: number): void {
    if (field === 'audience') {
      const ruleText = str(r, TEMPLATE_COL.extra);
      if (ruleText === undefined) { problem(r, TEMPLATE_COL.extra, '适用对象规则为空', 'the audience rule is empty'); return; }
      const parsed = parseAudienceRule(ruleText);
      if ('error' in parsed) problems.push({ address: at(r, TEMPLATE_COL.extra), message: parsed.error });
      else d.audience.push(parsed.rule);
      return;
    }
    if (field === 'followUpDays' || field === 'dedicatedManager') { readSchedule(d, field, r); return; }
    const t = localized(r);
    if (field === 'product') {
      // No or an unknown R-level does not stop the run: the product is kept unrated, and the compliance check
      // reports its cell and treats it as unsuitable for everyone until fixed (docs/suitability.md §5).
      const rating = parseRiskRating(cell(r, TEMPLATE_COL.extra));
      if (!t) return;
      d.products.push(rating === undefined
        ? { category: t, riskRating: undefined, unrated: { cell: at(r, TEMPLATE_COL.extra), typed: str(r, TEMPLATE_COL.extra) ?? '' } }
        : { category: t, riskRating: rating });
      return;
    }
    if (!t) return;
    if (field === 'title' || field === 'cadence') {
      const earlier = field === 'title' ? d.titleRow : d.cadenceRow;
      if (earlier !== undefined) {
        const what = TEMPLATE_FIELD_LABELS[field];
        problem(r, TEMPLATE_COL.field, `策略「${d.key}」的${what['zh-CN']}重复（已在第 ${earlier + 1} 行）`,
          `playbook "${d.key}" has a second ${what['en-US'].toLowerCase()} (the first is on row ${earlier + 1})`);
        return;
      }
      if (field === 'title') { d.title = t; d.titleRow = r; } else { d.cadence = t; d.cadenceRow = r; }
      return;
    }
    ({ action: d.actions, channel: d.channels, kpi: d.kpis } as const)[field].push(t);
  }

  /** A follow-up or dedicated-manager row: only column E is read (C and D are TierBook's description). */
  function readSchedule(d: PlaybookDraft, field: 'followUpDays' | 'dedicatedManager', r: number): void {
    const earlierRow = field === 'followUpDays' ? d.followUpDaysRow : d.dedicatedManagerRow;
    const what = TEMPLATE_FIELD_LABELS[field];
    if (earlierRow !== undefined) {
      problem(r, TEMPLATE_COL.field, `策略「${d.key}」的${what['zh-CN']}重复（已在第 ${earlierRow + 1} 行）`,
        `playbook "${d.key}" has a second ${what['en-US'].toLowerCase()} row (the first is on row ${earlierRow + 1})`);
      return;
    }
    const raw = str(r, TEMPLATE_COL.extra) ?? '';
    if (field === 'followUpDays') {
      const days = parseFollowUpDays(cell(r, TEMPLATE_COL.extra));
      if (days === undefined) {
        problem(r, TEMPLATE_COL.extra, `回访周期「${raw}」不是 1–3660 之间的整数天数`, `the follow-up interval "${raw}" is not a whole number of days from 1 to 3660`);
        return;
      }
      d.followUpDays = days; d.followUpDaysRow = r;
      return;
    }
    const required = parseYesNo(cell(r, TEMPLATE_COL.extra));
    if (required === undefined) { problem(r, TEMPLATE_COL.extra, `专属客户经理应填 是 或 否，而不是「${raw}」`, `a dedicated manager takes yes or no, not "${raw}"`); return; }
    d.dedicatedManager = required; d.dedicatedManagerRow = r;
  }

  for (let r = headerRow + 1; r < grid.length; r++) {
    if ([0, 1, 2, 3, 4].every((c) => isBlankCell(cell(r, c)))) continue;
    const key = str(r, TEMPLATE_COL.key);
    if (key === undefined) { problem(r, TEMPLATE_COL.key, '策略键为空', 'the playbook key is empty'); continue; }
    const fieldText = str(r, TEMPLATE_COL.field) ?? '';
    const field = FIELD_BY_NAME.get(normalizeHeader(fieldText));
    if (field === undefined) {
      problem(r, TEMPLATE_COL.field, `项目「${fieldText}」无法识别：应为 ${TEMPLATE_FIELDS.map((f) => TEMPLATE_FIELD_LABELS[f]['zh-CN']).join('、')}`,
        `the item "${fieldText}" is not one of ${TEMPLATE_FIELDS.map((f) => TEMPLATE_FIELD_LABELS[f]['en-US']).join(', ')}`);
      continue;
    }
    let d = drafts.get(key);
    if (!d) {
      d = { key, firstRow: r, audience: [], actions: [], channels: [], products: [], kpis: [] };
      drafts.set(key, d);
    }
    readItem(d, field, r);
  }

  for (const d of drafts.values()) {
    if (d.title === undefined) problem(d.firstRow, TEMPLATE_COL.key, `策略「${d.key}」缺少标题行`, `playbook "${d.key}" has no title row`);
    if (d.actions.length === 0) problem(d.firstRow, TEMPLATE_COL.key, `策略「${d.key}」至少需要一条服务动作`, `playbook "${d.key}" needs at least one action`);
  }
  if (drafts.size === 0 && problems.length === 0) problem(headerRow, 0, '模板表中没有任何策略', 'the sheet holds no playbooks');
  if (problems.length > 0) throw templateSheetError(sheetName, problems);
  return [...drafts.values()].map(toPlaybook);
}

function templateSheetError(sheetName: string, problems: readonly TemplateSheetProblem[]): TierBookError {
  const join = (locale: Locale): string => joinMessages(problems.map((p) => locatedMessage(p.address, p.message[locale], locale)), locale);
  return new TierBookError('INVALID_MODEL_SHEET', text(`策略模板表有误：${join('zh-CN')}`, `the strategy templates sheet has errors: ${join('en-US')}`),
    { sheet: sheetName, address: problems[0].address }, problems.map((p) => `${p.address}: ${p.message['en-US']}`));
}
