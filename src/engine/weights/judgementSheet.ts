import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { text, type Locale } from '../i18n/locale';
import type { FactorSpec } from '../model/types';
import { cellAddress } from '../cell/a1';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { JudgementCell } from './ahpMatrix';
import { weightsError } from './weightsError';

/** Column A of row 2 marks the sheet as TierBook's judgement matrix, wherever it is moved or renamed. */
export const JUDGEMENT_SHEET_MARKER = 'TIERBOOK-JUDGEMENTS';
export const JUDGEMENT_SHEET_FORMAT = 1;
/** The plan key of the judgements sheet. */
export const JUDGEMENT_SHEET_KEY = 'weightJudgements';
/** 0-based row of the header (the factor keys across); the matrix starts on the next row, column B. */
export const JUDGEMENT_HEADER_ROW = 4;

export const JUDGEMENT_LABELS = {
  sheetName: text('权重判断矩阵', 'Weight judgements'),
  title: text('权重判断矩阵（层次分析法）', 'Weight judgements (AHP)'),
  help: text(
    '只在对角线右上方填写：行因子相对列因子的重要程度，Saaty 1–9 标度（1 同等重要，3 稍重要，5 明显重要，7 强烈重要，9 极端重要；反过来填 =1/3 等）。左下方由公式自动取倒数。本表只写入一次，之后由您维护。',
    'Type only above the diagonal: how much more the row factor matters than the column factor, on Saaty\'s 1–9 scale (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; the other way round, =1/3 and so on). Below the diagonal, formulas take the reciprocals. TierBook writes this sheet once; after that it is yours.',
  ),
  corner: text('行 比 列', 'row over column'),
} as const;

/**
 * The judgements sheet as first written: every judgement 1 (all factors equal) above the diagonal for the user to
 * change, 1 on the diagonal, and =1/<mirror cell> below it, so the matrix is reciprocal by construction.
 */
export function buildJudgementSheet(factors: readonly FactorSpec[], locale: Locale): PlanSheet {
  const keys = factors.map((f) => f.key);
  const top = JUDGEMENT_HEADER_ROW + 1;
  const rows: PlanCell[][] = [
    [JUDGEMENT_LABELS.title[locale]],
    [JUDGEMENT_SHEET_MARKER, JUDGEMENT_SHEET_FORMAT],
    [JUDGEMENT_LABELS.help[locale]],
    [],
    [JUDGEMENT_LABELS.corner[locale], ...keys, null, text('因子', 'Factor')[locale]],
    ...factors.map((f, i) => [
      f.key,
      ...keys.map((_, j): PlanCell => (j >= i ? 1 : { formula: `1/${cellAddress(top + j, 1 + i)}`, result: 1 })),
      null,
      f.label?.[locale] ?? f.key,
    ]),
  ];
  return {
    key: JUDGEMENT_SHEET_KEY, role: 'model', preferredName: JUDGEMENT_LABELS.sheetName[locale], rows,
    columnWidths: [16, ...keys.map(() => 11), 3, 16], headerRows: [JUDGEMENT_HEADER_ROW], freezeRows: top,
  };
}

/** A judgement as typed: a number, or text such as "3", "1/3" or "＝1/5" (Excel would turn a typed 1/3 into a date). */
function judgementOf(cell: CellValue): unknown {
  if (typeof cell === 'number') return cell;
  if (isBlankCell(cell)) return undefined;
  const t = cellText(cell).normalize('NFKC').trim().replace(/^=/u, '');
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/u.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return /^\d+(?:\.\d+)?$/u.test(t) ? Number(t) : t;
}

/** What a judgements sheet holds: the factor keys and the full matrix, ready for ahpWeights with its cell locations. */
export interface JudgementSheetMatrix {
  readonly keys: string[];
  readonly matrix: unknown[][];
  readonly where: JudgementCell;
}

/**
 * Reads a judgements sheet (row 0 = worksheet row 1). Only the upper triangle is the user's: the lower one is
 * TierBook's =1/mirror formulas, whose stored values may be stale (a file saved by a tool that does not recalculate),
 * so it is taken as the reciprocals of what was typed, never read.
 */
export function readJudgementSheet(grid: readonly (readonly CellValue[])[], sheetName: string): JudgementSheetMatrix {
  const header = grid[JUDGEMENT_HEADER_ROW] ?? [];
  const keys: string[] = [];
  for (let c = 1; c < header.length && !isBlankCell(header[c]); c++) keys.push(cellText(header[c]).trim());
  const top = JUDGEMENT_HEADER_ROW + 1;
  const where: JudgementCell = (row, column) => ({ sheet: sheetName, row: top + row + 1, address: cellAddress(top + row, 1 + column) });
  if (keys.length === 0) {
    throw weightsError(`工作表「${sheetName}」第 ${top} 行没有因子键`, `sheet "${sheetName}" has no factor keys in row ${top}`, { sheet: sheetName, row: top });
  }
  keys.forEach((key, i) => {
    const rowKey = cellText(grid[top + i]?.[0] ?? '').trim();
    if (rowKey !== key) {
      throw weightsError(`工作表「${sheetName}」${cellAddress(top + i, 0)} 应为因子「${key}」（与第 ${top} 行的列一致），实为「${rowKey}」`,
        `sheet "${sheetName}" ${cellAddress(top + i, 0)} must be factor "${key}" (as in the columns of row ${top}); got "${rowKey}"`,
        { sheet: sheetName, row: top + i + 1, address: cellAddress(top + i, 0) });
    }
  });
  const typed = keys.map((_, i) => keys.map((__, j) => (j >= i ? judgementOf(grid[top + i]?.[1 + j] ?? null) : undefined)));
  const matrix = typed.map((row, i) => row.map((value, j) => {
    if (j < i) {
      const mirror = typed[j][i];
      return typeof mirror === 'number' && mirror > 0 ? 1 / mirror : 1;
    }
    return i === j && value === undefined ? 1 : value ?? '';
  }));
  return { keys, matrix, where };
}
