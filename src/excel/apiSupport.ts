import { text } from '../engine';
import type { ExcelHost } from './host';
import { apiNotSupportedError } from './officeErrors';

/** ExcelApi requirement sets of the members TierBook uses beyond 1.1 (from the `[Api set]` remarks in @types/office-js). */
export const EXCEL_API = {
  /** getSurroundingRegion, getActiveCell, freezePanes, getRangeByIndexes, Worksheet.onChanged. */
  baseline: '1.7',
  suspendApiCalculation: '1.6',
  workbookProtection: '1.7',
  pivotTables: '1.8',
  /** Range.dataValidation: the follow-up plan's lists and prompts (without it they are left out, with a warning). */
  dataValidation: '1.8',
  readOnly: '1.8',
  rangeTables: '1.9',
  suspendScreenUpdating: '1.9',
  /** Excel.RunOptions.mergeUndoGroup. */
  undoGroup: '1.20',
} as const;

/**
 * What the gateway needs at least. 1.7 is older than any Excel that runs TierBook's custom functions
 * (CustomFunctionsRuntime 1.2), so in practice this only fails on very old perpetual builds.
 */
export function requireBaselineApi(host: ExcelHost): void {
  if (!host.isSetSupported('ExcelApi', EXCEL_API.baseline)) {
    throw apiNotSupportedError(text('TierBook 所需的工作簿操作', 'the workbook operations TierBook needs'), EXCEL_API.baseline);
  }
}
