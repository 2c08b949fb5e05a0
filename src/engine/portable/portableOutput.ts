import type { CellValue } from '../cell/cellValue';
import { normalizeLabel } from '../cell/normalizeText';
import type { Locale } from '../i18n/locale';
import { text } from '../i18n/locale';
import { cellAddress, columnLetters, quoteSheetName } from '../cell/a1';
import { TIER_COL, FACTOR_COL, MODEL_BLOCK_WIDTH } from '../modelSheet/modelSheetLabels';
import type { ModelSheetAnchors } from '../modelSheet/writeModelSheet';
import { usesQuotaTiers, type FactorSpec } from '../model/types';
import type { PlanColumn } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { clippedFactorValues } from '../score/clipValues';
import { log1pClamped, presentExtent } from '../score/minmaxScores';
import { normalizedCategoryMap, resolveCategory } from '../score/categoryScores';
import type { TieringResult } from '../run/tierClients';
import type { CategoryColumn, NumericColumn } from '../table/clientTable';
import { excelTrim, formulaNumber, formulaString } from './formulaText';
import { percentileSnapshot } from './snapshotTables';

/** Where the portable formulas find things, decided by the plan builder. */
export interface PortableContext {
  readonly result: TieringResult;
  readonly locale: Locale;
  readonly sourceSheet: string;
  /** 0-based sheet column of the client block's first column (0 for a sheet that starts at A). */
  readonly columnOffset: number;
  /** 0-based sheet column of the score column (the tier column follows it). */
  readonly scoreColumn: number;
  readonly headerRow: number;
  readonly lastRow: number;
  /** The model sheet's rows (mutated: snapshot tables and quota cutoff formulas are added) and anchors. */
  readonly modelRows: PlanCell[][];
  /**
   * The snapshot's percentile tables, a column each (mutated: appended to). Why apart from modelRows: a table has a
   * row per distinct value, and a million values held as rows of cells was most of the model sheet's heap.
   */
  readonly tableColumns: SnapshotTableColumn[];
  readonly anchors: ModelSheetAnchors;
  /** Per worksheet row below the header: the client index or −1, and the engine's issue text. */
  readonly clientAt: Int32Array;
  readonly issueText: readonly (string | undefined)[];
}

/** One column of a snapshot table on the model sheet: `values[k]` goes in 0-based row `firstRow + k`. */
export interface SnapshotTableColumn {
  readonly column: number;
  readonly firstRow: number;
  readonly values: ArrayLike<number>;
}

export interface PortableOutput {
  readonly columns: PlanColumn[];
  /** Workbook names on the model sheet (sheet key "model") that the formulas use. */
  readonly names: { name: string; sheetKey: string; address: string }[];
}

/** First column of the snapshot area, right of the model block (A:J) and a spacer column. */
const SNAPSHOT_COLUMN = MODEL_BLOCK_WIDTH + 1;
/** Constants block: factor key, n, min, max (per factor), then the percentile tables further right. */
const TABLES_COLUMN = SNAPSHOT_COLUMN + 5;

const SNAPSHOT_LABELS = {
  title: text('快照（portable 公式使用，请勿编辑）', 'Snapshot (used by portable formulas; do not edit)'),
  key: text('因子键', 'Factor key'), n: text('样本数', 'Count'), min: text('最小值', 'Min'), max: text('最大值', 'Max'),
  neg: text('−值', '−value'), below: text('低于计数', 'Count below'),
};

/**
 * Sets a cell of the model sheet's rows, padding with nulls. A row grown by padding is copied once into an array of
 * its final width: the snapshot tables add tens of thousands of rows, and arrays grown by push keep spare capacity.
 */
function put(rows: PlanCell[][], row: number, column: number, value: PlanCell): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  if (r.length > column) { r[column] = value; return; }
  const grown: PlanCell[] = new Array<PlanCell>(column + 1);
  for (let c = 0; c < r.length; c++) grown[c] = r[c];
  for (let c = r.length; c < column; c++) grown[c] = null;
  grown[column] = value;
  rows[row] = grown;
}

const range = (c: number, r1: number, r2: number): string => `${cellAddress(r1, c, true)}:${cellAddress(r2, c, true)}`;

/** How a factor's value reaches the formula in one row: a reference to the source cell, or the engine's value inlined. */
type ValueSource = { kind: 'cell'; ref: string } | { kind: 'constant'; literal: string; note: string };

/**
 * Portable output: per-row native formulas whose scores follow the model sheet's weight and cutoff cells, with
 * whole-column work done once (snapshot tables, min/max constants, LARGE cutoffs). Every unedited row evaluates to
 * the engine's score and tier; cells a formula could not read like the engine ("1.2万", "Ｃ３") are inlined as the
 * engine's value and noted in the data-issue column.
 */
export function buildPortableOutput(ctx: PortableContext): PortableOutput {
  const { result, locale, modelRows, anchors } = ctx;
  const model = result.model;
  const names: PortableOutput['names'] = [];
  const name = (n: string, address: string): string => { names.push({ name: n, sheetKey: 'model', address }); return n; };

  // Weights, one name per factor row, and their sum.
  const weightNames = model.factors.map((_, f) => name(`tb_w_${f}`, cellAddress(anchors.factorRows[f], FACTOR_COL.weight, true)));
  const weightSum = name('tb_wsum', range(FACTOR_COL.weight, anchors.factorRows[0], anchors.factorRows[model.factors.length - 1]));
  const firstTier = anchors.tierRows[0];
  const lastTier = anchors.tierRows[anchors.tierRows.length - 1];
  const tierNames = name('tb_tier_names', range(TIER_COL.name, firstTier, lastTier));

  // Snapshot constants and tables.
  put(modelRows, 0, SNAPSHOT_COLUMN, SNAPSHOT_LABELS.title[locale]);
  [SNAPSHOT_LABELS.key, SNAPSHOT_LABELS.n, SNAPSHOT_LABELS.min, SNAPSHOT_LABELS.max].forEach((l, i) => put(modelRows, 1, SNAPSHOT_COLUMN + i, l[locale]));
  let tableColumn = TABLES_COLUMN;
  const factorExpr = model.factors.map((factor, f) => {
    const row = 2 + f;
    put(modelRows, row, SNAPSHOT_COLUMN, factor.key);
    const column = result.table.factorColumns[f];
    if (column.kind === 'category') return categoryExpression(ctx, factor, f, names);
    // A clip is frozen like min and max: its bounds on this run's data, in the snapshot; see docs/model.md.
    const { values: clipped, bounds } = clippedFactorValues(column.values, factor);
    if (factor.scale === 'percentile') {
      const snap = percentileSnapshot(clipped);
      put(modelRows, row, SNAPSHOT_COLUMN + 1, snap.count);
      const negCol = tableColumn;
      tableColumn += 3;
      put(modelRows, 1, negCol, `${factor.key} ${SNAPSHOT_LABELS.neg[locale]}`);
      put(modelRows, 1, negCol + 1, `${factor.key} ${SNAPSHOT_LABELS.below[locale]}`);
      ctx.tableColumns.push({ column: negCol, firstRow: 2, values: snap.negatedValues }, { column: negCol + 1, firstRow: 2, values: snap.belowCounts });
      const last = Math.max(2, 1 + snap.negatedValues.length);
      const n = name(`tb_snap_${f}_n`, cellAddress(row, SNAPSHOT_COLUMN + 1, true));
      const neg = name(`tb_snap_${f}_neg`, range(negCol, 2, last));
      const below = name(`tb_snap_${f}_below`, range(negCol + 1, 2, last));
      // With a clip, x is pulled into [low, high] first (the bounds sit in the min/max cells of this factor's row).
      let pulled = (x: string): string => x;
      if (bounds) {
        put(modelRows, row, SNAPSHOT_COLUMN + 2, bounds.low);
        put(modelRows, row, SNAPSHOT_COLUMN + 3, bounds.high);
        const low = name(`tb_min_${f}`, cellAddress(row, SNAPSHOT_COLUMN + 2, true));
        const high = name(`tb_max_${f}`, cellAddress(row, SNAPSHOT_COLUMN + 3, true));
        pulled = (x) => `MAX(${low},MIN(${high},${x}))`;
      }
      const score = (x: string): string => (snap.count === 1 ? '100'
        : `MIN(100,100*IFERROR(LOOKUP(-${pulled(x)},${neg},${below}),${n})/(${n}-1))`);
      return numericExpression(ctx, column, factor, f, score);
    }
    const logged = factor.scale === 'log';
    // Winsorised values' extent is [low, high], and the formula's MAX(0, MIN(100, …)) pulls any x into it: the clip.
    const transformed = logged ? Float64Array.from(clipped, (v) => (v === v ? log1pClamped(v) : NaN)) : clipped;
    const extent = presentExtent(transformed);
    put(modelRows, row, SNAPSHOT_COLUMN + 2, extent ? extent.min : null);
    put(modelRows, row, SNAPSHOT_COLUMN + 3, extent ? extent.max : null);
    const min = name(`tb_min_${f}`, cellAddress(row, SNAPSHOT_COLUMN + 2, true));
    const max = name(`tb_max_${f}`, cellAddress(row, SNAPSHOT_COLUMN + 3, true));
    const score = (x: string): string => {
      if (!extent || extent.max === extent.min) return '100';
      const v = logged ? `LOG10(1+MAX(${x},0))` : x;
      return `MAX(0,MIN(100,100*((${v}-${min})/(${max}-${min}))))`;
    };
    return numericExpression(ctx, column, factor, f, score);
  });

  // Tier cutoffs: thresholds are the min-score cells; quotas get LARGE helpers on the model sheet, once per tier.
  const quota = usesQuotaTiers(model);
  const scoreRange = `${quoteSheetName(ctx.sourceSheet)}!${range(ctx.scoreColumn, ctx.headerRow, ctx.lastRow - 1)}`;
  if (quota) {
    anchors.tierRows.forEach((tierRow, k) => {
      const isLast = k === anchors.tierRows.length - 1;
      const share = cellAddress(tierRow, TIER_COL.topShare);
      const cached = result.tierCutoffs[k];
      put(modelRows, tierRow, TIER_COL.cutoff, isLast
        ? -9.99e307
        : { formula: `IFERROR(LARGE(${scoreRange},MIN(COUNT(${scoreRange}),MAX(1,ROUNDUP(ROUND(${share}*COUNT(${scoreRange}),6),0)))),9.99E+307)`, result: Number.isFinite(cached) ? cached : null });
    });
  }
  const cutoffs = name('tb_tier_cut', range(quota ? TIER_COL.cutoff : TIER_COL.minScore, firstTier, lastTier));
  const tierCount = model.tiers.length;

  const length = Math.max(0, ctx.lastRow - ctx.headerRow);
  const scoreLetter = columnLetters(ctx.scoreColumn);
  const scoreResult = (client: number): CellValue => { const s = result.scores[client]; return s === s ? s : ''; };
  const tierResult = (client: number): CellValue => { const k = result.tierIndex[client]; return k >= 0 ? model.tiers[k].name : ''; };
  // Every factor read from the client's own row (nothing inlined): the row's formulas are the column's filled down.
  const isFilledAt = (o: number): boolean => {
    const client = ctx.clientAt[o];
    if (client < 0 || ctx.result.table.rowNumbers[client] !== ctx.headerRow + 1 + o) return false;
    for (let f = 0; f < factorExpr.length; f++) if (!factorExpr[f].referenced(client)) return false;
    return true;
  };
  const scoreCell: PlanColumn['cellAt'] = (o) => {
    const client = ctx.clientAt[o];
    if (client < 0) return null;
    const parts = factorExpr.map((fe) => fe.part(client));
    const weighted = parts.map((p, f) => `${weightNames[f]}*${p.value}`).join('+');
    let formula = `ROUND((${weighted})/SUM(${weightSum}),10)`;
    if ((model.missing ?? 'zero') === 'exclude') {
      const missing = parts.map((p, f) => `AND(${weightNames[f]}<>0,${p.missing})`).join(',');
      formula = `IF(OR(${missing}),"",${formula})`;
    }
    return { formula, result: scoreResult(client) };
  };
  const tierCell: PlanColumn['cellAt'] = (o) => {
    const client = ctx.clientAt[o];
    if (client < 0) return null;
    const s = `${scoreLetter}${ctx.headerRow + 1 + o}`;
    const above = `SUMPRODUCT(--(${cutoffs}>${s}))`;
    return { formula: `IF(ISNUMBER(${s}),IF(${above}>=${tierCount},"",INDEX(${tierNames},1+${above})),"")`, result: tierResult(client) };
  };
  const notes = (o: number): string | undefined => {
    const client = ctx.clientAt[o];
    const engine = ctx.issueText[o];
    if (client < 0) return engine;
    const inlined = factorExpr.map((fe) => fe.note(client)).filter((n): n is string => n !== undefined);
    if (inlined.length === 0) return engine;
    return [engine, ...inlined].filter(Boolean).join('; ');
  };
  const header = (zh: string, en: string): string => text(zh, en)[locale];
  return {
    names,
    columns: [
      {
        key: 'score', header: header('综合得分', 'Tier Score'), length, numberFormat: '0.00', cellAt: scoreCell, filled: true,
        isFilledAt, resultAt: (o) => scoreResult(ctx.clientAt[o]),
      },
      {
        key: 'tier', header: header('客户等级', 'Tier'), length, cellAt: tierCell, filled: true,
        isFilledAt: (o) => ctx.clientAt[o] >= 0, resultAt: (o) => tierResult(ctx.clientAt[o]),
      },
      { key: 'issues', header: header('数据问题', 'Data Issues'), length, width: 40, cellAt: (o) => notes(o) ?? null },
    ],
  };
}

/** One factor's per-row contribution: the 0–100 expression, whether it is missing, and a note when inlined. */
interface FactorPart { value: string; missing: string; note?: string }
/**
 * A factor's part per client, and without building it: whether it reads the client's cell (nothing inlined), and the
 * note `part` would carry. Why apart: the issue column and the shared-formula writer ask these for every row.
 */
interface FactorExpression {
  readonly part: (client: number) => FactorPart;
  readonly referenced: (client: number) => boolean;
  readonly note: (client: number) => string | undefined;
}

function sourceRef(ctx: PortableContext, f: number, client: number): string {
  const column = ctx.columnOffset + ctx.result.table.layout.factors[f].index;
  return `${columnLetters(column)}${ctx.result.table.rowNumbers[client]}`;
}

function numericExpression(ctx: PortableContext, column: NumericColumn, factor: FactorSpec, f: number, score: (x: string) => string): FactorExpression {
  const header = ctx.result.table.layout.factors[f].header;
  const fromOpenDate = ctx.result.table.layout.factors[f].kind === 'openDate';
  const lower = factor.direction === 'lower';
  // A tenure with no readable open date is missing; the date cell itself is no tenure to score.
  const unreadDate = (v: number): boolean => fromOpenDate && v !== v;
  const inlined = (client: number, v: number): boolean => column.fromText[client] !== 0 && v === v;
  const note = (v: number): string => (fromOpenDate
    ? text(`开户年限由${header}折算至运行日期 ${ctx.result.table.runDate ?? ''}：${v}`, `tenure computed from ${header} to the run date ${ctx.result.table.runDate ?? ''}: ${v}`)
    : text(`${header} 按 ${v} 计算（由文本解析）`, `${header} computed as ${v} (parsed from text)`))[ctx.locale];
  const part = (client: number): FactorPart => {
    const v = column.values[client];
    if (unreadDate(v)) return { value: '0', missing: 'TRUE' };
    const source: ValueSource = inlined(client, v)
      ? { kind: 'constant', literal: formulaNumber(v), note: note(v) }
      : { kind: 'cell', ref: sourceRef(ctx, f, client) };
    if (source.kind === 'constant') {
      const s = score(source.literal);
      return { value: lower ? `(100-${s})` : `(${s})`, missing: 'FALSE', note: source.note };
    }
    const x = source.ref;
    const s = score(x);
    return { value: `IF(ISNUMBER(${x}),${lower ? `100-${s}` : s},0)`, missing: `NOT(ISNUMBER(${x}))` };
  };
  return {
    part,
    referenced: (client) => { const v = column.values[client]; return !unreadDate(v) && !inlined(client, v); },
    note: (client) => { const v = column.values[client]; return !unreadDate(v) && inlined(client, v) ? note(v) : undefined; },
  };
}

function categoryExpression(ctx: PortableContext, factor: FactorSpec, f: number, names: PortableOutput['names']): FactorExpression {
  const column = ctx.result.table.factorColumns[f] as CategoryColumn;
  const rows = ctx.anchors.categoryRows.filter((r) => r.factor === factor.key).map((r) => r.row);
  const header = ctx.result.table.layout.factors[f].header;
  const lower = factor.direction === 'lower';
  const categories = factor.categories ?? {};
  const keyOfLevel = new Map<string, string>();
  for (const key of Object.keys(categories)) if (!keyOfLevel.has(normalizeLabel(key))) keyOfLevel.set(normalizeLabel(key), key);
  const map = normalizedCategoryMap(categories);
  // "C3-稳健型" and a bare 3 under digitPrefix read as a key the engine resolved them to; they are inlined as that key.
  const keyOfLabel = (raw: string): string | undefined => {
    const level = normalizeLabel(raw);
    const direct = keyOfLevel.get(level);
    if (direct !== undefined) return direct;
    const resolved = resolveCategory(level, map, factor.digitPrefix);
    return resolved.kind === 'mapped' ? keyOfLevel.get(resolved.labels[0]) : undefined;
  };
  if (rows.length === 0) return { part: () => ({ value: '0', missing: 'TRUE' }), referenced: () => false, note: () => undefined };
  const keys = `tb_cat_${f}_keys`;
  const scores = `tb_cat_${f}_scores`;
  names.push({ name: keys, sheetKey: 'model', address: range(1, rows[0], rows[rows.length - 1]) });
  names.push({ name: scores, sheetKey: 'model', address: range(2, rows[0], rows[rows.length - 1]) });
  const expression = (x: string): FactorPart => {
    const matches = `SUMPRODUCT(--(${keys}=${x}))`;
    const mapped = `SUMPRODUCT((${keys}=${x})*${scores})/${matches}`;
    return { value: `IF(${matches}=0,0,${lower ? `100-${mapped}` : mapped})`, missing: `${matches}=0` };
  };
  // Per spelling (not per client): the key a spelling is inlined as, or undefined when the cell is referenced.
  // Referenced when Excel's TRIM of the cell is exactly a map key, or when no key matches at all (blank, unknown):
  // both programs then agree with the engine, and a later edit of the cell still counts. A spelling only the
  // engine's NFKC/case-folding understands ("Ｃ３", "c3") is inlined as the key it stands for.
  const inlinedKeys = new Map<number, string | undefined>();
  const inlinedKey = (spelling: number): string | undefined => {
    if (spelling < 0) return undefined;
    if (inlinedKeys.has(spelling)) return inlinedKeys.get(spelling);
    const raw = column.spellings[spelling];
    const key = keyOfLabel(raw);
    const inlined = key === undefined || Object.prototype.hasOwnProperty.call(categories, excelTrim(raw)) ? undefined : key;
    inlinedKeys.set(spelling, inlined);
    return inlined;
  };
  const note = (spelling: number, key: string): string => {
    const raw = column.spellings[spelling];
    return text(`${header}「${raw}」按「${key}」计算`, `${header} "${raw}" read as "${key}"`)[ctx.locale];
  };
  return {
    part: (client) => {
      const spelling = column.spellingCodes[client];
      const key = inlinedKey(spelling);
      if (key === undefined) return expression(`IFERROR(TRIM(${sourceRef(ctx, f, client)}),"")`);
      return { ...expression(formulaString(key)), note: note(spelling, key) };
    },
    referenced: (client) => inlinedKey(column.spellingCodes[client]) === undefined,
    note: (client) => { const spelling = column.spellingCodes[client]; const key = inlinedKey(spelling); return key === undefined ? undefined : note(spelling, key); },
  };
}
