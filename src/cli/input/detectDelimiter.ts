import { parse } from 'csv-parse/sync';
import { text } from '../../engine';
import { CliError } from '../cliError';

/** The field separators text exports use: comma (CSV), tab (TSV, Excel's "Unicode text"), semicolon (CSV written
 *  where the comma is the decimal mark), and the pipe some back-office systems write. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const NAMES: Readonly<Record<Delimiter, { zh: string; en: string }>> = {
  ',': { zh: '逗号', en: 'comma' }, '\t': { zh: '制表符', en: 'tab' }, ';': { zh: '分号', en: 'semicolon' }, '|': { zh: '竖线', en: 'pipe' },
};

export function delimiterName(delimiter: Delimiter): { zh: string; en: string } {
  return NAMES[delimiter];
}

const OPTION_VALUES: Readonly<Record<string, Delimiter>> = {
  ',': ',', comma: ',', '\t': '\t', '\\t': '\t', tab: '\t', ';': ';', semicolon: ';', '|': '|', pipe: '|',
};

/** `--delimiter` as typed: the character itself, or its name (a tab is awkward to type in a shell). */
export function delimiterOfOption(value: string): Delimiter {
  const delimiter = OPTION_VALUES[value.toLowerCase()];
  if (delimiter === undefined) {
    throw new CliError('USAGE', text(`不认识的分隔符 ${JSON.stringify(value)}：--delimiter 可以是 , tab ; | （或 comma、semicolon、pipe）`,
      `unknown delimiter ${JSON.stringify(value)}: --delimiter can be , tab ; | (or comma, semicolon, pipe)`));
  }
  return delimiter;
}

const SAMPLE_LINES = 50;

/** How well a delimiter splits the sample: rows agreeing with the most common field count (above 1), times that count. */
function fit(sample: string, delimiter: Delimiter): number {
  let records: string[][];
  try {
    records = parse(sample, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: SAMPLE_LINES }) as string[][];
  } catch {
    return 0; // a quote left open by the sample's cut, or a delimiter that breaks the quoting: not this one
  }
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = 0;
  for (const [fields, rows] of counts) if (fields > 1) best = Math.max(best, rows * fields);
  return best;
}

/**
 * The delimiter that splits the first lines into the most consistent table. A tie (or a one-column file) goes to
 * the extension's own: tab for .tsv, comma otherwise.
 */
export function detectDelimiter(content: string, extension: string): Delimiter {
  const fallback: Delimiter = extension.toLowerCase() === '.tsv' ? '\t' : ',';
  const sample = content.slice(0, 64 * 1024);
  let chosen: Delimiter = fallback;
  let chosenFit = fit(sample, fallback);
  for (const d of DELIMITERS) {
    const f = fit(sample, d);
    if (f > chosenFit) { chosen = d; chosenFit = f; }
  }
  return chosen;
}
