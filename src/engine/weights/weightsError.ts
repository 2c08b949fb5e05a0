import { TierBookError, type CellLocation } from '../errors';
import { text } from '../i18n/locale';

/** A weighting the inputs cannot support: every message names what to fix, in both languages. */
export function weightsError(zh: string, en: string, location?: CellLocation): TierBookError {
  return new TierBookError('INVALID_WEIGHTS', text(zh, en), location);
}

/** Raised when every factor is constant (or sums to 0) over the clients: the data gives no weight to anything. */
export function noFactorVaries(method: string, clients: number): TierBookError {
  return weightsError(
    `${method} 权重无法计算：在 ${clients} 位各因子齐全的客户中，没有一个因子的得分有差异`,
    `${method} weights cannot be computed: over the ${clients} clients with every factor present, no factor varies`,
  );
}

/** The scores and the factor list disagree in size. */
export function weightsSizeMismatch(what: string, expected: number, actual: number): TierBookError {
  return weightsError(`${what} 的大小不符：应为 ${expected}，实为 ${actual}`, `${what} has the wrong size: expected ${expected}, got ${actual}`);
}
