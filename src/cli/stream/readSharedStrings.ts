import { runTimings } from '../phaseTimings';
import { decodeExcelEscapes, decodeXmlEntities } from './xmlText';

const SI = /<(?:[A-Za-z_][\w.-]*:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?si>)/gu;
const PHONETIC = /<(?:[A-Za-z_][\w.-]*:)?rPh\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/gu;
const TEXT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>)/gu;

/**
 * The text an `<si>` (or `<is>`) shows: its `<t>` runs joined, phonetic guides (`<rPh>`) left out, entities and
 * Excel's "_xHHHH_" escapes decoded — the text ExcelJS gives for the same cell.
 */
export function stringItemText(inner: string): string {
  const visible = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(visible); m; m = TEXT.exec(visible)) text += decodeExcelEscapes(decodeXmlEntities(m[1] ?? ''));
  return text;
}

/**
 * Every shared string, in order, read chunk by chunk. Why a flat copy of each: a slice of the chunk would keep the
 * whole chunk alive, and a million-client table would then hold the entire part in memory.
 */
export async function readSharedStrings(chunks: AsyncIterable<string | Buffer>): Promise<string[]> {
  const strings: string[] = [];
  let buffer = '';
  const timings = runTimings();
  for await (const chunk of chunks) {
    buffer = timings.time('parse', () => {
      const text = buffer + (chunk as string);
      let consumed = 0;
      SI.lastIndex = 0;
      for (let m = SI.exec(text); m; m = SI.exec(text)) {
        strings.push(flatCopy(stringItemText(m[1] ?? '')));
        consumed = SI.lastIndex;
      }
      return text.slice(consumed);
    });
  }
  return strings;
}

/** A string that shares no memory with the text it was cut from. */
function flatCopy(value: string): string {
  return value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8'); // V8 copies short slices anyway
}
