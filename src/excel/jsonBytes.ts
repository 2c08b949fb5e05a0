/**
 * UTF-8 byte length of JSON.stringify(value) for the cells TierBook sends and receives, computed without building
 * the string: the request budget is counted cell by cell while a chunk is assembled.
 */

/** Bytes of a JSON string literal: quotes, escapes and UTF-8. */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2; // \" and \\
    else if (code < 0x20) bytes += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2; // each half of a surrogate pair: 4 bytes per pair
    else bytes += 3;
  }
  return bytes;
}

/** Bytes of one cell value in JSON (null, number, boolean or string). */
export function jsonCellBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return jsonStringBytes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  return jsonStringBytes(String(value));
}

/** Bytes of one row array, e.g. `[1,"a",null]`. */
export function jsonRowBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const cell of row) bytes += jsonCellBytes(cell);
  return bytes;
}

/** Bytes of a grid as a JSON array of arrays. */
export function jsonGridBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2 + Math.max(0, rows.length - 1);
  for (const row of rows) bytes += jsonRowBytes(row);
  return bytes;
}
