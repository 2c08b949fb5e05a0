import type { FactorSpec, TierModel } from '../model/types';
import type { ClientTable, FactorColumn } from '../table/clientTable';
import { categoryScores } from './categoryScores';
import { clippedFactorValues } from './clipValues';
import { logScores, minmaxScores } from './minmaxScores';
import { percentileScores } from './percentileScores';

/** One factor's 0–100 score for every client, NaN where the factor is missing. */
export function factorScore(column: FactorColumn, factor: FactorSpec): Float64Array {
  let scores: Float64Array;
  if (column.kind === 'category') {
    scores = categoryScores(column, factor);
  } else {
    const { values } = clippedFactorValues(column.values, factor);
    scores = factor.scale === 'percentile' ? percentileScores(values) : factor.scale === 'log' ? logScores(values) : minmaxScores(values);
  }
  if (factor.direction === 'lower') {
    for (let i = 0; i < scores.length; i++) scores[i] = 100 - scores[i];
  }
  return scores;
}

/** Every factor's scores, aligned with model.factors; weights play no part, so slider moves can reuse them. */
export function scoreFactors(table: ClientTable, model: TierModel): Float64Array[] {
  return model.factors.map((factor, i) => factorScore(table.factorColumns[i], factor));
}
