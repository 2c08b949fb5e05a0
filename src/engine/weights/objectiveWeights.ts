import { completeScores } from './completeScores';
import { criticWeights } from './criticWeights';
import { entropyWeights, type ObjectiveWeights } from './entropyWeights';

/** The two data-driven weightings. */
export type ObjectiveMethod = 'entropy' | 'critic';

export const OBJECTIVE_METHODS: readonly ObjectiveMethod[] = ['entropy', 'critic'];

/** Entropy or CRITIC weights from the engine's factor scores (NaN = missing), over the clients with every factor. */
export function objectiveWeights(factorScores: readonly Float64Array[], method: ObjectiveMethod): ObjectiveWeights {
  const { columns } = completeScores(factorScores);
  return method === 'entropy' ? entropyWeights(columns) : criticWeights(columns);
}
