import type { SeedCell } from '../test/fake-excel';

/** sample.json, written at build time by preview/sampleWorkbook.js. */
export interface SampleWorkbook {
  readonly source: string;
  readonly sheets: readonly { readonly name: string; readonly rows: SeedCell[][] }[];
}

function isPlainCell(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isSeedCell(value: unknown): value is SeedCell {
  if (isPlainCell(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const formula = (value as { formula?: unknown }).formula;
  const cached = (value as { value?: unknown }).value;
  return typeof formula === 'string' && (cached === undefined || isPlainCell(cached));
}

function isSheet(value: unknown): value is SampleWorkbook['sheets'][number] {
  if (typeof value !== 'object' || value === null) return false;
  const { name, rows } = value as { name?: unknown; rows?: unknown };
  return typeof name === 'string' && Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.every(isSeedCell));
}

/** Checks the JSON's shape, so a stale or broken file fails here and not somewhere inside the fake. */
export function parseSampleWorkbook(json: unknown): SampleWorkbook {
  if (typeof json !== 'object' || json === null) throw new Error('sample.json is not an object');
  const { source, sheets } = json as { source?: unknown; sheets?: unknown };
  if (typeof source !== 'string' || !Array.isArray(sheets) || sheets.length === 0 || !sheets.every(isSheet)) {
    throw new Error('sample.json does not have the shape preview/sampleWorkbook.js writes');
  }
  return { source, sheets };
}

export async function loadSample(url: string): Promise<SampleWorkbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseSampleWorkbook(await response.json());
}
