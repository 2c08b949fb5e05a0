import { columnToBottom, rangeAddress, text, type LocalizedText, type PlanSheet, type PlanValidation } from '../engine';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

/** Excel's limit on a data-validation message, and on a typed list (its comma-separated source). */
const MESSAGE_MAX = 255;

/** When Excel has no Range.dataValidation (ExcelApi 1.8): the sheets are written, the lists and prompts are not. */
export function validationsUnsupportedWarning(sheets: readonly string[]): LocalizedText {
  const zh = sheets.join('、');
  const en = sheets.join(', ');
  return text(
    `此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8）：「${zh}」中经理填写的列没有下拉列表和输入提示；请按表头说明填写，下次运行仍会逐格检查并列出问题`,
    `this version of Excel has no data validation (ExcelApi 1.8): the manager columns of ${en} have no drop-down lists or input prompts; fill them in as their headers say, and the next run still checks every cell and lists the problems`);
}

/** The Office.js rule of a plan validation (the runner writes the same rule as SpreadsheetML, dataValidationXml.ts). */
export function officeRule(rule: PlanValidation['rule']): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'date':
      // A date on or after the serial, as a formula ("=1" is 1900-01-01): an ISO date of a serial below 61 would be a
      // day off (Excel's 1900 leap-year day), and the runner writes the same serial.
      return { date: { formula1: `=${rule.min}`, operator: 'GreaterThanOrEqualTo' } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'wholeNumber':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  }
}

const clip = (message: string): string => (message.length > MESSAGE_MAX ? message.slice(0, MESSAGE_MAX) : message);

/**
 * A sheet's validations (PlanSheet.validations) with Range.dataValidation: cleared first (a rule cannot be set over
 * cells that have one; from the block's first row down, so an earlier run's longer plan leaves none), then the rule, the input prompt and a warning alert, so an entry outside the rule is still
 * kept when the user confirms it (the next run reports it). The caller checked ExcelApi 1.8.
 */
export async function writeValidations(packer: RequestPacker, sheet: Excel.Worksheet, plan: PlanSheet): Promise<void> {
  for (const v of plan.validations ?? []) {
    if (v.block.rowCount <= 0 || v.block.columnCount <= 0) continue;
    const rule = officeRule(v.rule);
    const message = clip(v.prompt);
    const bytes = JSON.stringify(rule).length + 2 * message.length * 3 + COMMAND_OVERHEAD_BYTES;
    await packer.ensureRoom(bytes, 0);
    packer.begin();
    // Down to the sheet's end: an earlier run's longer plan left its rules further down.
    for (let c = v.block.column; c < v.block.column + v.block.columnCount; c++) sheet.getRange(columnToBottom({ row: v.block.row, column: c })).dataValidation.clear();
    const validation = sheet.getRange(rangeAddress(v.block.row, v.block.column, v.block.rowCount, v.block.columnCount)).dataValidation;
    validation.rule = rule;
    validation.prompt = { showPrompt: true, title: '', message };
    validation.errorAlert = { showAlert: true, style: 'Warning', title: '', message };
    packer.add(bytes, 0);
  }
}
