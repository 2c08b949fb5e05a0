/// <reference types="custom-functions-runtime" />
/*
 * TIER.SUITABLE: investor–product suitability matching (投资者适当性匹配).
 *
 * The rule and the label parsing live in the engine (src/engine/suitability/); this module only adapts them:
 *   1. isSuitable          the matching rule on bare levels (C1..C5 or 最低类别 × R1..R5), default rules;
 *   2. parse*RiskLevel     turning what a user typed into a level, or undefined (re-exported from the engine);
 *   3. suitable            the custom-function adapter that throws CustomFunctions.Error.
 */
import { text, type LocalizedText } from '../engine/i18n/locale';
import {
  isSuitable as isSuitableForClient,
  normaliseRiskLabel,
  parseClientRiskLevel,
  parseProductRiskLevel,
  type ClientRiskLevel,
  type ProductRiskLevel,
} from '../engine/suitability';

export { normaliseRiskLabel, parseClientRiskLevel, parseProductRiskLevel, type ClientRiskLevel, type ProductRiskLevel };

/** The matching rule: a client at Cn may buy products R1..Rn; the lowest category R1 only. */
export function isSuitable(clientLevel: ClientRiskLevel, productLevel: ProductRiskLevel): boolean {
  return isSuitableForClient(clientLevel, { riskLevel: productLevel });
}

/** Cell text as typed; numbers are accepted as text so that the error message can show them. */
function cellText(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** Excel shows one message string, so both languages go into it: English first, then Chinese. */
export function bilingualMessage(message: LocalizedText): string {
  return `${message['en-US']} / ${message['zh-CN']}`;
}

/** A #VALUE! error whose message tells the user which argument was wrong, in both languages. */
export function invalidValueError(message: LocalizedText): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, bilingualMessage(message));
}

function badClientRiskLevel(raw: unknown): LocalizedText {
  const shown = cellText(raw);
  return text(
    `客户风险等级 "${shown}" 不是 C1–C5`,
    `clientRiskLevel "${shown}" is not C1–C5`,
  );
}

function badProductRiskLevel(raw: unknown): LocalizedText {
  const shown = cellText(raw);
  return text(
    `产品风险等级 "${shown}" 不是 R1–R5`,
    `productRiskLevel "${shown}" is not R1–R5`,
  );
}

/** TIER.SUITABLE's body: parses both arguments, throws #VALUE! naming the bad one, then applies the rule. */
export function suitable(clientRiskLevel: unknown, productRiskLevel: unknown): boolean {
  const clientLevel = parseClientRiskLevel(clientRiskLevel);
  if (clientLevel === undefined) throw invalidValueError(badClientRiskLevel(clientRiskLevel));
  const productLevel = parseProductRiskLevel(productRiskLevel);
  if (productLevel === undefined) throw invalidValueError(badProductRiskLevel(productRiskLevel));
  return isSuitable(clientLevel, productLevel);
}
