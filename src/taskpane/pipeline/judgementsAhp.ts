import { ahpWeights, isTierBookError, text, type AhpResult, type JudgementSheetMatrix, type LocalizedText, type TierModel } from '../../engine';

/** The AHP of the workbook's judgements sheet for this model, or why it cannot be computed (a cell, a factor mismatch). */
export type JudgementsAhp = { readonly ahp: AhpResult } | { readonly error: LocalizedText };

/**
 * The sheet's matrix in the model's factor order (the sheet may list them in another order), through the engine's
 * ahpWeights, with each judgement's own cell for messages. The sheet's factors must be the model's, no more, no fewer.
 */
export function judgementsAhp(sheet: JudgementSheetMatrix, model: Pick<TierModel, 'factors'>): JudgementsAhp {
  const keys = model.factors.map((f) => f.key);
  const at = keys.map((k) => sheet.keys.indexOf(k));
  if (sheet.keys.length !== keys.length || at.some((i) => i < 0)) {
    return {
      error: text(`权重判断矩阵的因子（${sheet.keys.join('、')}）与模型的因子（${keys.join('、')}）不一致`,
        `the judgements sheet's factors (${sheet.keys.join(', ')}) are not the model's (${keys.join(', ')})`),
    };
  }
  const matrix = at.map((i) => at.map((j) => sheet.matrix[i][j]));
  try {
    return { ahp: ahpWeights(keys, matrix, (row, column) => sheet.where(at[row], at[column])) };
  } catch (e) {
    if (isTierBookError(e)) return { error: e.messages };
    throw e;
  }
}
