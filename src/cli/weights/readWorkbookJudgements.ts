import * as fs from 'fs';
import * as path from 'path';
import { JUDGEMENT_SHEET_MARKER, TierBookError, readJudgementSheet, text, weightsError, type JudgementSheetMatrix } from '../../engine';
import type { CliIO } from '../cliIo';
import { unreadable, isInputDamage, withInputErrors } from '../stream/runStreamedTierbook';
import { readSharedStrings } from '../stream/readSharedStrings';
import { streamedSettingsSheet } from '../stream/streamedSettings';
import { StylesBook } from '../stream/stylesBook';
import { readWorkbookPackage } from '../stream/workbookPackage';
import { ZipArchive } from '../stream/zipArchive';
import { ZIP_LIMITS } from '../stream/zipLimits';

/**
 * The 权重判断矩阵 sheet of an .xlsx (found by its marker in A1:A10, wherever it was moved or renamed), read as the
 * engine's AHP input with each judgement's cell address for messages.
 */
export async function readWorkbookJudgements(input: string, io: CliIO): Promise<JudgementSheetMatrix> {
  const inputPath = path.resolve(io.cwd, input);
  if (!fs.existsSync(inputPath) || !fs.statSync(inputPath).isFile()) {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到输入文件：${inputPath}`, `input file not found: ${inputPath}`));
  }
  let archive: ZipArchive;
  try {
    archive = ZipArchive.open(inputPath);
  } catch (e) {
    if (isInputDamage(e) || (e as { syscall?: unknown } | null)?.syscall !== undefined) throw unreadable(inputPath, e);
    throw e;
  }
  try {
    return await withInputErrors(inputPath, async () => {
      const pkg = await readWorkbookPackage(archive);
      const stylesEntry = pkg.stylesPart ? archive.find(pkg.stylesPart) : undefined;
      const styles = new StylesBook(stylesEntry ? await archive.readText(stylesEntry) : undefined);
      const sstEntry = pkg.sharedStringsPart ? archive.find(pkg.sharedStringsPart) : undefined;
      const sharedStrings = sstEntry ? await readSharedStrings(archive.textStream(sstEntry, ZIP_LIMITS.maxSharedStringBytes)) : [];
      const context = { sharedStrings, dateStyles: styles.dateStyles, date1904: pkg.date1904 };
      for (const entry of pkg.sheets.filter((s) => s.isWorksheet)) {
        const sheet = streamedSettingsSheet(archive, entry, context);
        const marked = (await sheet.markerCells()).some((c) => typeof c === 'string' && c.trim() === JUDGEMENT_SHEET_MARKER);
        if (marked) return readJudgementSheet(await sheet.grid(), sheet.name);
      }
      throw weightsError(`${inputPath} 中没有权重判断矩阵工作表（A1:A10 中含 ${JUDGEMENT_SHEET_MARKER} 的工作表）`,
        `${inputPath} has no weight judgements sheet (a sheet with ${JUDGEMENT_SHEET_MARKER} in A1:A10)`);
    });
  } finally {
    archive.close();
  }
}
