import { text, type LocalizedText } from '../i18n/locale';
import type { FactorSpec, TierModel } from '../model/types';
import { normalizedCategoryMap } from '../score/categoryScores';
import { clippedFactorValues, percentileInc, sortedPresent } from '../score/clipValues';
import { log1pClamped, presentExtent } from '../score/minmaxScores';
import type { ClientTable, NumericColumn } from '../table/clientTable';

/**
 * What can be wrong with a mapped factor before a run. The first three are errors (they block the run until the
 * user remaps or confirms); outliers are warnings, listed with their cells.
 */
export type RunCheckKind = 'text_column' | 'unreadable_numbers' | 'no_variation' | 'outliers';
export type RunCheckSeverity = 'error' | 'warning';

/** Above this share of clients with an unreadable number, a numeric factor blocks the run. */
export const UNREADABLE_SHARE_LIMIT = 0.05;
/** Above this share of non-blank cells that are not numbers, the column is text (a name, a branch), not a figure. */
export const TEXT_COLUMN_SHARE = 0.5;
/** Tukey's fences: Q1 − 1.5 × IQR and Q3 + 1.5 × IQR. */
export const IQR_FENCE = 1.5;
/** A negative value is a sign typo when at least this share of the column is ≥ 0 (years, counts and amounts are not negative). */
export const NON_NEGATIVE_SHARE = 0.99;
/** Cells listed per check; the count says how many there are in all. */
export const MAX_LISTED_CELLS = 1000;

/** A cell a check is about: sheet, 1-based worksheet row, header, and the 0-based column within the client block. */
export interface CheckCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly columnIndex: number;
  readonly value: string;
}

export interface RunCheck {
  readonly kind: RunCheckKind;
  readonly severity: RunCheckSeverity;
  /** The factor's key and the header it read. */
  readonly factor: string;
  readonly column: string;
  /** Cells concerned (unreadable cells, outliers); for no_variation the number of present values. */
  readonly count: number;
  /** The number of clients. */
  readonly of: number;
  readonly message: LocalizedText;
  /** The cells concerned, at most MAX_LISTED_CELLS (unreadable cells and outliers). */
  readonly cells: readonly CheckCell[];
  /** For outliers: the fences, on the factor's scale (log10(1 + v) for log factors). */
  readonly fences?: { readonly low: number; readonly high: number };
  /** For outliers: whether the model clips this factor, so the outliers no longer stretch its scale. */
  readonly clipped?: boolean;
}

/** Whether any check blocks the run (until remap or an explicit confirmation). */
export function hasBlockingChecks(checks: readonly RunCheck[]): boolean {
  return checks.some((c) => c.severity === 'error');
}

function factorName(factor: FactorSpec): LocalizedText {
  return text(factor.label?.['zh-CN'] ?? factor.key, factor.label?.['en-US'] ?? factor.key);
}

const share = (count: number, of: number): string => `${count.toLocaleString('en-US')}/${of.toLocaleString('en-US')}`;

/** Unreadable cells of one numeric factor: its invalid_number issues. */
function unreadableCells(table: ClientTable, f: number, sheet: string): { count: number; cells: CheckCell[] } {
  const match = table.layout.factors[f];
  let count = 0;
  const cells: CheckCell[] = [];
  for (const issue of table.issues) {
    if (issue.problem !== 'invalid_number' || issue.column !== match.header) continue;
    count++;
    if (cells.length < MAX_LISTED_CELLS) cells.push({ sheet, row: issue.row, column: match.header, columnIndex: match.index, value: issue.value });
  }
  return { count, cells };
}

function presentCount(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  return n;
}

function numericChecks(table: ClientTable, factor: FactorSpec, f: number, column: NumericColumn, sheet: string): RunCheck[] {
  const checks: RunCheck[] = [];
  const { header } = table.layout.factors[f];
  const name = factorName(factor);
  const base = { factor: factor.key, column: header, of: table.size };
  const unreadable = unreadableCells(table, f, sheet);
  const present = presentCount(column.values);
  const nonBlank = present + unreadable.count;
  if (unreadable.count > 0 && unreadable.count > TEXT_COLUMN_SHARE * nonBlank) {
    checks.push({ ...base, kind: 'text_column', severity: 'error', count: unreadable.count, cells: unreadable.cells,
      message: text(`「${name['zh-CN']}」是数值因子，但列「${header}」大多是文本（${share(unreadable.count, nonBlank)} 个非空单元格不是数字）：请换一列`,
        `${name['en-US']} is a numeric factor, but the column "${header}" is mostly text (${share(unreadable.count, nonBlank)} non-blank cells are not numbers): map another column`) });
  } else if (unreadable.count > UNREADABLE_SHARE_LIMIT * table.size) {
    checks.push({ ...base, kind: 'unreadable_numbers', severity: 'error', count: unreadable.count, cells: unreadable.cells,
      message: text(`「${name['zh-CN']}」（${header}）有 ${share(unreadable.count, table.size)} 个客户的数值无法识别，超过 5%`,
        `${name['en-US']} (${header}): ${share(unreadable.count, table.size)} clients have an unreadable number, more than 5%`) });
  }
  if (checks.length > 0) return checks; // a text column's spread says nothing
  const { values, bounds } = clippedFactorValues(column.values, factor);
  const extent = presentExtent(values);
  if (!extent || extent.min === extent.max) {
    checks.push({ ...base, kind: 'no_variation', severity: 'error', count: present, cells: [],
      message: extent
        ? text(`「${name['zh-CN']}」（${header}）所有客户的值都相同（${extent.min}），无法区分客户`, `${name['en-US']} (${header}) has the same value (${extent.min}) for every client: it cannot tell clients apart`)
        : text(`「${name['zh-CN']}」（${header}）没有任何可读的数值`, `${name['en-US']} (${header}) has no readable value at all`) });
    return checks;
  }
  if (factor.scale === 'minmax' || factor.scale === 'log') {
    const outliers = outlierCheck(table, factor, f, column.values, sheet, bounds !== undefined);
    if (outliers) checks.push(outliers);
  }
  return checks;
}

/**
 * Values beyond Tukey's fences (Q1 − 1.5 × IQR, Q3 + 1.5 × IQR, quartiles by PERCENTILE.INC) on the factor's own scale:
 * the raw value for minmax, log10(1 + max(v, 0)) for log. Also every negative value of a column that is otherwise
 * non-negative (≥ 99% of values ≥ 0): a sign typo such as 开户年限 = −3 sits inside the fences of a wide column, yet
 * it stretches a min–max scale for every client.
 */
function outlierCheck(table: ClientTable, factor: FactorSpec, f: number, raw: Float64Array, sheet: string, clipped: boolean): RunCheck | undefined {
  const logged = factor.scale === 'log';
  const onScale = logged ? Float64Array.from(raw, (v) => (v === v ? log1pClamped(v) : NaN)) : raw;
  const sorted = sortedPresent(onScale);
  const q1 = percentileInc(sorted, 25);
  const q3 = percentileInc(sorted, 75);
  const low = q1 - IQR_FENCE * (q3 - q1);
  const high = q3 + IQR_FENCE * (q3 - q1);
  const rawSorted = sortedPresent(raw);
  let negatives = 0;
  while (negatives < rawSorted.length && rawSorted[negatives] < 0) negatives++;
  const signTypos = negatives > 0 && rawSorted.length - negatives >= NON_NEGATIVE_SHARE * rawSorted.length;
  const match = table.layout.factors[f];
  const cells: CheckCell[] = [];
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v !== v) continue;
    const s = onScale[i];
    if (s < low || s > high || (signTypos && v < 0)) {
      count++;
      if (cells.length < MAX_LISTED_CELLS) cells.push({ sheet, row: table.rowNumbers[i], column: match.header, columnIndex: match.index, value: String(v) });
    }
  }
  if (count === 0) return undefined;
  const name = factorName(factor);
  const scaleNote = logged ? text('（按对数刻度）', ' (on the log scale)') : text('', '');
  const clipNote = clipped ? text('；模型已截尾此因子，异常值不再拉伸刻度', '; the model clips this factor, so they no longer stretch its scale')
    : text('；可在模型中为此因子设置截尾（clip）', '; consider a clip for this factor in the model');
  return {
    kind: 'outliers', severity: 'warning', factor: factor.key, column: match.header, count, of: table.size, cells, fences: { low, high }, clipped,
    message: text(`「${name['zh-CN']}」（${match.header}）有 ${count.toLocaleString('en-US')} 个异常值${scaleNote['zh-CN']}${clipNote['zh-CN']}`,
      `${name['en-US']} (${match.header}) has ${count.toLocaleString('en-US')} outlier${count === 1 ? '' : 's'}${scaleNote['en-US']}${clipNote['en-US']}`),
  };
}

/** A category factor whose present clients all map to one score cannot tell clients apart. */
function categoryCheck(table: ClientTable, factor: FactorSpec, f: number): RunCheck | undefined {
  const column = table.factorColumns[f];
  if (column.kind !== 'category') return undefined;
  const map = normalizedCategoryMap(factor.categories ?? {});
  const used = new Set<number>();
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i] >= 0) used.add(column.codes[i]);
  const scores = new Set<number>();
  for (const code of used) { const s = map.get(column.levels[code]); if (s !== undefined) scores.add(s); }
  if (scores.size > 1) return undefined;
  const { header } = table.layout.factors[f];
  const name = factorName(factor);
  const [only] = [...scores];
  return {
    kind: 'no_variation', severity: 'error', factor: factor.key, column: header, count: used.size, of: table.size, cells: [],
    message: only === undefined
      ? text(`「${name['zh-CN']}」（${header}）没有任何能映射的分类`, `${name['en-US']} (${header}) has no label its category map knows`)
      : text(`「${name['zh-CN']}」（${header}）所有客户得分相同（${only}），无法区分客户`, `${name['en-US']} (${header}) gives every client the same score (${only}): it cannot tell clients apart`),
  };
}

/** Checks already made, by table, model and sheet: the plan, the Run step and the runner's report ask for the same ones. */
const made = new WeakMap<ClientTable, WeakMap<TierModel, Map<string, readonly RunCheck[]>>>();

/**
 * What a run on this table with this model should be warned about, factor by factor, before anything is written.
 * Factors weighted 0 are switched off and not checked. Pure (tables and models are never changed in place), so the
 * answer is remembered: composing the plan and printing the report read the same checks without sorting a
 * million-row column twice.
 */
export function runChecks(table: ClientTable, model: TierModel, sheet: string): readonly RunCheck[] {
  let byModel = made.get(table);
  if (!byModel) made.set(table, (byModel = new WeakMap()));
  let bySheet = byModel.get(model);
  if (!bySheet) byModel.set(model, (bySheet = new Map()));
  let checks = bySheet.get(sheet);
  if (!checks) bySheet.set(sheet, (checks = checksOf(table, model, sheet)));
  return checks;
}

function checksOf(table: ClientTable, model: TierModel, sheet: string): RunCheck[] {
  const checks: RunCheck[] = [];
  model.factors.forEach((factor, f) => {
    if (factor.weight === 0) return;
    const column = table.factorColumns[f];
    if (column.kind === 'numeric') checks.push(...numericChecks(table, factor, f, column, sheet));
    else {
      const check = categoryCheck(table, factor, f);
      if (check) checks.push(check);
    }
  });
  return checks;
}
