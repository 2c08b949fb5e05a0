import { PackageFormatError } from './packageFormatError';
import { attributeOf, escapeXmlText, withAttribute } from './xmlText';

/**
 * The strings TierBook adds to the workbook's shared-string table, numbered after the existing ones so every
 * existing cell keeps its index. Every text TierBook writes goes through here: a shared-string cell is always
 * text, never a formula, whatever it starts with.
 */
export class SharedStringTable {
  private readonly indexByText = new Map<string, number>();
  private readonly added: string[] = [];
  /** Cells written that refer to the table (the part's `count`). */
  references = 0;

  constructor(private readonly existingCount: number) {}

  indexOf(text: string): number {
    this.references++;
    let index = this.indexByText.get(text);
    if (index === undefined) {
      index = this.existingCount + this.added.length;
      this.indexByText.set(text, index);
      this.added.push(text);
    }
    return index;
  }

  get addedStrings(): readonly string[] {
    return this.added;
  }

  get uniqueCount(): number {
    return this.existingCount + this.added.length;
  }
}

const EMPTY_TABLE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

/** One `<si>` of the shared-string part, the text escaped as every reader of it decodes it back. */
export function stringItemXml(text: string, prefix: string): string {
  const space = /^\s|\s$|\n/u.test(text) ? ' xml:space="preserve"' : '';
  return `<${prefix}si><${prefix}t${space}>${escapeXmlText(text)}</${prefix}t></${prefix}si>`;
}

/** The `<sst>` start tag with its counts brought up to date (a count the writer left out stays out). */
function updatedStartTag(startTag: string, table: SharedStringTable): string {
  let tag = startTag.endsWith('/>') ? `${startTag.slice(0, -2)}>` : startTag;
  const count = attributeOf(tag, 'count');
  if (count !== undefined) tag = withAttribute(tag, 'count', String(Number(count) + table.references));
  if (attributeOf(tag, 'uniqueCount') !== undefined) tag = withAttribute(tag, 'uniqueCount', String(table.uniqueCount));
  return tag;
}

/**
 * The shared-string part with TierBook's strings appended before `</sst>`, streamed: the original may be hundreds
 * of megabytes. Without an original part, a new one is made.
 */
export async function* sharedStringsWithAdditions(original: AsyncIterable<string | Buffer> | undefined, table: SharedStringTable): AsyncGenerator<string> {
  let pending = '';
  let prefix = '';
  let started = false;
  for await (const chunk of original ?? [EMPTY_TABLE]) {
    pending += chunk as string;
    if (!started) {
      const sst = /<((?:[A-Za-z_][\w.-]*:)?)sst(?=[\s/>])[^>]*>/u.exec(pending);
      if (!sst) continue;
      prefix = sst[1];
      const closeNow = sst[0].endsWith('/>') ? `</${prefix}sst>` : '';
      pending = pending.slice(0, sst.index) + updatedStartTag(sst[0], table) + closeNow + pending.slice(sst.index + sst[0].length);
      started = true;
    }
    const keep = Math.min(pending.length, 64); // enough to hold "</x:sst>" whole for the search below
    yield pending.slice(0, pending.length - keep);
    pending = pending.slice(pending.length - keep);
  }
  const close = started ? pending.lastIndexOf(`</${prefix}sst>`) : -1;
  if (close < 0) throw new PackageFormatError('the shared-string part has no <sst> element');
  yield pending.slice(0, close);
  // The added strings in pieces: joined whole they were one string of tens of megabytes, the run's last peak of memory.
  const added = table.addedStrings;
  for (let from = 0; from < added.length; from += ITEMS_PER_PIECE) {
    let xml = '';
    for (let i = from; i < Math.min(added.length, from + ITEMS_PER_PIECE); i++) xml += stringItemXml(added[i], prefix);
    yield xml;
  }
  yield pending.slice(close);
}

/** Added strings per piece of the shared-string part: tens of kilobytes of XML. */
const ITEMS_PER_PIECE = 1024;
