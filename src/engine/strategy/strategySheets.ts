import { TierBookError } from '../errors';
import { text, type Locale, type LocalizedText } from '../i18n/locale';
import type { ColumnRole } from '../model/headerAliases';
import type { TierSpec } from '../model/types';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { anyLineBreak, holdsLineBreak, lazyPlanSheet, rowsAround } from '../plan/planRows';
import { runSteps, type Steps } from '../run/steps';
import type { TieringResult } from '../run/tierClients';
import { radixArgsort } from '../score/radixArgsort';
import { describeAudienceRule } from './audienceRule';
import { formatRiskRating, type Playbook, type ProductSuggestion } from './playbook';
import { factorPlaybookMatcher, playbookForTier, type TierPlaybookMatch } from './playbookMatch';
import { uniqueSheetName } from './sheetName';
import { STRATEGY_LABELS, TEMPLATE_LABELS, tierClientsNote, tierSheetTitle, untieredNote } from './strategyLabels';

/** The plan key of the one-sheet overview. */
export const STRATEGY_OVERVIEW_SHEET_KEY = 'strategy';

/** Why 50,000: a tier sheet is a call list, and far longer lists are better filtered in the client sheet itself. */
export const DEFAULT_MAX_CLIENTS_PER_SHEET = 50_000;

/** The plan key of a tier's strategy sheet: stable across runs, whatever the sheet ends up being called. */
export function tierStrategySheetKey(tierName: string): string {
  return `strategy:${tierName}`;
}

/**
 * The id column as the client sheet holds it: per client, the id as a number when its cell is a number (null when it
 * is text), and the number format of those cells. Why: a lookup from a strategy sheet back to the client sheet only
 * matches when the id keeps its type, and a `000000000000` display keeps the leading zeros people read.
 */
export interface ClientIdCells {
  readonly numbers: readonly (number | null)[];
  readonly numberFormat?: string;
}

export interface TierStrategySheetOptions {
  /** Clients listed per tier sheet, highest scores first; default 50,000. */
  readonly maxClientsPerSheet?: number;
  /**
   * Values of columns the client table does not keep, aligned with the table's clients (index = client).
   * Keys are column roles ("name", "branch", …) whose header comes from the sheet layout, or else header texts.
   * The name column comes first; other columns keep their order.
   */
  readonly extraColumns?: Readonly<Record<string, readonly (string | number | null)[]>>;
  /** Ids written with the type and number format they have in the client sheet; default: as text. */
  readonly idCells?: ClientIdCells;
  /** Per client, the shelf's products the client may be offered (the compliance check); adds a last column. */
  readonly shelfText?: (client: number) => string | null;
}

export function tierDisplayName(tier: TierSpec, locale: Locale): string {
  return tier.label?.[locale] ?? tier.name;
}

function numbered(items: readonly LocalizedText[], locale: Locale): string {
  return items.map((t, i) => `${i + 1}. ${t[locale]}`).join('\n');
}

function joined(items: readonly LocalizedText[] | undefined, locale: Locale): string | null {
  return items && items.length > 0 ? items.map((t) => t[locale]).join(locale === 'zh-CN' ? '、' : '; ') : null;
}

function productText(p: ProductSuggestion, locale: Locale): string {
  return locale === 'zh-CN' ? `${p.category[locale]}（${formatRiskRating(p.riskRating)}）` : `${p.category[locale]} (${formatRiskRating(p.riskRating)})`;
}

function matchedByText(match: TierPlaybookMatch | undefined, locale: Locale): string | null {
  if (!match) return null;
  return (match.via === 'tier' ? STRATEGY_LABELS.viaTier : STRATEGY_LABELS.viaRank)[locale];
}

function clientsWithoutTier(result: TieringResult): number {
  let tiered = 0;
  for (const c of result.tierCounts) tiered += c;
  return result.table.size - tiered;
}

/** One sheet, one row per tier: which playbook serves it, with its actions, cadence and products. */
export function buildStrategyOverviewSheet(result: TieringResult, playbooks: readonly Playbook[], locale: Locale): PlanSheet {
  const L = (t: LocalizedText): string => t[locale];
  const rows: PlanCell[][] = [
    [L(STRATEGY_LABELS.overviewTitle)],
    [],
    [STRATEGY_LABELS.tier, STRATEGY_LABELS.clients, STRATEGY_LABELS.playbook, STRATEGY_LABELS.matchedBy, STRATEGY_LABELS.actions,
      STRATEGY_LABELS.cadence, STRATEGY_LABELS.channels, STRATEGY_LABELS.products, STRATEGY_LABELS.kpis].map(L),
  ];
  const tiers = result.model.tiers;
  tiers.forEach((tier, k) => {
    const match = playbookForTier(playbooks, tiers, k);
    const p = match?.playbook;
    rows.push([
      tierDisplayName(tier, locale),
      result.tierCounts[k] ?? 0,
      p ? L(p.title) : L(STRATEGY_LABELS.noPlaybook),
      matchedByText(match, locale),
      p ? numbered(p.actions, locale) : null,
      p?.cadence ? L(p.cadence) : null,
      joined(p?.channels, locale),
      p?.products && p.products.length > 0 ? p.products.map((x) => productText(x, locale)).join('\n') : null,
      joined(p?.kpis, locale),
    ]);
  });
  rows.push([], [L(STRATEGY_LABELS.suitabilityNote)]);
  const untiered = clientsWithoutTier(result);
  if (untiered > 0) rows.push([L(untieredNote(untiered))]);
  return {
    key: STRATEGY_OVERVIEW_SHEET_KEY,
    role: 'strategy',
    preferredName: L(STRATEGY_LABELS.overviewSheetName),
    rows,
    columnWidths: [12, 10, 24, 18, 70, 30, 30, 36, 30],
    headerRows: [2],
    freezeRows: 3,
  };
}

/** The playbook block at the top of a tier sheet: label in column A, content from column B. */
function playbookBlock(match: TierPlaybookMatch | undefined, result: TieringResult, locale: Locale): PlanCell[][] {
  const L = (t: LocalizedText): string => t[locale];
  const p = match?.playbook;
  if (!p) return [[L(STRATEGY_LABELS.playbook), L(STRATEGY_LABELS.noPlaybook)]];
  const rows: PlanCell[][] = [[L(STRATEGY_LABELS.playbook), L(p.title), matchedByText(match, locale)]];
  const audience = p.audience.map((r) => L(describeAudienceRule(r, result.model.factors)));
  if (audience.length > 0) rows.push([L(STRATEGY_LABELS.audience), audience.join(locale === 'zh-CN' ? '；或 ' : '; or ')]);
  p.actions.forEach((a, i) => rows.push([i === 0 ? L(STRATEGY_LABELS.actions) : null, `${i + 1}. ${L(a)}`]));
  if (p.cadence) rows.push([L(STRATEGY_LABELS.cadence), L(p.cadence)]);
  const channels = joined(p.channels, locale);
  if (channels) rows.push([L(STRATEGY_LABELS.channels), channels]);
  (p.products ?? []).forEach((x, i) => rows.push([i === 0 ? L(STRATEGY_LABELS.products) : null, L(x.category), formatRiskRating(x.riskRating)]));
  const kpis = joined(p.kpis, locale);
  if (kpis) rows.push([L(STRATEGY_LABELS.kpis), kpis]);
  if (p.products && p.products.length > 0) rows.push([null, L(STRATEGY_LABELS.suitabilityNote)]);
  return rows;
}

/** Clients of each tier, highest score first; ties keep sheet order. */
function* clientsByTier(result: TieringResult): Steps<Uint32Array[]> {
  const members = Array.from(result.tierCounts, (n) => new Uint32Array(n));
  const filled = new Int32Array(members.length);
  for (let i = 0; i < result.tierIndex.length; i++) {
    const k = result.tierIndex[i];
    if (k >= 0) members[k][filled[k]++] = i;
  }
  // A pause after the grouping and after each tier's sort: at 50,000 clients the whole was one of the pane's long tasks.
  yield;
  const sorted: Uint32Array[] = [];
  for (const m of members) {
    const negated = Float64Array.from(m, (i) => -result.scores[i]); // ascending on −score is descending on score, stably
    const order = radixArgsort(negated);
    sorted.push(Uint32Array.from(order, (j) => m[j]));
    yield;
  }
  return sorted;
}

/** Extra columns in display order, name first, each checked to line up with the clients. */
function orderedExtraColumns(result: TieringResult, extraColumns: TierStrategySheetOptions['extraColumns']): { header: string; values: readonly (string | number | null)[] }[] {
  const entries = Object.entries(extraColumns ?? {});
  entries.sort(([a], [b]) => Number(b === 'name') - Number(a === 'name'));
  return entries.map(([key, values]) => {
    if (values.length !== result.table.size) {
      throw new TierBookError('INTERNAL', text(`附加列「${key}」有 ${values.length} 个值，但客户有 ${result.table.size} 名`,
        `the extra column "${key}" has ${values.length} values for ${result.table.size} clients`));
    }
    return { header: result.table.layout.extras[key as ColumnRole]?.header ?? key, values };
  });
}

/** A client's raw value of factor f as the sheet had it: the number, the category label, or blank when missing. */
function rawFactorValue(result: TieringResult, f: number, client: number): string | number | null {
  const column = result.table.factorColumns[f];
  if (column.kind === 'numeric') {
    const v = column.values[client];
    return v === v ? v : null;
  }
  const code = column.codes[client];
  return code >= 0 ? column.rawLevels[code] : null;
}

function checkedLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_MAX_CLIENTS_PER_SHEET;
  if (!Number.isInteger(value) || value < 0) {
    throw new TierBookError('INTERNAL', text(`每表客户上限必须是非负整数，而不是 ${value}`, `the per-sheet client limit must be a non-negative integer, not ${value}`));
  }
  return value;
}

/**
 * One sheet per tier: the tier's playbook on top, then its clients by score (highest first) with id, the extra
 * columns, each factor's raw value, the score and the factor playbooks that apply. Client text (names, ids,
 * labels) goes in as plain strings, which renderers never turn into formulas.
 */
export function buildTierStrategySheets(result: TieringResult, playbooks: readonly Playbook[], locale: Locale, options: TierStrategySheetOptions = {}): PlanSheet[] {
  return runSteps(tierStrategySheetSteps(result, playbooks, locale, options));
}

/** buildTierStrategySheets, pausing after each tier (a host with a UI thread gives it back there); rows are made as they are written. */
export function* tierStrategySheetSteps(result: TieringResult, playbooks: readonly Playbook[], locale: Locale, options: TierStrategySheetOptions = {}): Steps<PlanSheet[]> {
  const L = (t: LocalizedText): string => t[locale];
  const limit = checkedLimit(options.maxClientsPerSheet);
  const extras = orderedExtraColumns(result, options.extraColumns);
  const { model, table } = result;
  const members = yield* clientsByTier(result);
  const factorPlaybooks = factorPlaybookMatcher(playbooks, model);
  const taken = new Set([L(STRATEGY_LABELS.overviewSheetName), L(TEMPLATE_LABELS.sheetName)].map((n) => n.toLowerCase()));
  const clientHeader: PlanCell[] = [table.layout.id?.header ?? L(STRATEGY_LABELS.clientId), ...extras.map((e) => e.header),
    ...table.layout.factors.map((m) => m.header), L(STRATEGY_LABELS.score), L(STRATEGY_LABELS.matchedPlaybooks),
    ...(options.shelfText ? [L(STRATEGY_LABELS.suitableShelf)] : [])];
  const scoreColumn = 1 + extras.length + model.factors.length;
  const separator = locale === 'zh-CN' ? '、' : '; ';
  const idFormat = options.idCells?.numberFormat;

  const factorCount = model.factors.length;
  // Only sources that hold a line break at all are looked at client by client below.
  const factorBreaks = table.factorColumns.map((column) => column.kind !== 'numeric' && holdsLineBreak(column.rawLevels));
  const extraBreaks = extras.map((e) => holdsLineBreak(e.values));
  const titlesBreak = playbooks.some((p) => L(p.title).includes('\n'));
  const sheets: PlanSheet[] = [];
  for (const [k, tier] of model.tiers.entries()) {
    const match = playbookForTier(playbooks, model.tiers, k);
    const shown = members[k].subarray(0, Math.min(limit, members[k].length));
    const head: PlanCell[][] = [[L(tierSheetTitle(tierDisplayName(tier, locale)))], [], ...playbookBlock(match, result, locale), []];
    head.push([L(tierClientsNote(members[k].length, shown.length))]);
    const clientHeaderRow = head.length;
    head.push(clientHeader);
    const width = clientHeader.length;
    const matchedTitles = (i: number): string | null => {
      const applies = factorPlaybooks(result.factorScores, i).filter((p) => p !== match?.playbook).map((p) => L(p.title));
      return applies.length > 0 ? applies.join(separator) : null;
    };
    // Why built on demand (planRows.ts): the tier sheets of a million clients held as cells were a gigabyte of heap.
    const rowAt = (n: number): PlanCell[] => {
      const i = shown[n];
      // Why filled by index: a row sized once holds no spare capacity and leaves no spread temporaries behind.
      const row = new Array<PlanCell>(width);
      let c = 0;
      row[c++] = options.idCells?.numbers[i] ?? table.ids[i];
      for (const e of extras) row[c++] = e.values[i] ?? null;
      for (let f = 0; f < factorCount; f++) row[c++] = rawFactorValue(result, f, i);
      row[c++] = result.scores[i];
      row[c++] = matchedTitles(i);
      if (options.shelfText) row[c] = options.shelfText(i);
      return row;
    };
    // A column wraps when one of its cells holds a line break: told from the sources, going through the clients only
    // for text made per client that could hold one (playbook titles, the shelf).
    const anyBreak = (cellOf: (client: number) => unknown): boolean => anyLineBreak(shown.length, (n) => cellOf(shown[n]));
    const wrapColumns = new Set<number>();
    extras.forEach((e, x) => {
      if (extraBreaks[x] && anyBreak((i) => e.values[i])) wrapColumns.add(1 + x);
    });
    factorBreaks.forEach((breaks, f) => {
      if (breaks && anyBreak((i) => rawFactorValue(result, f, i))) wrapColumns.add(1 + extras.length + f);
    });
    if (titlesBreak && anyBreak(matchedTitles)) wrapColumns.add(scoreColumn + 1);
    const { shelfText } = options;
    if (shelfText && anyBreak(shelfText)) wrapColumns.add(scoreColumn + 2);
    yield;
    sheets.push(lazyPlanSheet({
      key: tierStrategySheetKey(tier.name),
      role: 'strategy',
      preferredName: uniqueSheetName(`${L(STRATEGY_LABELS.tierSheetPrefix)}${tierDisplayName(tier, locale)}`, taken),
      columnWidths: [16, ...extras.map(() => 14), ...model.factors.map(() => 12), 10, 36, ...(options.shelfText ? [40] : [])],
      headerRows: [0, clientHeaderRow],
      numberFormats: idFormat === undefined ? { [scoreColumn]: '0.00' } : { 0: idFormat, [scoreColumn]: '0.00' },
    }, rowsAround(head, { count: shown.length, width, wrapColumns, rowAt })));
  }
  return sheets;
}
