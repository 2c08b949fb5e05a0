import {
  TierBookError, createDefaultModel, findModelProblems, tierGrid, validateModel, type ModelProblem,
} from '../../src/engine';

// The minimum model, exactly as the documentation writes it.
const MINIMUM_THRESHOLD = '{ "idColumn": "客户号", "factors": [ { "key": "assets", "column": "总资产", "weight": 35, "scale": "percentile" } ], "tiers": [ { "name": "钻石", "minScore": 80 }, { "name": "普通", "minScore": 0 } ], "missing": "zero" }';
const MINIMUM_QUOTA = '{ "idColumn": "客户号", "factors": [ { "key": "assets", "column": "总资产", "weight": 35, "scale": "percentile" } ], "tiers": [ { "name": "A", "topShare": 0.05 }, { "name": "B", "topShare": 0.2 }, { "name": "D" } ], "missing": "zero" }';
const WITH_DIRECTION_AND_CATEGORIES = '{ "idColumn": "客户号", "factors": [ { "key": "assets", "column": "总资产", "weight": 35, "scale": "percentile", "direction": "lower" }, { "key": "risk", "column": "风险等级", "weight": 15, "scale": "category", "categories": { "C1": 0, "C2": 25 } } ], "tiers": [ { "name": "钻石", "minScore": 80 }, { "name": "普通", "minScore": 0 } ], "missing": "zero" }';

/** A valid model as a plain object, for tests to break one thing at a time. */
function validModel(): Record<string, unknown> {
  return JSON.parse(MINIMUM_THRESHOLD) as Record<string, unknown>;
}

function withFactor(factor: Record<string, unknown>): Record<string, unknown> {
  return { ...validModel(), factors: [factor] };
}

function withTiers(tiers: unknown[]): Record<string, unknown> {
  return { ...validModel(), tiers };
}

/** The one problem at `path`; fails when there is not exactly one there. */
function problemAt(problems: ModelProblem[], path: string): ModelProblem {
  const found = problems.filter((p) => p.path === path);
  if (found.length !== 1) throw new Error(`expected one problem at ${path}, got ${JSON.stringify(problems)}`);
  return found[0];
}

const factor = { key: 'assets', column: '总资产', weight: 35, scale: 'percentile' };

describe('model validation accepts the documented minimum', () => {
  it.each([
    ['threshold tiers', MINIMUM_THRESHOLD],
    ['quota tiers', MINIMUM_QUOTA],
    ['direction and categories', WITH_DIRECTION_AND_CATEGORIES],
  ])('accepts the minimum model with %s, exactly as written', (_, json) => {
    const input: unknown = JSON.parse(json);
    expect(findModelProblems(input)).toEqual([]);
    expect(validateModel(input)).toBe(input);
  });

  it('accepts createDefaultModel()', () => {
    expect(findModelProblems(createDefaultModel())).toEqual([]);
  });
});

describe('model validation rejects with clear messages in both languages', () => {
  it('an unknown scale', () => {
    const p = problemAt(findModelProblems(withFactor({ ...factor, scale: 'percentil' })), 'factors[0].scale');
    expect(p.message['en-US']).toContain('unknown scale "percentil"');
    expect(p.message['en-US']).toContain('percentile, minmax, log or category');
    expect(p.message['zh-CN']).toContain('未知的计分方式 "percentil"');
  });

  it('a negative weight', () => {
    const p = problemAt(findModelProblems(withFactor({ ...factor, weight: -5 })), 'factors[0].weight');
    expect(p.message['en-US']).toContain('cannot be negative (-5)');
    expect(p.message['zh-CN']).toContain('权重不能为负数（-5）');
  });

  it('a weight that is not a number', () => {
    const p = problemAt(findModelProblems(withFactor({ ...factor, weight: '35' })), 'factors[0].weight');
    expect(p.message['en-US']).toContain('must be a number');
  });

  it('all weights zero', () => {
    const model = { ...validModel(), factors: [{ ...factor, weight: 0 }, { ...factor, key: 'frequency', column: '年交易次数', weight: 0 }] };
    const p = problemAt(findModelProblems(model), 'factors');
    expect(p.message['en-US']).toContain('all weights are zero');
    expect(p.message['zh-CN']).toContain('所有权重都为 0');
  });

  it('thresholds not descending', () => {
    const problems = findModelProblems(withTiers([{ name: 'A', minScore: 60 }, { name: 'B', minScore: 80 }, { name: 'C', minScore: 0 }]));
    const p = problemAt(problems, 'tiers[1].minScore');
    expect(p.message['en-US']).toContain('tiers out of order: "B" has minScore 80, not below the previous tier\'s 60');
    expect(p.message['zh-CN']).toContain('等级顺序错误');
  });

  it('two equal thresholds', () => {
    const problems = findModelProblems(withTiers([{ name: 'A', minScore: 60 }, { name: 'B', minScore: 60 }, { name: 'C', minScore: 0 }]));
    expect(problemAt(problems, 'tiers[1].minScore').message['en-US']).toContain('out of order');
  });

  it('quota shares not ascending', () => {
    const problems = findModelProblems(withTiers([{ name: 'A', topShare: 0.5 }, { name: 'B', topShare: 0.2 }, { name: 'C' }]));
    const p = problemAt(problems, 'tiers[1].topShare');
    expect(p.message['en-US']).toContain('tiers out of order: topShare is cumulative from the top, so 0.2 must exceed 0.5');
    expect(p.message['zh-CN']).toContain('累计比例');
  });

  it('a quota share outside (0, 1]', () => {
    const problems = findModelProblems(withTiers([{ name: 'A', topShare: 1.5 }, { name: 'B' }]));
    expect(problemAt(problems, 'tiers[0].topShare').message['en-US']).toContain('within (0, 1]');
  });

  it('a quota tier other than the last without a share', () => {
    const problems = findModelProblems(withTiers([{ name: 'A' }, { name: 'B', topShare: 0.5 }, { name: 'C' }]));
    expect(problemAt(problems, 'tiers[0].topShare').message['en-US']).toContain('every tier but the last needs a topShare');
  });

  it('mixed tier kinds', () => {
    const problems = findModelProblems(withTiers([{ name: 'A', minScore: 80 }, { name: 'B', topShare: 0.5 }, { name: 'C' }]));
    const p = problemAt(problems, 'tiers');
    expect(p.message['en-US']).toContain('cannot mix minScore (thresholds) and topShare (quotas)');
    expect(p.message['zh-CN']).toContain('不能混用');
  });

  it('a category factor without its categories map', () => {
    const p = problemAt(findModelProblems(withFactor({ key: 'risk', column: '风险等级', weight: 15, scale: 'category' })), 'factors[0].categories');
    expect(p.message['en-US']).toContain('a category factor needs a categories map');
    expect(p.message['zh-CN']).toContain('分类因子需要 categories 映射');
  });

  it('a category score outside 0–100', () => {
    const p = problemAt(findModelProblems(withFactor({ key: 'risk', column: '风险等级', weight: 15, scale: 'category', categories: { C1: 0, C2: 120 } })), 'factors[0].categories.C2');
    expect(p.message['en-US']).toContain('from 0 to 100');
  });

  it('duplicate factor keys', () => {
    const model = { ...validModel(), factors: [factor, { ...factor, column: '日均资产' }] };
    const p = problemAt(findModelProblems(model), 'factors[1].key');
    expect(p.message['en-US']).toContain('factor key "assets" is used twice');
    expect(p.message['zh-CN']).toContain('重复');
  });

  it('duplicate tier names', () => {
    const p = problemAt(findModelProblems(withTiers([{ name: '钻石', minScore: 80 }, { name: '钻石', minScore: 0 }])), 'tiers[1].name');
    expect(p.message['en-US']).toContain('tier name "钻石" is used twice');
    expect(p.message['zh-CN']).toContain('等级名称「钻石」重复');
  });

  it('an unknown direction and an unknown missing policy', () => {
    const problems = findModelProblems({ ...withFactor({ ...factor, direction: 'down' }), missing: 'skip' });
    expect(problemAt(problems, 'factors[0].direction').message['en-US']).toContain('"higher" or "lower"');
    expect(problemAt(problems, 'missing').message['en-US']).toContain('"zero" or "exclude"');
  });

  it('no factors, no tiers, not an object', () => {
    expect(problemAt(findModelProblems({ ...validModel(), factors: [] }), 'factors').message['en-US']).toContain('at least one factor');
    expect(problemAt(findModelProblems({ ...validModel(), tiers: [] }), 'tiers').message['en-US']).toContain('at least one tier');
    expect(problemAt(findModelProblems([]), '').message['en-US']).toContain('JSON object');
  });

  it('every problem at once, in a TierBookError that lists them in both languages', () => {
    const broken = { ...validModel(), factors: [{ ...factor, scale: 'percentil', weight: -1 }] };
    const problems = findModelProblems(broken);
    expect(problems.map((p) => p.path).sort()).toEqual(['factors[0].scale', 'factors[0].weight']);
    let error: unknown;
    try { validateModel(broken, 'model.json'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(TierBookError);
    const e = error as TierBookError;
    expect(e.code).toBe('INVALID_MODEL');
    expect(e.messageIn('en-US')).toContain('invalid model (model.json)');
    expect(e.messageIn('en-US')).toContain('factors[0].scale: unknown scale');
    expect(e.messageIn('en-US')).toContain('factors[0].weight: the weight cannot be negative');
    expect(e.messageIn('zh-CN')).toContain('模型无效（model.json）');
    expect(e.messageIn('zh-CN')).toContain('未知的计分方式');
    expect(e.details).toHaveLength(2);
  });

  it('gives every message in both languages', () => {
    const everythingWrong = { idColumn: '', missing: 'x', factors: [{ key: '', column: '', weight: -1, scale: 'category' }], tiers: [{ name: '' }] };
    const problems = findModelProblems(everythingWrong);
    expect(problems.length).toBeGreaterThan(4);
    for (const p of problems) {
      expect(p.message['zh-CN'].length).toBeGreaterThan(0);
      expect(p.message['en-US'].length).toBeGreaterThan(0);
      expect(p.message['zh-CN']).not.toBe(p.message['en-US']);
    }
  });
});

describe('createDefaultModel', () => {
  it('reads the CSRC risk labels 保守型…激进型 as C1–C5', () => {
    const model = createDefaultModel();
    const header = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
    const labels = ['保守型', '谨慎型', '稳健型', '积极型', '激进型', 'C1', 'C2', 'C3', 'C4', 'C5'];
    const grid = [header, ...labels.map((risk, i) => [`K${i}`, 1000, 10, '专业投资', risk, 3])];
    const result = tierGrid(grid, model);
    const risk = Array.from(result.factorScores[3]);
    // C1 = 0, C2 = 25, C3 = 50, C4 = 75, C5 = 100, and each label scores like its level
    expect(risk).toEqual([0, 25, 50, 75, 100, 0, 25, 50, 75, 100]);
    expect(result.issues.filter((i) => i.problem === 'unknown_category')).toEqual([]);
  });
});
