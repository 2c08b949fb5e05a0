import { isTierBookError, type LocalizedText } from '../engine';
import { inBothLocales } from './i18n';

/** What the pane shows for a failure: a TierBookError's own message, never a stack or a raw exception text. */
export function paneErrorMessage(error: unknown): LocalizedText {
  return isTierBookError(error) ? error.messages : inBothLocales((s) => s.unexpectedError);
}

/** A cancel reaches the pane as TierBookError CANCELLED, or as the platform's AbortError. */
export function isCancellation(error: unknown): boolean {
  if (isTierBookError(error)) return error.code === 'CANCELLED';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
