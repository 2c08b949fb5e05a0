/*
 * Runs Office's real metadata generator (the library inside webpack's CustomFunctionsMetadataPlugin) on
 * src/functions/functions.ts, without webpack, and checks the functions.json that Excel will read.
 * To cover a new TIER.* function, add an entry to EXPECTED_FUNCTIONS.
 */
import path from 'path';
import { generateCustomFunctionsMetadata, type IFunction, type IFunctionOptions, type IGenerateResult } from 'custom-functions-metadata';
import * as functionsModule from '../../src/functions/functions';

const FUNCTIONS_SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');

interface ExpectedParameter {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'any';
  dimensionality: 'scalar' | 'matrix';
  /** Words the description must contain, so that the formula tooltip helps in both languages. */
  descriptionMentions: readonly string[];
  optional?: boolean;
}

interface ExpectedFunction {
  id: string;
  name: string;
  /** The exported TypeScript function the plugin associates with the id. */
  javascriptFunctionName: string;
  descriptionMentions: readonly string[];
  parameters: readonly ExpectedParameter[];
  result: { type: 'string' | 'number' | 'boolean' | 'any'; dimensionality: 'scalar' | 'matrix' };
  /** functions.json options; none (a pure, non-volatile calculation) unless a function states otherwise. */
  options?: IFunctionOptions;
}

const EXPECTED_FUNCTIONS: readonly ExpectedFunction[] = [
  {
    id: 'SUITABLE',
    name: 'SUITABLE',
    javascriptFunctionName: 'suitableFunction',
    descriptionMentions: ['suitable', '适当性', '最低类别'],
    parameters: [
      {
        name: 'clientRiskLevel',
        type: 'string',
        dimensionality: 'scalar',
        descriptionMentions: ['Client risk level', '客户风险等级', 'C1–C5', '保守型', '最低类别'],
      },
      {
        name: 'productRiskLevel',
        type: 'string',
        dimensionality: 'scalar',
        descriptionMentions: ['Product risk level', '产品风险等级', 'R1–R5', '低风险'],
      },
    ],
    result: { type: 'boolean', dimensionality: 'scalar' },
  },
  {
    id: 'INVESTORTYPE',
    name: 'INVESTORTYPE',
    javascriptFunctionName: 'investorTypeFunction',
    descriptionMentions: ['Professional-investor', 'Art. 8', '专业投资者', '普通投资者', '无法判定', '500万'],
    parameters: [
      { name: 'investorType', type: 'any', dimensionality: 'scalar', descriptionMentions: ['Investor type', '客户类型', '个人', '机构'] },
      // `any`, not number: "500万" must reach the function, and an empty amount must stay missing rather than 0.
      { name: 'financialAssets', type: 'any', dimensionality: 'scalar', descriptionMentions: ['Financial assets', '金融资产', '500万'] },
      { name: 'annualIncome', type: 'any', dimensionality: 'scalar', descriptionMentions: ['annual income', '近三年年均收入'] },
      { name: 'experienceYears', type: 'any', dimensionality: 'scalar', descriptionMentions: ['investment experience', '投资经验年限'] },
      { name: 'netAssets', type: 'any', dimensionality: 'scalar', optional: true, descriptionMentions: ['Net assets', '净资产', 'institutions'] },
      { name: 'language', type: 'any', dimensionality: 'scalar', optional: true, descriptionMentions: ['zh-CN', 'en-US'] },
    ],
    result: { type: 'string', dimensionality: 'scalar' },
  },
  {
    id: 'SCORES',
    name: 'SCORES',
    javascriptFunctionName: 'scoresFunction',
    descriptionMentions: ['Composite tier score', '综合得分', 'header row', '#N/A'],
    parameters: [
      { name: 'data', type: 'any', dimensionality: 'matrix', descriptionMentions: ['header row', '含表头'] },
      { name: 'model', type: 'any', dimensionality: 'matrix', descriptionMentions: ['model range', '分级模型区域', 'TierBook_Model'] },
    ],
    result: { type: 'any', dimensionality: 'matrix' },
  },
  {
    id: 'TIERS',
    name: 'TIERS',
    javascriptFunctionName: 'tiersFunction',
    descriptionMentions: ['Tier', '客户等级', 'quota'],
    parameters: [
      { name: 'scoreColumn', type: 'any', dimensionality: 'matrix', descriptionMentions: ['TIER.SCORES', '分数列'] },
      { name: 'model', type: 'any', dimensionality: 'matrix', descriptionMentions: ['model range', '分级模型区域', 'TierBook_Model'] },
    ],
    result: { type: 'any', dimensionality: 'matrix' },
  },
  {
    id: 'TIER',
    name: 'TIER',
    javascriptFunctionName: 'tierFunction',
    descriptionMentions: ['single score', '客户等级', 'cutoffs'],
    parameters: [
      { name: 'score', type: 'any', dimensionality: 'scalar', descriptionMentions: ['composite score', '综合得分'] },
      { name: 'model', type: 'any', dimensionality: 'matrix', descriptionMentions: ['model range', '分级模型区域', 'TierBook_Model'] },
    ],
    result: { type: 'any', dimensionality: 'scalar' },
  },
  {
    id: 'FACTOR',
    name: 'FACTOR',
    javascriptFunctionName: 'factorFunction',
    descriptionMentions: ['factor', '因子得分', 'explain'],
    parameters: [
      { name: 'data', type: 'any', dimensionality: 'matrix', descriptionMentions: ['header row', '含表头'] },
      { name: 'model', type: 'any', dimensionality: 'matrix', descriptionMentions: ['model range', '分级模型区域', 'TierBook_Model'] },
      { name: 'factorKey', type: 'string', dimensionality: 'scalar', descriptionMentions: ['Factor key', '因子键', 'assets'] },
    ],
    result: { type: 'any', dimensionality: 'matrix' },
  },
];

/** Absent dimensionality means scalar in functions.json. */
function dimensionalityOf(declared: { dimensionality?: string } | undefined): string {
  return declared?.dimensionality ?? 'scalar';
}

let generated: IGenerateResult;
let functionsById: Map<string, IFunction>;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  const metadata = JSON.parse(generated.metadataJson) as { functions: IFunction[] };
  functionsById = new Map(metadata.functions.map((declared) => [declared.id, declared]));
});

describe('functions.json generated from src/functions/functions.ts', () => {
  it('generates without errors', () => {
    expect(generated.errors).toEqual([]);
  });

  it('declares exactly the expected functions', () => {
    expect([...functionsById.keys()].sort()).toEqual(EXPECTED_FUNCTIONS.map((expected) => expected.id).sort());
  });

  it('uses upper-case ids that are also the names (TIER.<ID> in the formula bar)', () => {
    for (const declared of functionsById.values()) {
      expect(declared.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(declared.name).toBe(declared.id);
    }
  });

  describe.each(EXPECTED_FUNCTIONS)('TIER.$id', (expected) => {
    const declared = (): IFunction => {
      const found = functionsById.get(expected.id);
      if (!found) throw new Error(`functions.json has no function ${expected.id}`);
      return found;
    };

    it('has its name and a bilingual description', () => {
      expect(declared().name).toBe(expected.name);
      for (const word of expected.descriptionMentions) expect(declared().description).toContain(word);
    });

    it('declares its parameters in order, with types, dimensionality and descriptions', () => {
      const parameters = declared().parameters;
      expect(parameters.map((parameter) => parameter.name)).toEqual(expected.parameters.map((parameter) => parameter.name));
      expected.parameters.forEach((expectedParameter, index) => {
        const parameter = parameters[index];
        expect(parameter.type).toBe(expectedParameter.type);
        expect(dimensionalityOf(parameter)).toBe(expectedParameter.dimensionality);
        expect(parameter.optional ?? false).toBe(expectedParameter.optional ?? false);
        for (const word of expectedParameter.descriptionMentions) expect(parameter.description).toContain(word);
      });
    });

    it('declares its result type and dimensionality', () => {
      expect(declared().result?.type ?? 'any').toBe(expected.result.type); // absent type means any in functions.json
      expect(dimensionalityOf(declared().result)).toBe(expected.result.dimensionality);
    });

    it('has exactly the expected options (none for a pure calculation)', () => {
      expect(declared().options ?? {}).toEqual(expected.options ?? {});
    });

    it('is associated with an exported function of the entry module', () => {
      const association = generated.associate.find((item) => item.id === expected.id);
      expect(association?.functionName).toBe(expected.javascriptFunctionName);
      const exported: Readonly<Record<string, unknown>> = functionsModule;
      expect(typeof exported[expected.javascriptFunctionName]).toBe('function');
    });
  });
});
