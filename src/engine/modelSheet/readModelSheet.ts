import type { CellValue } from '../cell/cellValue';
import { isBlankCell, isExcelError } from '../cell/cellValue';
import { cellText, normalizeHeader } from '../cell/normalizeText';
import { parseNumericCell } from '../cell/parseNumericCell';
import { TierBookError } from '../errors';
import { text, type LocalizedText } from '../i18n/locale';
import { joinMessages, locatedMessage } from '../i18n/joinMessages';
import { findModelProblems } from '../model/validateModel';
import type { FactorSpec, TierModel, TierSpec } from '../model/types';
import { cellAddress, quoteSheetName } from '../cell/a1';
import { COMPLIANCE_OPTION_LABELS, isDefaultComplianceOptions, readComplianceOptions, type ComplianceOptions } from '../compliance/complianceOptions';
import { CATEGORY_COL, CATEGORY_HEADERS, COMPLIANCE_COL, FACTOR_COL, FACTOR_HEADERS, MODEL_LABELS, MODEL_SHEET_MARKER, TIER_COL, TIER_HEADERS } from './modelSheetLabels';

type Grid = readonly (readonly CellValue[])[];

/** A problem in a model sheet, pinned to its cell. */
export interface ModelSheetProblem {
  readonly address: string;
  readonly message: LocalizedText;
}

const isLabel = (cell: CellValue, label: LocalizedText): boolean =>
  typeof cell === 'string' && (normalizeHeader(cell) === normalizeHeader(label['zh-CN']) || normalizeHeader(cell) === normalizeHeader(label['en-US']));

/**
 * Reads a model sheet (as written by writeModelSheet, possibly edited by hand) back into a model. Every problem
 * is reported with its cell, e.g. "'分级模型'!E11: weight "abc" is not a number", all at once.
 */
export function readModelSheet(grid: Grid, sheetName: string): TierModel {
  return readModelSheetWithRows(grid, sheetName).model;
}

/** A model read from a sheet, with the 0-based rows its factors and tiers came from (for cells next to them). */
export interface ModelSheetReading {
  readonly model: TierModel;
  readonly factorRows: readonly number[];
  readonly tierRows: readonly number[];
}

export function readModelSheetWithRows(grid: Grid, sheetName: string): ModelSheetReading {
  const problems: ModelSheetProblem[] = [];
  const at = (row: number, col: number): string => `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
  const cell = (row: number, col: number): CellValue => grid[row]?.[col] ?? null;
  const problem = (row: number, col: number, zh: string, en: string): void => { problems.push({ address: at(row, col), message: text(zh, en) }); };

  const markerRow = grid.slice(0, 10).findIndex((r) => r[0] === MODEL_SHEET_MARKER);
  if (markerRow < 0) {
    throw new TierBookError('INVALID_MODEL_SHEET',
      text(`工作表「${sheetName}」不是 TierBook 模型表：A1:A10 中没有 ${MODEL_SHEET_MARKER} 标记`,
        `sheet "${sheetName}" is not a TierBook model sheet: no ${MODEL_SHEET_MARKER} marker in A1:A10`), { sheet: sheetName });
  }
  /**
   * A section's label row, searched from `from` on: sections come in order (settings, factors, tiers, categories), so
   * a factor keyed 等级 or a tier named "Category maps" is never taken for the next section's label.
   */
  const findSection = (label: LocalizedText, from: number): number => {
    for (let r = from; r < grid.length; r++) if (isLabel(cell(r, 0), label)) return r;
    problem(markerRow, 0, `找不到「${label['zh-CN']}」部分`, `the "${label['en-US']}" section is missing`);
    return -1;
  };
  /** An error value where text belongs (a formula whose reference broke shows #REF!) is a problem, never a name. */
  const checkNotError = (row: number, col: number): void => {
    const v = cell(row, col);
    if (isExcelError(v)) problem(row, col, `单元格显示错误值 ${cellText(v)}（公式的引用可能已失效）`, `the cell shows the error ${cellText(v)} (a formula's reference may be broken)`);
  };
  const factorStart = findSection(MODEL_LABELS.factors, markerRow + 1);
  /** Settings sit between the marker and the factor table. */
  const setting = (label: LocalizedText): { value: CellValue; row: number } | undefined => {
    for (let r = markerRow + 1; r < (factorStart < 0 ? grid.length : factorStart); r++) {
      if (isLabel(cell(r, 0), label)) {
        checkNotError(r, 1);
        return { value: cell(r, 1), row: r };
      }
    }
    return undefined;
  };
  /**
   * Rows of a section's table: after its label and header row, until column A is blank. A missing header row is a
   * problem: reading on from the row after it would silently drop the table's first entry.
   */
  const sectionRows = (start: number, section: LocalizedText, header: LocalizedText): number[] => {
    const rows: number[] = [];
    if (start < 0) return rows;
    let first = start + 2;
    if (!isLabel(cell(start + 1, 0), header)) {
      problem(start + 1, 0, `「${section['zh-CN']}」部分缺少表头行（第一列应为「${header['zh-CN']}」）`,
        `the "${section['en-US']}" section has no header row (its first column should read "${header['en-US']}")`);
      first = start + 1;
    }
    for (let r = first; r < grid.length && !isBlankCell(cell(r, 0)); r++) rows.push(r);
    return rows;
  };
  const number = (row: number, col: number, what: LocalizedText, optional: boolean): number | undefined => {
    const v = cell(row, col);
    if (isBlankCell(v)) {
      if (!optional) problem(row, col, `${what['zh-CN']}为空`, `${what['en-US']} is empty`);
      return undefined;
    }
    const parsed = parseNumericCell(v);
    if (parsed.kind === 'number') return parsed.value;
    problem(row, col, `${what['zh-CN']}「${cellText(v)}」不是数字`, `${what['en-US']} "${cellText(v)}" is not a number`);
    return undefined;
  };
  const str = (row: number, col: number): string | undefined => {
    if (isBlankCell(cell(row, col))) return undefined;
    checkNotError(row, col);
    return cellText(cell(row, col)).trim();
  };
  const label = (row: number): LocalizedText | undefined => {
    const zh = str(row, FACTOR_COL.zh);
    const en = str(row, FACTOR_COL.en);
    return zh || en ? { 'zh-CN': zh ?? en ?? '', 'en-US': en ?? zh ?? '' } : undefined;
  };

  const model: TierModel = { factors: [], tiers: [] };
  /** The assessment-currency options in D:E of the settings rows; each unreadable cell is a problem at its address. */
  function readComplianceSettings(from: number, to: number): void {
    const cells: Partial<Record<keyof ComplianceOptions, CellValue>> = {};
    const rowOf: Partial<Record<keyof ComplianceOptions, number>> = {};
    for (let r = from + 1; r < (to < 0 ? Math.min(grid.length, from + 12) : to); r++) {
      for (const option of Object.keys(COMPLIANCE_OPTION_LABELS) as (keyof ComplianceOptions)[]) {
        if (isLabel(cell(r, COMPLIANCE_COL.label), COMPLIANCE_OPTION_LABELS[option])) { cells[option] = cell(r, COMPLIANCE_COL.value); rowOf[option] = r; }
      }
    }
    const read = readComplianceOptions(cells);
    for (const p of read.problems) problems.push({ address: at(rowOf[p.option] ?? from, COMPLIANCE_COL.value), message: p.message });
    if (read.problems.length === 0 && !isDefaultComplianceOptions(read.options)) model.compliance = read.options;
  }
  const name = setting(MODEL_LABELS.name);
  if (name && !isBlankCell(name.value)) model.name = cellText(name.value);
  const version = setting(MODEL_LABELS.version);
  if (version && !isBlankCell(version.value)) model.version = cellText(version.value);
  const idColumn = setting(MODEL_LABELS.idColumn);
  if (idColumn && !isBlankCell(idColumn.value)) model.idColumn = cellText(idColumn.value);
  readComplianceSettings(markerRow, factorStart);
  const missing = setting(MODEL_LABELS.missing);
  if (missing && !isBlankCell(missing.value)) model.missing = cellText(missing.value).trim().toLowerCase() as TierModel['missing'];

  /** The row after a section's table (its last row, else its label), where the next section's search starts. */
  const after = (start: number, rows: readonly number[], fallback: number): number => (rows.length > 0 ? rows[rows.length - 1] + 1 : start >= 0 ? start + 1 : fallback);
  const factorRows = sectionRows(factorStart, MODEL_LABELS.factors, FACTOR_HEADERS[FACTOR_COL.key]);
  const factorRowOf = new Map<string, number>();
  for (const r of factorRows) {
    const key = str(r, FACTOR_COL.key) ?? '';
    const direction = str(r, FACTOR_COL.direction);
    const factor: FactorSpec = {
      key,
      column: str(r, FACTOR_COL.column) ?? '',
      weight: number(r, FACTOR_COL.weight, text('权重', 'weight'), false) ?? NaN,
      scale: (str(r, FACTOR_COL.scale) ?? '').toLowerCase() as FactorSpec['scale'],
    };
    if (direction) factor.direction = direction.toLowerCase() as FactorSpec['direction'];
    const clipLow = number(r, FACTOR_COL.clipLow, text('截尾下限', 'clip low'), true);
    const clipHigh = number(r, FACTOR_COL.clipHigh, text('截尾上限', 'clip high'), true);
    if (clipLow !== undefined && clipHigh !== undefined) factor.clip = [clipLow, clipHigh];
    else if (clipLow !== undefined || clipHigh !== undefined) {
      problem(r, clipLow === undefined ? FACTOR_COL.clipLow : FACTOR_COL.clipHigh, '截尾需要同时填写下限和上限（或都留空）', 'a clip needs both its low and high percentile (or neither)');
    }
    const l = label(r);
    if (l) factor.label = l;
    factorRowOf.set(key, r);
    model.factors.push(factor);
  }

  const digitLabels = setting(MODEL_LABELS.digitLabels);
  if (digitLabels && !isBlankCell(digitLabels.value)) {
    for (const pair of cellText(digitLabels.value).split(/[;；]/u).map((p) => p.trim()).filter((p) => p !== '')) {
      const [key, prefix] = pair.split('=').map((p) => p.trim());
      const factor = model.factors.find((f) => f.key === key);
      if (!factor || !prefix) {
        problem(digitLabels.row, 1, `数字标签「${pair}」应写作 因子键=前缀（如 risk=C），且因子键须在因子表中`, `digit label "${pair}" must read factorKey=prefix (e.g. risk=C) with a key from the factor table`);
      } else {
        factor.digitPrefix = prefix;
      }
    }
  }

  const weightSource = setting(MODEL_LABELS.weightSource);
  if (weightSource && !isBlankCell(weightSource.value)) {
    try {
      model.weightSource = JSON.parse(cellText(weightSource.value)) as TierModel['weightSource'];
    } catch {
      problem(weightSource.row, 1, '权重来源不是 TierBook 写入的 JSON（可清空此格）', 'the weight source is not the JSON TierBook wrote (you may clear the cell)');
    }
  }

  const tierStart = findSection(MODEL_LABELS.tiers, after(factorStart, factorRows, markerRow + 1));
  const tierRows = sectionRows(tierStart, MODEL_LABELS.tiers, TIER_HEADERS[TIER_COL.name]);
  for (const r of tierRows) {
    const tier: TierSpec = { name: str(r, TIER_COL.name) ?? '' };
    const minScore = number(r, TIER_COL.minScore, text('最低分', 'min score'), true);
    const topShare = number(r, TIER_COL.topShare, text('累计比例', 'top share'), true);
    if (minScore !== undefined) (tier as { minScore?: number }).minScore = minScore;
    if (topShare !== undefined) (tier as { topShare?: number }).topShare = topShare;
    const l = label(r);
    if (l) tier.label = l;
    model.tiers.push(tier);
  }

  const categoryStart = findSection(MODEL_LABELS.categories, after(tierStart, tierRows, after(factorStart, factorRows, markerRow + 1)));
  for (const r of sectionRows(categoryStart, MODEL_LABELS.categories, CATEGORY_HEADERS[CATEGORY_COL.factor])) {
    const key = str(r, CATEGORY_COL.factor) ?? '';
    const factor = model.factors.find((f) => f.key === key);
    if (!factor) { problem(r, CATEGORY_COL.factor, `因子键「${key}」不在因子表中`, `factor key "${key}" is not in the factor table`); continue; }
    const labelText = str(r, CATEGORY_COL.label);
    if (labelText === undefined) { problem(r, CATEGORY_COL.label, '标签为空', 'the label is empty'); continue; }
    const score = number(r, CATEGORY_COL.score, text('分数', 'score'), false);
    if (score === undefined) continue;
    factor.categories = { ...(factor.categories ?? {}), [labelText]: score };
  }

  for (const p of findModelProblems(model)) {
    const m = /^(factors|tiers)\[(\d+)\]\.?(\w*)/u.exec(p.path);
    if (m) {
      const index = Number(m[2]);
      const row = m[1] === 'factors' ? factorRows[index] : tierRows[index];
      const col = m[1] === 'factors' ? (m[3] === 'clip' ? FACTOR_COL.clipLow : (FACTOR_COL as Record<string, number>)[m[3]] ?? 0) : (TIER_COL as Record<string, number>)[m[3]] ?? 0;
      if (m[1] === 'factors' && m[3] === 'categories') problems.push({ address: at(categoryStart < 0 ? row : categoryStart, 0), message: p.message });
      else if (!(m[3] === 'weight' && Number.isNaN(model.factors[index]?.weight))) problems.push({ address: at(row, col), message: p.message });
    } else if (p.path.startsWith('weightSource')) {
      problems.push({ address: at(weightSource?.row ?? markerRow, 1), message: p.message });
    } else {
      problems.push({ address: at(p.path === 'tiers' ? (tierRows[0] ?? markerRow) : (factorRows[0] ?? markerRow), 0), message: p.message });
    }
  }
  if (problems.length > 0) {
    const join = (locale: 'zh-CN' | 'en-US'): string => joinMessages(problems.map((p) => locatedMessage(p.address, p.message[locale], locale)), locale);
    throw new TierBookError('INVALID_MODEL_SHEET', text(`模型表有误：${join('zh-CN')}`, `the model sheet has errors: ${join('en-US')}`),
      { sheet: sheetName, address: problems[0].address }, problems.map((p) => `${p.address}: ${p.message['en-US']}`));
  }
  return { model, factorRows, tierRows };
}
