import { readSharedStrings } from './readSharedStrings';
import { StylesBook } from './stylesBook';
import type { WorkbookPackage } from './workbookPackage';
import type { ZipArchive } from './zipArchive';
import { ZIP_LIMITS } from './zipLimits';

/** The package's cell formats and shared strings, which every sheet read and every write needs first. */
export async function readStylesAndStrings(archive: ZipArchive, pkg: WorkbookPackage): Promise<{ styles: StylesBook; sharedStrings: string[] }> {
  const stylesEntry = pkg.stylesPart ? archive.find(pkg.stylesPart) : undefined;
  const styles = new StylesBook(stylesEntry ? await archive.readText(stylesEntry) : undefined);
  const sstEntry = pkg.sharedStringsPart ? archive.find(pkg.sharedStringsPart) : undefined;
  const sharedStrings = sstEntry ? await readSharedStrings(archive.textStream(sstEntry, ZIP_LIMITS.maxSharedStringBytes)) : [];
  return { styles, sharedStrings };
}
