import type { CellValue } from '../cell/cellValue';
import type { Locale } from '../i18n/locale';
import { cellAddress, quoteSheetName } from '../cell/a1';
import { MODEL_BLOCK_WIDTH } from '../modelSheet/modelSheetLabels';
import { writeModelSheet } from '../modelSheet/writeModelSheet';
import type { TieringResult } from '../run/tierClients';
import { summarizeTiers } from '../summary/tierSummary';
import { MODEL_RANGE_NAME, OUTPUT_LABELS } from './outputLabels';
import type { OutputMode, OutputPlan, PlanColumn, PlanSheet } from './outputPlan';
import type { PlanCell } from './planCell';
import { buildPortableOutput, type SnapshotTableColumn } from '../portable/portableOutput';
import { snapshotTableRows } from '../portable/snapshotTableRows';
import { lazyPlanSheet } from './planRows';

export interface PlanOptions {
  readonly locale: Locale;
  readonly mode: OutputMode;
  readonly sourceSheet: string;
  /** 0-based index of the source sheet's last used column; output starts right after it. */
  readonly lastUsedColumn: number;
  /** 1-based last worksheet row of the client table (the columns cover every row down to it). */
  readonly lastRow: number;
  /** Extra sheets (strategies, migration, …) built by their own modules. */
  readonly extraSheets?: readonly PlanSheet[];
  /** Extra columns (tags, suitability, …) appended after score, tier and issues. */
  readonly extraColumns?: readonly PlanColumn[];
  /** Spare rows the model range keeps below the model, so a user can add category rows without redefining it. */
  readonly modelSpareRows?: number;
  /** 0-based sheet column of the client block's first column, for formulas that reference source cells (default 0). */
  readonly sourceColumnOffset?: number;
}

/** For each worksheet row below the header: the client index, or −1. */
export function clientIndexByOffset(result: TieringResult, headerRow: number, length: number): Int32Array {
  // Kept per result and shape: five kinds of column ask for it, each a 4 MB array on a full sheet. Read only.
  const byShape = byOffsetCache.get(result) ?? new Map<string, Int32Array>();
  byOffsetCache.set(result, byShape);
  const key = `${headerRow}:${length}`;
  const known = byShape.get(key);
  if (known) return known;
  const byOffset = new Int32Array(length).fill(-1);
  result.table.rowNumbers.forEach((row, client) => { byOffset[row - headerRow - 1] = client; });
  byShape.set(key, byOffset);
  return byOffset;
}

const byOffsetCache = new WeakMap<TieringResult, Map<string, Int32Array>>();

/** Excel's limit on the characters of one cell; a longer text is refused by Excel and cut short by other programs. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** The visible end of a cut data-issue cell; the full list stays in --json and in the add-in's data-quality panel. */
export function truncationMarker(more: number, locale: Locale): string {
  return locale === 'zh-CN' ? `…（另有 ${more} 条，完整列表见 --json 或数据问题面板）` : `… (${more} more, see --json or the data-quality panel)`;
}

/**
 * Joins a row's messages with "; " and keeps the text within Excel's cell limit: whole messages while they fit,
 * then a marker saying how many were left out (a single message too long on its own is cut and counted).
 */
export function joinIssueMessages(messages: readonly string[], locale: Locale, limit = EXCEL_CELL_TEXT_LIMIT): string {
  const whole = messages.join('; ');
  if (whole.length <= limit) return whole;
  let text = '';
  let shown = 0;
  for (const message of messages) {
    const next = shown === 0 ? message : `${text}; ${message}`;
    if (next.length + truncationMarker(messages.length - shown - 1, locale).length > limit) break;
    text = next;
    shown++;
  }
  if (shown === 0) {
    const marker = truncationMarker(messages.length, locale);
    return messages[0].slice(0, Math.max(0, limit - marker.length)) + marker;
  }
  return text + truncationMarker(messages.length - shown, locale);
}

/** Each row's data problems as one line of text in the chosen language (missing, unreadable, duplicates, exclusion). */
export function issueTextByOffset(result: TieringResult, headerRow: number, length: number, locale: Locale): (string | undefined)[] {
  const messages: (string[] | undefined)[] = new Array<string[] | undefined>(length);
  const add = (row: number, message: string): void => {
    const o = row - headerRow - 1;
    if (o < 0 || o >= length) return;
    (messages[o] ??= []).push(message);
  };
  for (const issue of result.issues) add(issue.row, issue.message[locale]);
  for (const ex of result.excluded) add(ex.row, ex.message[locale]);
  const lines: (string | undefined)[] = new Array<string | undefined>(length);
  for (let o = 0; o < length; o++) {
    const list = messages[o];
    if (list) lines[o] = joinIssueMessages(list, locale);
  }
  return lines;
}

/** The three client-sheet columns (score, tier, data issues) in values or live mode. */
function coreColumns(result: TieringResult, options: PlanOptions, headerRow: number, length: number): PlanColumn[] {
  const { locale } = options;
  const byOffset = clientIndexByOffset(result, headerRow, length);
  const issues = issueTextByOffset(result, headerRow, length, locale);
  const tierNames = result.model.tiers.map((t) => t.name);
  const scoreAt = (o: number): PlanCell => { const c = byOffset[o]; return c < 0 || result.scores[c] !== result.scores[c] ? null : result.scores[c]; };
  const tierAt = (o: number): PlanCell => { const c = byOffset[o]; return c < 0 || result.tierIndex[c] < 0 ? null : tierNames[result.tierIndex[c]]; };
  const issuesColumn: PlanColumn = { key: 'issues', header: OUTPUT_LABELS.issuesColumn[locale], length, cellAt: (o) => issues[o] ?? null, width: 40 };
  if (options.mode === 'live') {
    const firstOut = options.lastUsedColumn + 1;
    // The client block starts at its own first column, not always at A; it includes the header row so columns match by name.
    const firstColumn = options.sourceColumnOffset ?? 0;
    const dataRange = `${quoteSheetName(options.sourceSheet)}!${cellAddress(headerRow - 1, firstColumn, true)}:${cellAddress(options.lastRow - 1, options.lastUsedColumn, true)}`;
    const scoreAnchor = cellAddress(headerRow, firstOut);
    const spillOnly = (formula: string, result0: CellValue) => (o: number): PlanCell => (o === 0 ? { formula, result: result0 } : null);
    return [
      { key: 'score', header: OUTPUT_LABELS.scoreColumn[locale], length, numberFormat: '0.00', cellAt: spillOnly(`TIER.SCORES(${dataRange},${MODEL_RANGE_NAME})`, scoreAt(0) as CellValue) },
      { key: 'tier', header: OUTPUT_LABELS.tierColumn[locale], length, cellAt: spillOnly(`TIER.TIERS(${scoreAnchor}#,${MODEL_RANGE_NAME})`, tierAt(0) as CellValue) },
      issuesColumn,
    ];
  }
  return [
    { key: 'score', header: OUTPUT_LABELS.scoreColumn[locale], length, numberFormat: '0.00', cellAt: scoreAt },
    { key: 'tier', header: OUTPUT_LABELS.tierColumn[locale], length, cellAt: tierAt },
    issuesColumn,
  ];
}

/** Count, share, average score and (when the model has an assets factor) asset totals per tier, with a total row. */
export function buildSummarySheet(result: TieringResult, locale: Locale): PlanSheet {
  const L = OUTPUT_LABELS;
  const rows = summarizeTiers(result);
  const withAssets = rows.some((r) => r.assetsTotal !== undefined);
  const header: PlanCell[] = [L.tier[locale], L.clients[locale], L.share[locale], L.averageScore[locale]];
  if (withAssets) header.push(L.assetsTotal[locale], L.assetsAverage[locale]);
  const body = rows.map((r): PlanCell[] => {
    const cells: PlanCell[] = [r.tier, r.count, r.share, r.averageScore];
    if (withAssets) cells.push(r.assetsTotal ?? 0, r.assetsAverage ?? 0);
    return cells;
  });
  const tiered = rows.reduce((a, r) => a + r.count, 0);
  const scoreTotal = rows.reduce((a, r) => a + r.averageScore * r.count, 0);
  const total: PlanCell[] = [L.total[locale], tiered, tiered ? 1 : 0, tiered ? scoreTotal / tiered : 0];
  if (withAssets) {
    const assets = rows.reduce((a, r) => a + (r.assetsTotal ?? 0), 0);
    const counted = rows.reduce((a, r) => a + (r.assetsAverage ? (r.assetsTotal ?? 0) / r.assetsAverage : 0), 0);
    total.push(assets, counted ? assets / counted : 0);
  }
  const unscored = result.excluded.filter((e) => e.reason === 'unscored').length;
  const sheetRows: PlanCell[][] = [[L.summaryTitle[locale]], header, ...body, total];
  if (unscored > 0) sheetRows.push([L.unscored[locale], unscored]);
  return {
    key: 'summary', role: 'summary', preferredName: L.summarySheet[locale], rows: sheetRows, headerRows: [0, 1], freezeRows: 2,
    columnWidths: [14, 10, 10, 12, 18, 16], numberFormats: { 2: '0.0%', 3: '0.00', 4: '#,##0.00', 5: '#,##0.00' },
  };
}

/** The whole write-back of one run, in values or live mode (portable mode replaces the core columns). */
export function buildOutputPlan(result: TieringResult, options: PlanOptions): OutputPlan {
  const headerRow = result.table.layout.headerRow;
  const length = Math.max(0, options.lastRow - headerRow);
  const model = writeModelSheet(result.model, options.locale, result.tierCutoffs);
  const tableColumns: SnapshotTableColumn[] = [];
  const portable = options.mode === 'portable'
    ? buildPortableOutput({
      result, locale: options.locale, sourceSheet: options.sourceSheet, columnOffset: options.sourceColumnOffset ?? 0,
      scoreColumn: options.lastUsedColumn + 1, headerRow, lastRow: options.lastRow, modelRows: model.rows, tableColumns, anchors: model.anchors,
      clientAt: clientIndexByOffset(result, headerRow, length), issueText: issueTextByOffset(result, headerRow, length, options.locale),
    })
    : undefined;
  const modelLook = { key: 'model', role: 'model', preferredName: OUTPUT_LABELS.modelSheet[options.locale],
    headerRows: [0, 8], columnWidths: [16, 14, 18, 16, 10, 10, 12, 10, 12, 12], numberFormats: { 5: '0.0%' } } as const;
  const modelSheet: PlanSheet = tableColumns.length === 0 ? { ...modelLook, rows: model.rows }
    : lazyPlanSheet(modelLook, snapshotTableRows(model.rows, tableColumns));
  const columns = portable ? portable.columns : coreColumns(result, options, headerRow, length);
  const spare = options.modelSpareRows ?? 50;
  return {
    locale: options.locale,
    mode: options.mode,
    sourceSheet: options.sourceSheet,
    headerRow,
    firstOutputColumn: options.lastUsedColumn + 1,
    columns: [...columns, ...(options.extraColumns ?? [])],
    sheets: [modelSheet, buildSummarySheet(result, options.locale), ...(options.extraSheets ?? [])],
    pivots: [],
    charts: [],
    names: [{ name: MODEL_RANGE_NAME, sheetKey: 'model', address: `A1:${cellAddress(model.anchors.lastRow + spare, MODEL_BLOCK_WIDTH - 1)}` }, ...(portable?.names ?? [])],
  };
}
