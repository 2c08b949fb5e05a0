import type { Locale, LocalizedText } from '../engine';

/** Problems the runner itself finds (arguments, unreadable files, output path) that the engine has no code for. */
export type CliErrorCode = 'USAGE' | 'INPUT_UNREADABLE' | 'OUTPUT_UNWRITABLE';

/** A failure the user can fix, reported on one line and ending the run with exit code 2. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly messages: LocalizedText;

  constructor(code: CliErrorCode, messages: LocalizedText) {
    super(messages['en-US']);
    this.name = 'CliError';
    this.code = code;
    this.messages = messages;
  }

  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}
