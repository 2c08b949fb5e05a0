import * as fs from 'fs';
import { TierBookError, text, validateModel, type TierModel } from '../engine';

/** The JSON model at `modelPath`, validated (every problem listed at once). */
export function loadModel(modelPath: string): TierModel {
  let source: string;
  try {
    source = fs.readFileSync(modelPath, 'utf8');
  } catch {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到模型文件：${modelPath}`, `model file not found: ${modelPath}`));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/u, '')); // Notepad saves UTF-8 with a BOM
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new TierBookError('INVALID_MODEL', text(`模型文件不是有效的 JSON（${modelPath}）：${reason}`, `the model file is not valid JSON (${modelPath}): ${reason}`));
  }
  return validateModel(parsed, modelPath);
}
