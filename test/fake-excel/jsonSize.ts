/**
 * UTF-8 byte length of JSON.stringify(value), computed piecewise so that a 600,000-cell chunk never
 * becomes one giant string: arrays are measured element by element and only rows of primitives are
 * stringified. The result equals Buffer.byteLength(JSON.stringify(value)) for JSON-safe values.
 */

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2; // each half of a surrogate pair: 4 bytes per pair
    else bytes += 3;
  }
  return bytes;
}

function isPrimitiveRow(value: unknown[]): boolean {
  for (const item of value) if (item !== null && typeof item === 'object') return false;
  return true;
}

export function jsonByteLength(value: unknown): number {
  if (value === undefined) return 0;
  if (Array.isArray(value)) {
    if (isPrimitiveRow(value)) return utf8Length(JSON.stringify(value));
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const item of value) bytes += item === undefined ? 4 : jsonByteLength(item);
    return bytes;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    let bytes = 2 + Math.max(0, entries.length - 1);
    for (const [key, item] of entries) bytes += utf8Length(JSON.stringify(key)) + 1 + jsonByteLength(item);
    return bytes;
  }
  return utf8Length(JSON.stringify(value) ?? 'null');
}
