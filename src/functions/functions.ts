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
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed-type ranges to custom functions; the metadata generator only maps `any` to them. The adapters pass them straight to ./tierFunctions, which types every cell. */
import { professionalInvestorClass } from './investorType';
import { suitable } from './suitable';
import { factor, scores, tier, tiers } from './tierFunctions';

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

/**
 * Professional-investor test of CSRC Order No. 130 Art. 8 (专业投资者认定): 专业投资者, 普通投资者, or 无法判定：缺少… naming the missing fields. Amounts in RMB, 500万 = 5,000,000; leave an unknown amount empty or write - or N/A (缺失).
 * @customfunction INVESTORTYPE
 * @param investorType Investor type 客户类型: 个人 or 机构 (individual/institution); blank runs both tests.
 * @param financialAssets Financial assets 金融资产 (RMB), e.g. 5000000 or 500万.
 * @param annualIncome Average annual income, last 3 years 近三年年均收入 (RMB, individuals).
 * @param experienceYears Years of investment experience 投资经验年限.
 * @param [netAssets] Net assets at the end of last year 净资产 (RMB, institutions).
 * @param [language] Result language 结果语言: zh-CN (default) or en-US.
 * @returns 专业投资者, 普通投资者 or 无法判定：缺少… (en-US: Professional investor, Ordinary investor, Cannot determine: missing …).
 */
export function investorTypeFunction(investorType: any, financialAssets: any, annualIncome: any, experienceYears: any, netAssets?: any, language?: any): string {
  return professionalInvestorClass(investorType, financialAssets, annualIncome, experienceYears, netAssets, language);
}

/**
 * Composite tier score (综合得分) of every client row: pass the client table WITH its header row, so columns are matched by name, and the model range TierBook_Model. Spills one score per data row below the header; #N/A with the reason for rows that are not scored.
 * @customfunction SCORES
 * @param data Client table including its header row 客户数据（含表头）.
 * @param model The model range 分级模型区域 (the name TierBook_Model).
 * @returns One composite score per data row 每行一个综合得分.
 */
export function scoresFunction(data: any[][], model: any[][]): any[][] {
  return scores(data, model);
}

/**
 * Tier (客户等级) of every score in a column; quota cutoffs are computed from the whole column.
 * @customfunction TIERS
 * @param scoreColumn Scores, e.g. the spill of TIER.SCORES 分数列.
 * @param model The model range 分级模型区域 (the name TierBook_Model).
 * @returns One tier name per score 每个分数对应的等级.
 */
export function tiersFunction(scoreColumn: any[][], model: any[][]): any[][] {
  return tiers(scoreColumn, model);
}

/**
 * Tier (客户等级) of a single score; quota models use the cutoffs stored in the model sheet by the last run.
 * @customfunction TIER
 * @param score A composite score 综合得分.
 * @param model The model range 分级模型区域 (the name TierBook_Model).
 * @returns The tier name 等级名称.
 */
export function tierFunction(score: any, model: any[][]): any {
  return tier(score, model);
}

/**
 * One factor's 0–100 score (因子得分) for every client row, to explain a composite score.
 * @customfunction FACTOR
 * @param data Client table including its header row 客户数据（含表头）.
 * @param model The model range 分级模型区域 (the name TierBook_Model).
 * @param factorKey Factor key 因子键, e.g. assets, frequency, needs, risk, loyalty.
 * @returns One factor score per data row 每行一个因子得分.
 */
export function factorFunction(data: any[][], model: any[][], factorKey: string): any[][] {
  return factor(data, model, factorKey);
}
