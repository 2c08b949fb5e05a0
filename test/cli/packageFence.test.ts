import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { stringItemText } from '../../src/cli/stream/readSharedStrings';
import { stringItemXml } from '../../src/cli/stream/sharedStringTable';
import { cellsOf } from '../../src/cli/stream/sheetRow';
import { SheetXmlSplitter } from '../../src/cli/stream/sheetXmlSplitter';
import { streamedCellValue } from '../../src/cli/stream/streamedCellValue';
import { attributeOf, decodeExcelEscapes, escapeXmlAttribute, escapeXmlText } from '../../src/cli/stream/xmlText';
import { ZIP_LIMITS } from '../../src/cli/stream/zipLimits';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { type CliRun, parseJsonOutput, runCli } from './runCli';

// The package code is a parser of untrusted input: its limits (entry count, sizes, compression ratio, sizes that
// lie), zip64 input, other formats given by mistake, and property tests of the sheet splitter and text escaping.

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'writers', 'xlsxwriter.xlsx');

/** One entry of a hand-made zip: its stored bytes and what the directory claims about them. */
interface RawEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly method: number;
  readonly size: number;
  readonly crc: number;
}

function deflated(name: string, content: Buffer): RawEntry {
  return { name, data: zlib.deflateRawSync(content), method: 8, size: content.length, crc: zlib.crc32(content) };
}

/**
 * A zip written byte by byte, so a test can make the directory say anything (sizes that lie) or use zip64 records
 * for every entry (sizes and offsets in the zip64 extra field, the zip64 end records), as large-file writers do.
 */
function rawZip(entries: readonly RawEntry[], zip64 = false): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const MAX = 0xffffffff;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const extra = Buffer.alloc(zip64 ? 4 + 24 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.size), 4);
      extra.writeBigUInt64LE(BigInt(e.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? MAX : e.data.length, 18);
    local.writeUInt32LE(zip64 ? MAX : e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(zip64 ? 20 : 0, 28);
    const localExtra = zip64 ? extra.subarray(0, 20) : Buffer.alloc(0);
    if (zip64) localExtra.writeUInt16LE(16, 2);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(zip64 ? 45 : 20, 4);
    header.writeUInt16LE(zip64 ? 45 : 20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(e.method, 10);
    header.writeUInt32LE(e.crc >>> 0, 16);
    header.writeUInt32LE(zip64 ? MAX : e.data.length, 20);
    header.writeUInt32LE(zip64 ? MAX : e.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(zip64 ? MAX : offset, 42);
    central.push(header, name, extra);
    const record = Buffer.concat([local, name, localExtra, e.data]);
    parts.push(record);
    offset += record.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? MAX : directory.length, 12);
  end.writeUInt32LE(zip64 ? MAX : offset, 16);
  if (!zip64) return Buffer.concat([...parts, directory, end]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...parts, directory, end64, locator, end]);
}

/** The fixture's parts, each deflated again, with `replace` swapping some of them. */
function fixtureEntries(replace: Record<string, RawEntry> = {}): RawEntry[] {
  return Object.entries(unzipSync(fs.readFileSync(FIXTURE))).map(([name, data]) => replace[name] ?? deflated(name, Buffer.from(data)));
}

/** Exit 2, nothing on stdout, one line on stderr. */
function failureLine(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trim();
}

describe('the package reader\'s limits and inputs', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-fence-'); });
  afterAll(() => removeTempDir(dir));

  async function run(name: string, bytes: Buffer | Uint8Array, ...rest: (string | { pathValue: string })[]): Promise<CliRun> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const args = rest.filter((a): a is string => typeof a === 'string');
    const options = rest.find((a): a is { pathValue: string } => typeof a !== 'string');
    return runCli([file, '--lang', 'en-US', '-o', path.join(dir, `${name}-out.xlsx`), ...args], options);
  }

  it('reads a zip64 package (zip64 extra fields and end records) as the same package without them', async () => {
    const plain = parseJsonOutput((await run('plain.xlsx', rawZip(fixtureEntries()), '--json')).stdout);
    const zip64 = await run('zip64.xlsx', rawZip(fixtureEntries(), true), '--json');
    expect(zip64).toMatchObject({ code: 0, stderr: '' });
    expect(parseJsonOutput(zip64.stdout)).toEqual(plain);
    expect(plain.clients).toHaveLength(8);
  });

  it('refuses a part whose declared size is too far above its compressed size (a zip bomb), before inflating it', async () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>'));
    const bomb = { ...sheet, size: 3 * 1024 ** 3 };
    const line = failureLine(await run('ratio.xlsx', rawZip(fixtureEntries({ 'xl/worksheets/sheet1.xml': bomb }))));
    expect(line).toMatch(/^tierbook: cannot read .*ratio\.xlsx \(not a valid \.xlsx file\?\): xl\/worksheets\/sheet1\.xml is compressed \d+ to 1, more than 200 to 1 \(refused as a possible zip bomb/u);
  });

  it('stops inflating a part that unpacks past the size it declares, without holding it (a lying zip bomb)', async () => {
    // 256 MB of XML deflates to a few hundred kB; the directory claims 4 kB, so no ratio check fires.
    const huge = Buffer.alloc(256 * 1024 * 1024, '<numFmt numFmtId="1" formatCode="0"/>');
    const lying = { ...deflated('xl/styles.xml', huge), size: 4096 };
    const before = process.memoryUsage().rss;
    const line = failureLine(await run('lying.xlsx', rawZip(fixtureEntries({ 'xl/styles.xml': lying }))));
    expect(line).toContain('xl/styles.xml unpacks to more than the 4,096 bytes it declares');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024); // the 256 MB were never held
  });

  it('refuses more parts than a workbook has, and says so in Chinese too', async () => {
    const files = Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`junk/${i}.txt`, strToU8('x')]));
    const bytes = zipSync(files, { level: 0 });
    expect(failureLine(await run('many.xlsx', bytes))).toContain(`the package has 20,001 parts, more than 20,000`);
    const zh = await runCli([path.join(dir, 'many.xlsx'), '-o', path.join(dir, 'many-zh.xlsx')]);
    expect(failureLine(zh)).toContain('压缩包有 20001 个部件，超过 20000 个（可能是压缩炸弹，已拒绝');
  });

  it('gives one line and exit 2 for an .ods, an .xlsb and a zip that is not a workbook (issue 14 #7)', async () => {
    // An .ods or .xlsb goes to LibreOffice when it is installed (test/cli/input/legacyFormats.test.ts); without it, one line.
    const noOffice = { pathValue: dir }; // a PATH without soffice
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    expect(failureLine(await run('book.ods', ods, noOffice))).toContain('OpenDocument (.ods); TierBook reads .xlsx directly: save it as .xlsx');
    const rels = (target: string): Uint8Array => strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`);
    const types = strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const xlsb = zipSync({ '[Content_Types].xml': types, '_rels/.rels': rels('xl/workbook.bin'), 'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]) });
    expect(failureLine(await run('book.xlsb', xlsb, noOffice))).toContain('Excel Binary (.xlsb); TierBook reads .xlsx directly: save it as .xlsx');
    const docx = zipSync({ '[Content_Types].xml': types, '_rels/.rels': rels('word/document.xml'), 'word/document.xml': strToU8('<w:document/>') });
    expect(failureLine(await run('letter.xlsx', docx))).toContain('word/document.xml is not a SpreadsheetML workbook: is it a Word or PowerPoint file?');
    expect(failureLine(await run('notes.xlsx', zipSync({ 'a.txt': strToU8('hello') })))).toContain('a zip file, but not an Office Open XML package');
    const truncated = fs.readFileSync(FIXTURE).subarray(0, 3000);
    expect(failureLine(await run('truncated.xlsx', truncated))).toMatch(/^tierbook: cannot read .*truncated\.xlsx/u);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

/** A worksheet part: head, rows (r attributes or not, any prefix), and a tail, as writers lay them out. */
const sheetXml = fc.record({
  prefix: fc.constantFrom('', 'x:'),
  rows: fc.array(fc.record({
    r: fc.boolean(),
    hidden: fc.boolean(),
    cells: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 }).map((s) => `"${s}"`)), { maxLength: 5 }),
  }), { maxLength: 30 }),
  space: fc.constantFrom('', '\n', '\r\n  '),
}).map(({ prefix: p, rows, space }) => {
  const ns = p ? 'xmlns:x' : 'xmlns';
  const body = rows.map((row, i) => {
    const cells = row.cells.map((v) => (typeof v === 'number' ? `<${p}c><${p}v>${v}</${p}v></${p}c>` : `<${p}c t="inlineStr"><${p}is><${p}t>${escapeXmlText(v.slice(1, -1))}</${p}t></${p}is></${p}c>`)).join('');
    const attrs = `${row.r ? ` r="${i + 1}"` : ''}${row.hidden ? ' hidden="1"' : ''}`;
    return cells ? `<${p}row${attrs}>${cells}</${p}row>` : `<${p}row${attrs}/>`;
  }).join(space);
  return `<?xml version="1.0"?>\n<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1"/><${p}sheetData>${space}${body}</${p}sheetData><${p}pageMargins left="0.7"/></${p}worksheet>`;
});

/** Everything the splitter hands out, in order, for the part cut into the given chunks. */
function split(chunks: readonly string[]): string[] {
  const events: string[] = [];
  const splitter = new SheetXmlSplitter({
    head: (xml, prefix) => events.push(`head:${prefix}:${xml}`),
    row: (xml) => events.push(`row:${xml}`),
    between: (xml) => { if (events[events.length - 1]?.startsWith('between:')) events[events.length - 1] += xml; else events.push(`between:${xml}`); },
    endRows: () => events.push('end'),
    tail: (xml) => { if (events[events.length - 1]?.startsWith('tail:')) events[events.length - 1] += xml; else events.push(`tail:${xml}`); },
  });
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return events;
}

function cutAt(text: string, cuts: readonly number[]): string[] {
  const points = Array.from(new Set(cuts.map((c) => c % (text.length + 1)))).sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) { chunks.push(text.slice(from, p)); from = p; }
  chunks.push(text.slice(from));
  return chunks;
}

describe('properties of the package code', () => {
  it('the sheet XML splitter gives the same head, rows and tail however the part is cut into chunks', () => {
    fc.assert(fc.property(sheetXml, fc.array(fc.nat(), { maxLength: 40 }), (xml, cuts) => {
      expect(split(cutAt(xml, cuts))).toEqual(split([xml]));
    }), { numRuns: 300 });
  });

  /** Text with every kind of code point, lone surrogates and literal "_xHHHH_" sequences in either case. */
  const anyText = fc.array(fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('_x0041_', '_x00e9_', '_x005F_', '_x000D_', '_xD83D_', '_x', '_x12', '\uD800', '\uDFFF', '\u0000', '\u0008', '\uFFFE', '\uFFFF', '&', '<', ']]>', '"', "'"),
  ), { maxLength: 8 }).map((parts) => parts.join(''));

  it('text escaping round-trips every code point, "_xHHHH_" included, the same way on every path that reads it back', () => {
    fc.assert(fc.property(anyText, (text) => {
      // A shared string (as the part is written and read), an inline string, a cached text result, an attribute.
      const si = stringItemXml(text, '');
      expect(stringItemText(si.slice('<si>'.length, -'</si>'.length))).toBe(text);
      const context = { sharedStrings: [], dateStyles: [], date1904: false, prefix: '' };
      const [inline] = cellsOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${escapeXmlText(text)}</t></is></c></row>`, '');
      expect(streamedCellValue(inline, context) ?? '').toBe(text);
      const [cached] = cellsOf(`<row r="1"><c r="A1" t="str"><f>X()</f><v>${escapeXmlText(text)}</v></c></row>`, '');
      expect(streamedCellValue(cached, context)).toBe(text);
      expect(decodeExcelEscapes(attributeOf(`<sheet name="${escapeXmlAttribute(text)}"/>`, 'name') ?? '')).toBe(text);
      // eslint-disable-next-line no-control-regex -- no character XML 1.0 forbids may be written
      expect(escapeXmlText(text)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u);
    }), { numRuns: 500 });
  });
});
