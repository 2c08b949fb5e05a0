import type { CellLocation } from '../errors';
import { MAX_AHP_FACTORS } from './randomIndex';
import { weightsSizeMismatch, weightsError } from './weightsError';

/** The smallest and largest judgements on Saaty's 1–9 scale (1/9 … 9), with the reciprocal tolerance below. */
const SCALE_TOLERANCE = 1e-3;
/** a_ji · a_ij must be 1 within this. */
export const RECIPROCAL_TOLERANCE = 1e-3;

/** Where a judgement sits, for messages: the model's factor keys, plus the cell address when it came from a sheet. */
export type JudgementCell = (row: number, column: number) => CellLocation;

/** "第 2 行第 3 列（frequency / needs）" in either language, plus the sheet address when known. */
function cellText(keys: readonly string[], row: number, column: number, where: JudgementCell | undefined): { zh: string; en: string; location?: CellLocation } {
  const location = where?.(row, column);
  const at = location?.address ? ` ${location.sheet ? `${location.sheet}!` : ''}${location.address}` : '';
  return {
    zh: `判断矩阵第 ${row + 1} 行第 ${column + 1} 列（${keys[row]} 比 ${keys[column]}）${at}`,
    en: `judgement at row ${row + 1}, column ${column + 1} (${keys[row]} over ${keys[column]})${at}`,
    location,
  };
}

/**
 * Checks an AHP judgement matrix: square, one row per factor (1 ≤ n ≤ 10, the RI table's range), every entry a finite
 * judgement on Saaty's scale 1/9 … 9, and reciprocal (a_ji · a_ij = 1 within 1e-3, so a_ii = 1). Throws naming the cell.
 */
export function checkJudgementMatrix(keys: readonly string[], matrix: readonly (readonly unknown[])[], where?: JudgementCell): number[][] {
  const n = keys.length;
  if (n < 1 || n > MAX_AHP_FACTORS) {
    throw weightsError(`层次分析法需要 1 到 ${MAX_AHP_FACTORS} 个因子，实有 ${n} 个`, `AHP needs 1 to ${MAX_AHP_FACTORS} factors; got ${n}`);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw weightsError(`因子「${key}」重复出现`, `factor "${key}" appears twice`);
    seen.add(key);
  }
  if (matrix.length !== n) throw weightsSizeMismatch('判断矩阵的行数 / the judgement matrix\'s row count', n, matrix.length);
  matrix.forEach((row, i) => {
    if (row.length !== n) throw weightsSizeMismatch(`判断矩阵第 ${i + 1} 行 / row ${i + 1} of the judgement matrix`, n, row.length);
  });
  const a = matrix.map((row, i) => row.map((value, j) => {
    const cell = cellText(keys, i, j, where);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw weightsError(`${cell.zh} 应为正数，实为「${String(value)}」`, `${cell.en} must be a positive number; got "${String(value)}"`, cell.location);
    }
    if (value > 9 * (1 + SCALE_TOLERANCE) || value < (1 / 9) * (1 - SCALE_TOLERANCE)) {
      throw weightsError(`${cell.zh} 为 ${value}，超出 Saaty 1–9 标度（1/9 到 9）`, `${cell.en} is ${value}, outside Saaty's 1–9 scale (1/9 to 9)`, cell.location);
    }
    return value;
  }));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
        const cell = cellText(keys, j, i, where);
        const zh = i === j ? `${cell.zh} 在对角线上，应为 1，实为 ${a[i][i]}` : `${cell.zh} 为 ${a[j][i]}，应为第 ${i + 1} 行第 ${j + 1} 列的倒数 1/${a[i][j]}`;
        const en = i === j ? `${cell.en} is on the diagonal and must be 1; got ${a[i][i]}` : `${cell.en} is ${a[j][i]}; it must be the reciprocal of row ${i + 1}, column ${j + 1}: 1/${a[i][j]}`;
        throw weightsError(`判断矩阵不互反：${zh}`, `the judgement matrix is not reciprocal: ${en}`, cell.location);
      }
    }
  }
  return a;
}
