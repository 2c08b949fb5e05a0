/** Rows between two progress reports while the client sheet is read. */
export const READ_CHUNK_ROWS = 10_000;

/** The last worksheet row and the last 0-based column holding anything (values or merged areas). */
export interface UsedExtent {
  readonly lastRow: number;
  /** −1 for an empty sheet. */
  readonly lastColumn: number;
}
