/** Saaty's random consistency index RI for n = 1…10 (Saaty 1980, the table TierBook names in its output). */
export const SAATY_RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** The name of that table, shown next to every RI so a reader knows which one was used. */
export const RANDOM_INDEX_TABLE = 'Saaty (1980), n = 1…10';

/** The largest matrix the RI table covers. */
export const MAX_AHP_FACTORS = SAATY_RANDOM_INDEX.length;

export function randomIndex(n: number): number {
  return SAATY_RANDOM_INDEX[n - 1];
}
