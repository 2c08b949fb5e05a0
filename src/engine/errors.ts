import type { Locale, LocalizedText } from './i18n/locale';

/** Where in a workbook a problem is, so that a message can point at the cell. */
export interface CellLocation {
  sheet?: string;
  /** 1-based worksheet row number. */
  row?: number;
  /** Header text of the column, as the user wrote it. */
  column?: string;
  /** A1-style address when known, e.g. "B7". */
  address?: string;
}

export type TierBookErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'SHEET_NOT_FOUND'
  | 'HEADER_NOT_FOUND'
  | 'COLUMN_NOT_FOUND'
  | 'DUPLICATE_COLUMN'
  | 'INVALID_MODEL'
  | 'INVALID_MODEL_SHEET'
  | 'NO_CLIENTS'
  | 'DATA_CHECKS_UNCONFIRMED'
  | 'CANCELLED'
  | 'PAYLOAD_TOO_LARGE'
  | 'WORKBOOK_READ_ONLY'
  | 'SHEET_PROTECTED'
  | 'API_NOT_SUPPORTED'
  | 'INVALID_WEIGHTS'
  | 'INTERNAL';

/** A failure a user can act on: it carries a code, a location, and its message in both languages. */
export class TierBookError extends Error {
  readonly code: TierBookErrorCode;
  readonly messages: LocalizedText;
  readonly location?: CellLocation;
  readonly details?: readonly string[];

  constructor(code: TierBookErrorCode, messages: LocalizedText, location?: CellLocation, details?: readonly string[]) {
    super(messages['en-US']);
    this.name = 'TierBookError';
    this.code = code;
    this.messages = messages;
    this.location = location;
    this.details = details;
  }

  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}

export function isTierBookError(e: unknown): e is TierBookError {
  return e instanceof TierBookError;
}
