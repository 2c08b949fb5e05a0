import * as fs from 'fs';
import * as path from 'path';

// The .xlsx package read directly, without ExcelJS, so a test sees exactly what Excel would: a cell is a formula
// only if it has an <f> element. jszip is ExcelJS's own dependency (as scripts/make-sample.js uses it).

interface ZipEntry { async(type: 'string'): Promise<string> }
interface Zip {
  file(name: string): ZipEntry | null;
  file(name: string, data: string): Zip;
  generateAsync(options: { type: 'nodebuffer' }): Promise<Buffer>;
}
interface JSZipStatic { loadAsync(data: Buffer): Promise<Zip> }

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require(require.resolve('jszip', { paths: [path.dirname(require.resolve('exceljs/package.json'))] })) as JSZipStatic;

/** One <c> element: its address, t= type, formula text if any, and its shown text (shared strings resolved). */
export interface XmlCell {
  readonly ref: string;
  readonly type: string | undefined;
  readonly formula: string | undefined;
  readonly text: string | undefined;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e] !== undefined) return named[e];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function textRuns(xml: string): string {
  return Array.from(xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu), (m) => decodeXml(m[1])).join('');
}

async function part(zip: Zip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`missing part ${name}`);
  return entry.async('string');
}

/** One part of the package as text, e.g. "xl/workbook.xml". */
export async function readXlsxPart(file: string, name: string): Promise<string> {
  return part(await JSZip.loadAsync(fs.readFileSync(file)), name);
}

/** Edits one part of a package in place, for inputs ExcelJS cannot write itself (e.g. formula-defined names). */
export async function editXlsxPart(file: string, name: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(name, edit(await part(zip, name)));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Every worksheet's cells, by sheet name, in tab order. */
export async function readXlsxCells(file: string): Promise<Map<string, XmlCell[]>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await part(zip, 'xl/workbook.xml');
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  const sharedEntry = zip.file('xl/sharedStrings.xml');
  const shared = sharedEntry ? Array.from((await sharedEntry.async('string')).matchAll(/<si>([\s\S]*?)<\/si>/gu), (m) => textRuns(m[1])) : [];
  const targets = new Map(Array.from(rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/gu), (m) => [m[1], m[2]]));
  const result = new Map<string, XmlCell[]>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/gu)) {
    const target = (targets.get(m[2]) ?? '').replace(/^\/?(xl\/)?/u, '');
    const xml = await part(zip, `xl/${target}`);
    const cells: XmlCell[] = [];
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const attrs = c[1];
      const inner = c[2] ?? '';
      const ref = /\br="([^"]+)"/u.exec(attrs)?.[1] ?? '';
      const type = /\bt="([^"]+)"/u.exec(attrs)?.[1];
      const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/u.exec(inner);
      const v = /<v>([\s\S]*?)<\/v>/u.exec(inner)?.[1];
      let text: string | undefined;
      if (type === 's' && v !== undefined) text = shared[Number(v)];
      else if (type === 'inlineStr') text = textRuns(inner);
      else if (v !== undefined) text = decodeXml(v);
      cells.push({ ref, type, formula: f ? decodeXml(f[1] ?? '') : undefined, text });
    }
    result.set(decodeXml(m[1]), cells);
  }
  return result;
}
