import { TierBookError, columnLetters, text, type OutputPlan, markedColumnsOn, type OutputLayout } from '../engine';
import { lastUsedColumnOf } from './findClientTable';
import { sheetState, usedExtent, type WorkbookState } from './inspectWorkbook';
import { readOnlyError, sheetProtectedError, structureProtectedError } from './officeErrors';

function sheetMissing(sheet: string): TierBookError {
  return new TierBookError('SHEET_NOT_FOUND', text(`找不到客户表「${sheet}」：它可能已被重命名或删除，请重新读取客户表`,
    `the client sheet "${sheet}" is gone (renamed or deleted?): read the client table again`), { sheet });
}

function sheetChanged(sheet: string, column: number): TierBookError {
  const letter = columnLetters(column);
  return new TierBookError('INTERNAL', text(`读取后「${sheet}」的 ${letter} 列有了新内容，TierBook 不会覆盖它：请重新读取客户表后再运行`,
    `column ${letter} of "${sheet}" has new content since the table was read, and TierBook never overwrites it: read the client table again, then run`),
  { sheet, address: `${letter}1` });
}

/**
 * Refuses, before anything is written, a write that Excel would refuse half-way: a read-only workbook, protected
 * sheets or workbook structure, a client sheet that is gone, or new content where the columns would go.
 */
export function checkWritable(plan: OutputPlan, state: WorkbookState, layout: OutputLayout): void {
  if (state.readOnly) throw readOnlyError();
  const changesStructure = layout.staleSheets.length > 0 || layout.sheets.some((s) => s.kind === 'create');
  if (state.structureProtected && changesStructure) throw structureProtectedError();
  if (layout.fullRun) {
    const source = sheetState(state, plan.sourceSheet);
    if (!source) throw sheetMissing(plan.sourceSheet);
    if (source.protected) throw sheetProtectedError(source.name);
    const marked = markedColumnsOn(state.markers, source.name);
    const lastUsed = lastUsedColumnOf(usedBlock(state, source.name), marked);
    if (lastUsed >= plan.firstOutputColumn) throw sheetChanged(source.name, lastUsed);
    for (const column of layout.oldColumns) {
      if (sheetState(state, column.cell.sheet)?.protected) throw sheetProtectedError(column.cell.sheet);
    }
  }
  for (const action of layout.sheets) {
    if (action.kind === 'create') continue;
    if (sheetState(state, action.sheetName)?.protected) throw sheetProtectedError(action.sheetName, action.plan.key === 'model');
  }
}

function usedBlock(state: WorkbookState, sheet: string): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
  const used = usedExtent(state, sheet);
  return used.lastColumn < 0 ? undefined : { row: 0, column: 0, rowCount: used.lastRow + 1, columnCount: used.lastColumn + 1 };
}
