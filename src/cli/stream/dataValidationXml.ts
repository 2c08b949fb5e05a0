import { cellAddress, type PlanSheet, type PlanValidation } from '../../engine';
import { escapeXmlAttribute, escapeXmlText } from './xmlText';

/** Excel's limits on a validation's input message (255) and its title (32). */
const PROMPT_LIMIT = 255;

function sqref(v: PlanValidation): string {
  const { row, column, rowCount, columnCount } = v.block;
  return `${cellAddress(row, column)}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** The rule's type, operator and formulas, as CT_DataValidation spells them. */
function ruleXml(v: PlanValidation): { attributes: string; formulas: string } {
  const rule = v.rule;
  if (rule.kind === 'date') return { attributes: 'type="date" operator="greaterThanOrEqual"', formulas: `<formula1>${rule.min}</formula1>` };
  if (rule.kind === 'wholeNumber') return { attributes: 'type="whole" operator="between"', formulas: `<formula1>${rule.min}</formula1><formula2>${rule.max}</formula2>` };
  // A list given inline is one quoted, comma-separated string (at most 255 characters in Excel).
  return { attributes: 'type="list"', formulas: `<formula1>${escapeXmlText(`"${rule.values.join(',')}"`)}</formula1>` };
}

/**
 * The sheet's validations as `<dataValidations>`: after conditionalFormatting and before pageMargins, as
 * CT_Worksheet orders them. Warnings (errorStyle="warning"), so an entry outside the rule can still be kept.
 */
export function dataValidationsXml(plan: PlanSheet): string {
  const validations = (plan.validations ?? []).filter((v) => v.block.rowCount > 0 && v.block.columnCount > 0);
  if (validations.length === 0) return '';
  const items = validations.map((v) => {
    const { attributes, formulas } = ruleXml(v);
    const prompt = escapeXmlAttribute(v.prompt.slice(0, PROMPT_LIMIT));
    return `<dataValidation ${attributes} errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" `
      + `error="${prompt}" prompt="${prompt}" sqref="${sqref(v)}">${formulas}</dataValidation>`;
  }).join('');
  return `<dataValidations count="${validations.length}">${items}</dataValidations>`;
}
