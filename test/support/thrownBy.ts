import { TierBookError } from '../../src/engine';

/** The error a call throws, so a test can look at its code, location and both messages. */
export function thrownBy(action: () => unknown): TierBookError {
  try {
    action();
  } catch (e) {
    if (e instanceof TierBookError) return e;
    throw e;
  }
  throw new Error('expected a TierBookError, but nothing was thrown');
}
