import * as fs from 'fs';
import * as path from 'path';
import { TierBookError, text, weightsError } from '../../engine';

/** The --ahp file: `{ "factors": [keys], "matrix": [[...], ...] }`. */
export interface JudgementFile {
  readonly factors: readonly string[];
  readonly matrix: readonly (readonly unknown[])[];
}

/** Reads and shape-checks the judgement file; the judgements themselves are checked by the engine, naming the cell. */
export function readJudgementFile(cwd: string, file: string): JudgementFile {
  const filePath = path.resolve(cwd, file);
  let source: string;
  try {
    source = fs.readFileSync(filePath, 'utf8');
  } catch {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到判断矩阵文件：${filePath}`, `judgement matrix file not found: ${filePath}`));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/u, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw weightsError(`判断矩阵文件不是有效的 JSON（${filePath}）：${reason}`, `the judgement matrix file is not valid JSON (${filePath}): ${reason}`);
  }
  const { factors, matrix } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { factors?: unknown; matrix?: unknown };
  if (!Array.isArray(factors) || !factors.every((f): f is string => typeof f === 'string' && f !== '')) {
    throw weightsError(`判断矩阵文件（${filePath}）的 "factors" 应为因子键的数组`, `"factors" in the judgement matrix file (${filePath}) must be an array of factor keys`);
  }
  if (!Array.isArray(matrix) || !matrix.every((row): row is unknown[] => Array.isArray(row))) {
    throw weightsError(`判断矩阵文件（${filePath}）的 "matrix" 应为数组的数组`, `"matrix" in the judgement matrix file (${filePath}) must be an array of arrays`);
  }
  return { factors, matrix };
}
