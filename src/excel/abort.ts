import { TierBookError, text } from '../engine';

export function cancelledError(): TierBookError {
  return new TierBookError('CANCELLED', text('已取消', 'cancelled'));
}

/** Between chunks only: a request already sent to Excel is never abandoned half-way. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
