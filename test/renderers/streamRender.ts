/*
 * The runner's renderer on its own: an output plan carried out on a copy of an .xlsx by the package editor
 * (src/cli/stream), as pass 2 of a run does it, without the run's reading and tiering.
 */
import type { OutputPlan } from '../../src/engine';
import { clearedColumnsBySheet, findPreviousStreamedOutput } from '../../src/cli/stream/previousStreamedOutput';
import { readStylesAndStrings } from '../../src/cli/stream/stylesAndStrings';
import { freeSharedIndexAfter } from '../../src/cli/stream/sharedFormulaIndex';
import { readWorkbookPackage } from '../../src/cli/stream/workbookPackage';
import { writeStreamedWorkbook } from '../../src/cli/stream/writeStreamedWorkbook';
import { ZipArchive } from '../../src/cli/stream/zipArchive';
import { ZipWriter } from '../../src/cli/stream/zipWriter';

/** Writes `plan` onto `inputPath`'s workbook at `outputPath`; plan sheet key → the sheet's name. */
export async function renderPlanWithPackageEditor(inputPath: string, outputPath: string, plan: OutputPlan): Promise<Map<string, string>> {
  const archive = ZipArchive.open(inputPath);
  try {
    const pkg = await readWorkbookPackage(archive);
    const { styles, sharedStrings } = await readStylesAndStrings(archive, pkg);
    const previous = findPreviousStreamedOutput(pkg);
    const clientSheet = pkg.sheets.find((s) => s.name === plan.sourceSheet);
    if (!clientSheet) throw new Error(`no sheet ${plan.sourceSheet} in ${inputPath}`);
    // Pass 1 of a run records the client sheet's first free shared-formula index; here the part is scanned whole.
    const clientPart = clientSheet.part ? archive.find(clientSheet.part) : undefined;
    const freeSharedIndex = clientPart ? freeSharedIndexAfter(await archive.readText(clientPart), 0) : 0;
    const zip = new ZipWriter(outputPath, new Date('2026-06-30T09:00:00Z'));
    const names = await writeStreamedWorkbook({
      archive, pkg, plan, clientSheet, previous, clearedBySheet: clearedColumnsBySheet(previous.markers.columns),
      headerStyle: undefined, styles, sharedStringCount: sharedStrings.length, freeSharedIndex, keepMacros: false, progress: () => undefined,
    }, zip);
    await zip.finish();
    return names;
  } finally {
    archive.close();
  }
}
