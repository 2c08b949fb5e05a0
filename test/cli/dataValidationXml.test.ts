import { XMLValidator } from 'fast-xml-parser';
import { followUpValidations, type PlanSheet } from '../../src/engine';
import { dataValidationsXml } from '../../src/cli/stream/dataValidationXml';
import { newPlanSheetXml } from '../../src/cli/stream/planSheetXml';
import { SharedStringTable } from '../../src/cli/stream/sharedStringTable';
import { StylesBook } from '../../src/cli/stream/stylesBook';

// The follow-up plan's validations as SpreadsheetML: warnings, in CT_Worksheet's order (before pageMargins).
describe('data validation in the package writer', () => {
  const sheet: PlanSheet = { key: 'followUpPlan', role: 'tracking', preferredName: '回访计划', rows: [['a'], ['b']], heatMap: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    validations: followUpValidations(2, 'zh-CN') };

  it('writes a date, a list and a whole-number rule over the manager columns, as warnings with their prompt', () => {
    expect(dataValidationsXml(sheet)).toBe('<dataValidations count="3">'
      + '<dataValidation type="date" operator="greaterThanOrEqual" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="回访日期，如 2026-11-05" prompt="回访日期，如 2026-11-05" sqref="I6:I57"><formula1>1</formula1></dataValidation>'
      + '<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="回访方式：从列表中选择" prompt="回访方式：从列表中选择" sqref="J6:J57"><formula1>"电话,面谈,企业微信,短信,邮件,视频"</formula1></dataValidation>'
      + '<dataValidation type="whole" operator="between" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="满意度：1（很不满意）到 5（很满意）" prompt="满意度：1（很不满意）到 5（很满意）" sqref="K6:K57"><formula1>1</formula1><formula2>5</formula2></dataValidation>'
      + '</dataValidations>');
    expect(dataValidationsXml({ ...sheet, validations: [] })).toBe('');
  });

  it('puts them after conditionalFormatting and before pageMargins in a well-formed sheet part', () => {
    const xml = newPlanSheetXml(sheet, new StylesBook(undefined), new SharedStringTable(0));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<\/sheetData><conditionalFormatting [^]*<\/conditionalFormatting><dataValidations count="3">[^]*<\/dataValidations><pageMargins /u);
  });
});
