import { text } from '../../engine';
import { CliError } from '../cliError';

/** The encodings TierBook reads text exports in: what Chinese back-office systems and Excel write. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How the text was decoded and what to tell the user about it. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
  /** For the stderr note: "UTF-8 (BOM)", "GB18030", ... */
  readonly label: string;
}

const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-8-sig': 'utf-8',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', 'x-gbk': 'gb18030', 'euc-cn': 'gb18030',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', utf16le: 'utf-16le', 'ucs-2': 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
};

const LABELS: Readonly<Record<TextEncodingName, string>> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };

/** `--encoding` as the user typed it; GBK and GB2312 are read by the GB18030 decoder, which is a superset of both. */
export function encodingOfOption(value: string): TextEncodingName {
  const name = ALIASES[value.trim().toLowerCase()];
  if (name === undefined) {
    throw new CliError('USAGE', text(`不认识的编码 ${value}：--encoding 可以是 utf-8、gb18030（含 GBK/GB2312）、utf-16le 或 utf-16be`,
      `unknown encoding ${value}: --encoding can be utf-8, gb18030 (GBK/GB2312 too), utf-16le or utf-16be`));
  }
  return name;
}

function bomOf(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 written without a BOM: every other byte of ASCII text is zero. */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** The line (1-based) holding the first bytes a strict decoder rejects: the decoder is fed line by line. */
function firstBadLine(bytes: Uint8Array, encoding: TextEncodingName): number {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  let start = 0;
  try {
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0x0a) continue;
      decoder.decode(bytes.subarray(start, i + 1), { stream: true });
      start = i + 1;
      line++;
    }
    decoder.decode(bytes.subarray(start));
  } catch {
    return line;
  }
  return line;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text export with the platform's own decoders (WHATWG TextDecoder, which Node ships with full ICU:
 * gb18030 and utf-16 included). Without `--encoding`: a BOM decides; else strict UTF-8; else strict GB18030 (Excel's
 * "CSV" on a Chinese Windows, and most back-office exports); else the user is asked to say.
 */
export function decodeText(bytes: Uint8Array, file: string, forced?: TextEncodingName): DecodedText {
  const bom = bomOf(bytes);
  const candidates: TextEncodingName[] = forced !== undefined ? [forced] : bom !== undefined ? [bom]
    : [bomlessUtf16(bytes) ?? 'utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const decoded = tryDecode(bytes, encoding);
    if (decoded === undefined) continue;
    const hasBom = bom !== undefined && bom === encoding;
    // TextDecoder drops a BOM of its own encoding; one left over means --encoding named another encoding.
    return { text: decoded.replace(/^\uFEFF/u, ''), encoding, bom: hasBom, label: `${LABELS[encoding]}${hasBom ? ' (BOM)' : ''}` };
  }
  if (forced !== undefined) {
    const line = firstBadLine(bytes, forced);
    throw new CliError('INPUT_UNREADABLE', text(`${file} 不是 ${LABELS[forced]} 编码的文本（第 ${line} 行附近有无效字节）：请检查 --encoding，或去掉它让 TierBook 自动识别`,
      `${file} is not ${LABELS[forced]} text (invalid bytes near line ${line}): check --encoding, or leave it out to let TierBook detect the encoding`));
  }
  throw new CliError('INPUT_UNREADABLE', text(`无法识别 ${file} 的编码（既不是 UTF-8 也不是 GB18030/GBK）：请用 --encoding 指定，例如 --encoding gb18030`,
    `cannot tell the encoding of ${file} (neither UTF-8 nor GB18030/GBK): name it with --encoding, e.g. --encoding gb18030`));
}
