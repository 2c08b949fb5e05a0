/// <reference types="custom-functions-runtime" />
/*
 * Entry point of the TIER.* custom functions (namespace TIER, set in manifest.xml).
 *
 * How registration works: webpack's CustomFunctionsMetadataPlugin reads the JSDoc below to generate
 * functions.json, and its loader appends `CustomFunctions.associate("<ID>", <function>)` for every
 * `@customfunction` to this file's source. So: do NOT call CustomFunctions.associate here (that would
 * register the id twice), and do not move the tagged functions into other files (the plugin only reads
 * this one).
 *
 * Extension point for more TIER.* functions (SCORES, TIERS, TIER, FACTOR, ...):
 *   - add a top-level `export function` here, tagged `@customfunction <ID>` with the id in UPPER case,
 *     with `@param` and `@returns` for every argument and the result;
 *   - keep it a one-line adapter: the work lives in its own module (like ./suitable.ts), which parses the
 *     cell values, calls the pure engine and throws CustomFunctions.Error with a bilingual message;
 *   - add the function's expected metadata to test/functions/metadata.test.ts.
 * These functions run in Excel's JavaScript-only custom-functions runtime (no DOM, no Office.js, no
 * Excel.run): they must be pure functions of their arguments. See docs/architecture.md.
 */
import { suitable } from './suitable';

/**
 * Whether a product of the given risk level is suitable for a client of the given risk level (投资者适当性匹配): C1 may buy R1, C2 up to R2, … C5 up to R5; the lowest category (最低类别) may buy R1 only.
 * @customfunction SUITABLE
 * @param clientRiskLevel Client risk level 客户风险等级: C1–C5, 保守型/谨慎型/稳健型/积极型/激进型, or 最低类别.
 * @param productRiskLevel Product risk level 产品风险等级: R1–R5, or 低风险/中低风险/中风险/中高风险/高风险.
 * @returns TRUE if the client may buy the product, FALSE if not.
 */
export function suitableFunction(clientRiskLevel: string, productRiskLevel: string): boolean {
  return suitable(clientRiskLevel, productRiskLevel);
}
