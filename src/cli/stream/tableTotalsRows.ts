import { parseRangeAddress } from '../../engine';
import { attributeOf, findElement } from './xmlText';
import { parseRelationships, relationshipsPartOf, type Relationship } from './workbookPackage';
import type { ZipArchive } from './zipArchive';

const isTableRelationship = (r: Relationship): boolean => !r.external && r.type.endsWith('/table');

/** The 1-based last row of an A1 range ("A1:G13" → 13); undefined for anything else. */
function lastRowOfRef(ref: string): number | undefined {
  const range = ref.includes(':') ? parseRangeAddress(ref) : undefined;
  return range ? range.row + range.rowCount : undefined;
}

/**
 * The worksheet rows that the sheet's Excel tables (ListObjects) declare as totals rows: the last `totalsRowCount`
 * rows of each table part's `ref`. Why the table part: a totals row may say anything in its first cell, and only
 * the table knows it is not a client. The engine excludes these rows whatever they hold.
 */
export async function tableTotalsRows(archive: ZipArchive, sheetPart: string): Promise<number[]> {
  const relsEntry = archive.find(relationshipsPartOf(sheetPart));
  if (!relsEntry) return [];
  const rows: number[] = [];
  for (const rel of parseRelationships(await archive.readText(relsEntry), sheetPart).filter(isTableRelationship)) {
    const entry = archive.find(rel.target);
    const table = entry ? findElement(await archive.readText(entry), 'table') : undefined;
    if (!table) continue;
    const count = Number(attributeOf(table.startTag, 'totalsRowCount') ?? 0);
    const last = lastRowOfRef(attributeOf(table.startTag, 'ref') ?? '');
    if (!Number.isInteger(count) || count <= 0 || last === undefined) continue;
    for (let row = last - count + 1; row <= last; row += 1) rows.push(row);
  }
  return rows;
}
