import { JUDGEMENT_SHEET_KEY, JUDGEMENT_SHEET_MARKER, readJudgementSheet, text, type CellValue, type JudgementSheetMatrix } from '../engine';
import { findMarkedSheet } from './findMarkedSheet';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import { gridFromOrigin } from './readStoredModel';

/** The workbook's AHP judgements sheet (权重判断矩阵) as read, with the sheet it is on now. */
export interface StoredJudgements {
  readonly sheetName: string;
  readonly judgements: JudgementSheetMatrix;
}

/**
 * The judgements sheet found by its TIERBOOK-JUDGEMENTS marker in A1:A10 (TierBook's own first, wherever it was
 * moved or renamed), read as AHP input with each judgement's cell; undefined when the workbook has none. A sheet
 * whose keys do not line up throws the engine's error naming the cell. Three syncs, whatever the workbook.
 */
export async function readStoredJudgements(host: ExcelHost): Promise<StoredJudgements | undefined> {
  try {
    return await host.run(async (context) => {
      const { marked } = await findMarkedSheet(context, JUDGEMENT_SHEET_KEY, (cell) => typeof cell === 'string' && cell.trim() === JUDGEMENT_SHEET_MARKER);
      if (marked === undefined) return undefined;
      const used = context.workbook.worksheets.getItem(marked).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
      await context.sync();
      const grid = used.isNullObject ? [] : gridFromOrigin(used.values as CellValue[][], used.rowIndex, used.columnIndex);
      return { sheetName: marked, judgements: readJudgementSheet(grid, marked) };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取权重判断矩阵', 'reading the weight judgements sheet'));
  }
}
