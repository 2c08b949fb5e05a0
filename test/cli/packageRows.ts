import type { CellValue } from '../../src/engine';
import { readTopRows } from '../../src/cli/stream/chooseStreamedSheet';
import { readStylesAndStrings } from '../../src/cli/stream/stylesAndStrings';
import { readWorkbookPackage } from '../../src/cli/stream/workbookPackage';
import { ZipArchive } from '../../src/cli/stream/zipArchive';

/** Every worksheet of a file as the runner's package reader reads it: name, visibility and rows (1-based) by row number. */
export async function readPackageRows(file: string, lastRow = 1_000_000): Promise<{ name: string; visible: boolean; rows: Map<number, CellValue[]> }[]> {
  const archive = ZipArchive.open(file);
  try {
    const pkg = await readWorkbookPackage(archive);
    const { styles, sharedStrings } = await readStylesAndStrings(archive, pkg);
    const context = { sharedStrings, dateStyles: styles.dateStyles, date1904: pkg.date1904 };
    const sheets = [];
    for (const sheet of pkg.sheets.filter((s) => s.isWorksheet)) {
      sheets.push({ name: sheet.name, visible: sheet.visible, rows: await readTopRows(archive, sheet, context, new Map(), lastRow) });
    }
    return sheets;
  } finally {
    archive.close();
  }
}

/** One sheet's rows as a grid from row 1 (missing rows empty), trailing blanks kept as the reader gives them. */
export function gridOf(rows: ReadonlyMap<number, CellValue[]>): CellValue[][] {
  const last = Math.max(0, ...rows.keys());
  return Array.from({ length: last }, (_, r) => rows.get(r + 1) ?? []);
}
