import { SheetXmlSplitter, type SheetXmlHandler } from './sheetXmlSplitter';
import { runTimings } from '../phaseTimings';
import type { ZipArchive, ZipEntry } from './zipArchive';

/**
 * Feeds a worksheet part through `handler` chunk by chunk. With `stopWhen`, reading ends (and the file stream is
 * closed) as soon as it says so: the header search needs only the top of each sheet.
 */
export async function streamSheetPart(archive: ZipArchive, entry: ZipEntry, handler: SheetXmlHandler, stopWhen?: () => boolean): Promise<void> {
  const splitter = new SheetXmlSplitter(handler);
  const timings = runTimings();
  for await (const chunk of archive.textStream(entry)) {
    timings.time('parse', () => splitter.push(chunk as string));
    if (stopWhen?.()) return;
  }
  splitter.end();
  timings.sampleMemory();
}
