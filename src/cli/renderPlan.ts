import type ExcelJS from 'exceljs';
import type { OutputPlan } from '../engine';
import { freeSheetName } from '../engine';
import { renderColumns } from './renderColumns';
import { appendToSheet, renderNewSheet } from './renderSheet';
import { setTabOrder, tabOrderOf } from './sheetOrder';
import { isTierBookMarker, keptUnwritten, sheetMarkerName, type PreviousOutput } from './tierBookMarkers';
import { absoluteCellRef, absoluteRangeRef, rewriteDefinedNames } from './workbookNames';

/** Where a plan's sheets ended up: plan sheet key → sheet name in the output. */
export interface RenderedOutput {
  readonly sheetNames: ReadonlyMap<string, string>;
}

/**
 * Removes the sheets an earlier run made, except the append-only ones this plan continues and the kept ones it does
 * not write; returns the removed sheets' tab positions.
 */
function removePreviousSheets(workbook: ExcelJS.Workbook, plan: OutputPlan, previous: PreviousOutput, clientSheet: ExcelJS.Worksheet): Map<string, number> {
  const continued = new Set(plan.sheets.filter((s) => s.appendOnly).map((s) => sheetMarkerName(s.key)));
  const freed = new Map<string, number>();
  for (const [marker, sheet] of previous.sheets) {
    if (continued.has(marker) || sheet === clientSheet || keptUnwritten(marker, plan)) continue;
    freed.set(marker, tabOrderOf(sheet));
    workbook.removeWorksheet(sheet.id);
  }
  return freed;
}

/**
 * Carries out a plan on a loaded workbook: columns appended to the client sheet, TierBook's sheets replaced (the run
 * log appended to), a free name wherever a user's sheet already has the preferred one, and the workbook names that
 * mark all of it for the next run. Earlier TierBook columns must already be cleared (clearPreviousColumns).
 */
export function renderPlan(
  workbook: ExcelJS.Workbook, plan: OutputPlan, clientSheet: ExcelJS.Worksheet, previous: PreviousOutput,
  progress: (done: number, total: number) => void,
): RenderedOutput {
  const names = renderColumns(clientSheet, plan, progress);
  const freedTabs = removePreviousSheets(workbook, plan, previous, clientSheet);
  const sheetNames = new Map<string, string>();
  for (const planSheet of plan.sheets) {
    const marker = sheetMarkerName(planSheet.key);
    const continued = planSheet.appendOnly ? previous.sheets.get(marker) : undefined;
    let sheet: ExcelJS.Worksheet;
    if (continued && continued !== clientSheet) {
      appendToSheet(continued, planSheet);
      sheet = continued;
    } else {
      sheet = workbook.addWorksheet(freeSheetName(planSheet.preferredName, workbook.worksheets.map((s) => s.name)));
      const tab = freedTabs.get(marker);
      if (tab !== undefined) setTabOrder(sheet, tab);
      renderNewSheet(sheet, planSheet);
    }
    sheetNames.set(planSheet.key, sheet.name);
    names.set(marker, absoluteCellRef(sheet.name, 1, 1));
  }
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName !== undefined) names.set(name.name, absoluteRangeRef(sheetName, name.address));
  }
  for (const [marker, sheet] of previous.sheets) if (keptUnwritten(marker, plan)) names.set(marker, absoluteCellRef(sheet.name, 1, 1));
  rewriteDefinedNames(workbook, isTierBookMarker, names);
  if (plan.mode !== 'values') workbook.calcProperties.fullCalcOnLoad = true; // formulas get computed when the file opens
  return { sheetNames };
}
