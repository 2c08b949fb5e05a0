import { createDefaultModel, isFormulaCell, isTierBookError, tierGrid, type CellValue, type TierModel } from '../../src/engine';
import type { PlanSheet } from '../../src/engine/plan/outputPlan';
import {
  buildStrategyOverviewSheet, buildTierStrategySheets, createDefaultPlaybooks, DEFAULT_MAX_CLIENTS_PER_SHEET,
} from '../../src/engine/strategy';
import { CLIENT_GRID, clientRows, NAMES, rowStarting, sheetText } from './strategyFixture';

const playbooks = createDefaultPlaybooks();
const result = tierGrid(CLIENT_GRID, createDefaultModel());
const letterModel = (minScores: number[]): TierModel => ({ ...createDefaultModel(), tiers: minScores.map((minScore, k) => ({ name: 'ABCD'[k], minScore })) });
const ids = (sheet: PlanSheet): CellValue[] => clientRows(sheet).map((r) => r[0] as CellValue);

describe('buildStrategyOverviewSheet', () => {
  it('lists each default tier with its playbook (zh-CN)', () => {
    const sheet = buildStrategyOverviewSheet(result, playbooks, 'zh-CN');
    expect(sheet).toMatchObject({ key: 'strategy', role: 'strategy', preferredName: '服务策略', headerRows: [2], freezeRows: 3 });
    expect(sheet.rows[2]).toEqual(['等级', '客户数', '服务策略', '匹配依据', '服务动作', '联系频率', '服务渠道', '推荐产品', '考核指标']);
    const tiers = sheet.rows.slice(3, 7);
    expect(tiers.map((r) => r.slice(0, 4))).toEqual([
      ['钻石', 2, '钻石客户服务方案', '按等级名'], ['黄金', 1, '黄金客户服务方案', '按等级名'],
      ['白银', 2, '白银客户服务方案', '按等级名'], ['普通', 3, '普通客户服务方案', '按等级名'],
    ]);
    expect(tiers[0][4]).toMatch(/^1\. 配备专属客户经理/u);
    expect(String(tiers[0][4]).split('\n')).toHaveLength(playbooks[0].actions.length);
    expect(tiers[0][5]).toBe('每月至少一次主动联系，每季度一次资产检视');
    expect(String(tiers[3][7]).split('\n')).toEqual(['货币市场基金（R1）', '债券基金（R2）', '国债逆回购（R1）']);
    expect(sheetText(sheet)).toContain('产品风险等级（R1–R5）不高于客户风险承受等级（C1–C5）');
    expect(sheetText(sheet)).not.toContain('未分级');
  });

  it('speaks English (en-US)', () => {
    const sheet = buildStrategyOverviewSheet(result, playbooks, 'en-US');
    expect(sheet.preferredName).toBe('Service Strategies');
    expect(sheet.rows[2][0]).toBe('Tier');
    expect(sheet.rows.slice(3, 7).map((r) => [r[0], r[2]])).toEqual([
      ['Diamond', 'Diamond client service plan'], ['Gold', 'Gold client service plan'], ['Silver', 'Silver client service plan'], ['Standard', 'Standard client service plan'],
    ]);
    expect(String(sheet.rows[6][7])).toContain('Money-market funds (R1)');
    expect(sheetText(sheet)).not.toMatch(/[，。；（]/u);
  });

  it('falls back by rank for tier names no template knows', () => {
    const r = tierGrid(CLIENT_GRID, letterModel([80, 60, 40, 0]));
    const sheet = buildStrategyOverviewSheet(r, playbooks, 'en-US');
    expect(sheet.rows.slice(3, 7).map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['A', 2, 'High-net-worth client service', 'by tier position (no template names this tier)'],
      ['B', 1, 'Growth client development', 'by tier position (no template names this tier)'],
      ['C', 2, 'Growth client development', 'by tier position (no template names this tier)'],
      ['D', 3, 'Standard client service', 'by tier position (no template names this tier)'],
    ]);
    const none = buildStrategyOverviewSheet(r, playbooks.filter((p) => p.key !== 'growth'), 'zh-CN');
    expect(none.rows[4].slice(2, 5)).toEqual(['（无匹配策略：请在策略模板中添加）', null, null]);
  });

  it('counts clients left without a tier', () => {
    const grid = CLIENT_GRID.map((row) => [...row]);
    grid[3][2] = null;
    const r = tierGrid(grid, { ...createDefaultModel(), missing: 'exclude' });
    expect(sheetText(buildStrategyOverviewSheet(r, playbooks, 'zh-CN'))).toContain('另有 1 名客户未分级');
    expect(sheetText(buildStrategyOverviewSheet(r, playbooks, 'en-US'))).toContain('1 more client has no tier');
    expect(buildTierStrategySheets(r, playbooks, 'zh-CN').flatMap(ids)).not.toContain('C003');
  });
});

describe('buildTierStrategySheets', () => {
  const zh = buildTierStrategySheets(result, playbooks, 'zh-CN', { extraColumns: { name: NAMES } });
  const en = buildTierStrategySheets(result, playbooks, 'en-US', { extraColumns: { name: NAMES } });

  it('makes one sheet per tier, keyed by tier name and named in the locale', () => {
    expect(zh.map((s) => [s.key, s.role, s.preferredName])).toEqual([
      ['strategy:钻石', 'strategy', '策略-钻石'], ['strategy:黄金', 'strategy', '策略-黄金'], ['strategy:白银', 'strategy', '策略-白银'], ['strategy:普通', 'strategy', '策略-普通'],
    ]);
    expect(en.map((s) => [s.key, s.preferredName])).toEqual([
      ['strategy:钻石', 'Strategy-Diamond'], ['strategy:黄金', 'Strategy-Gold'], ['strategy:白银', 'Strategy-Silver'], ['strategy:普通', 'Strategy-Standard'],
    ]);
  });

  it('puts the playbook block on top (zh-CN)', () => {
    const diamond = zh[0];
    expect(diamond.rows[0]).toEqual(['钻石 — 服务策略与客户名单']);
    expect(diamond.rows[rowStarting(diamond, '服务策略')]).toEqual(['服务策略', '钻石客户服务方案', '按等级名']);
    expect(diamond.rows[rowStarting(diamond, '适用对象')]).toEqual(['适用对象', '等级为 钻石 / Diamond']);
    const actions = rowStarting(diamond, '服务动作');
    expect(diamond.rows[actions][1]).toMatch(/^1\. 配备专属客户经理/u);
    expect(diamond.rows[actions + 1]).toEqual([null, expect.stringMatching(/^2\. 由持牌投资顾问/u)]);
    expect(diamond.rows[rowStarting(diamond, '联系频率')]).toEqual(['联系频率', '每月至少一次主动联系，每季度一次资产检视']);
    expect(diamond.rows[rowStarting(diamond, '推荐产品')]).toEqual(['推荐产品', '券商集合资管计划', 'R3']);
    expect(sheetText(diamond)).toContain('增值服务'); // the high-loyalty half of 钻石
  });

  it('lists the tier\'s clients by score, highest first, with name, raw factor values and score', () => {
    const silver = zh[2];
    const header = silver.headerRows?.[1] ?? -1;
    expect(silver.headerRows?.[0]).toBe(0);
    expect(silver.rows[header - 1]).toEqual(['本等级共 2 名客户，按综合分从高到低排列']);
    expect(silver.rows[header]).toEqual(['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '综合分', '适用的因子策略']);
    const rows = clientRows(silver);
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['C004', '赵六', 500000, 80, '专业投资', 'C3', 6],
      ['C003', '王五', 800000, 120, '基础理财', 'C3', 8],
    ]);
    expect(rows[0][7]).toBeCloseTo(result.scores[3], 12);
    expect(rows[1][7]).toBeCloseTo(result.scores[2], 12);
    expect(Number(rows[0][7])).toBeGreaterThan(Number(rows[1][7]));
    expect(silver.numberFormats).toEqual({ 7: '0.00' });
    expect(ids(zh[0])).toEqual(['C001', 'C002']);
    expect(ids(zh[1])).toEqual(['C008']);
    expect(ids(zh[3])).toEqual(['C005', 'C006', 'C007']);
    expect(clientRows(zh[3])[2][8]).toBe('普通客户服务、低频交易客户、基础理财需求客户、低风险偏好客户、低忠诚度客户挽留');
  });

  it('speaks English in labels and headers, keeping the sheet\'s own column headers', () => {
    const silver = en[2];
    const header = silver.headerRows?.[1] ?? -1;
    expect(silver.rows[0]).toEqual(['Silver: service playbook and clients']);
    expect(silver.rows[rowStarting(silver, 'Playbook')]).toEqual(['Playbook', 'Silver client service plan', 'by tier name']);
    expect(silver.rows[header - 1]).toEqual(['This tier has 2 clients, listed by score, highest first']);
    expect(silver.rows[header].slice(-2)).toEqual(['Score', 'Factor playbooks that apply']);
    expect(silver.rows[header][0]).toBe('客户号');
    expect(clientRows(en[0])[0][8]).toBe('High-net-worth client service; High-frequency traders; Clients with professional needs; High risk appetite; Loyal clients');
  });

  it('leaves the name column out when the caller supplies no names', () => {
    const sheets = buildTierStrategySheets(result, playbooks, 'zh-CN');
    const silver = sheets[2];
    expect(silver.rows[silver.headerRows?.[1] ?? -1]).toEqual(['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '综合分', '适用的因子策略']);
    expect(clientRows(silver)[0].slice(0, 2)).toEqual(['C004', 500000]);
    expect(silver.numberFormats).toEqual({ 6: '0.00' });
  });

  it('puts extra columns after the name, headed by the sheet\'s header or the key', () => {
    const branch = NAMES.map((_, i) => (i % 2 === 0 ? '上海分公司' : null));
    const sheets = buildTierStrategySheets(result, playbooks, 'zh-CN', { extraColumns: { 营业部: branch, name: NAMES } });
    expect(sheets[0].rows[sheets[0].headerRows?.[1] ?? -1].slice(0, 3)).toEqual(['客户号', '客户姓名', '营业部']);
    expect(clientRows(sheets[0]).map((r) => r.slice(0, 3))).toEqual([['C001', '张三', '上海分公司'], ['C002', '李四', null]]);
  });

  it('keeps a formula-looking name as a plain string cell', () => {
    const row = clientRows(zh[3]).find((r) => r[0] === 'C007');
    expect(row?.[1]).toBe('=HYPERLINK("http://x")');
    expect(typeof row?.[1]).toBe('string');
    expect(isFormulaCell(row?.[1] ?? null)).toBe(false);
    for (const sheet of [...zh, ...en]) for (const r of sheet.rows) for (const c of r) expect(isFormulaCell(c)).toBe(false);
  });

  it('caps the listed clients per sheet and says so', () => {
    expect(DEFAULT_MAX_CLIENTS_PER_SHEET).toBe(50_000);
    const capped = buildTierStrategySheets(result, playbooks, 'zh-CN', { maxClientsPerSheet: 1 });
    expect(capped.map(ids)).toEqual([['C001'], ['C008'], ['C004'], ['C005']]);
    expect(sheetText(capped[3])).toContain('本等级共 3 名客户，已达每表上限，仅按综合分从高到低列出前 1 名');
    expect(sheetText(capped[1])).toContain('本等级共 1 名客户，按综合分从高到低排列');
    const cappedEn = buildTierStrategySheets(result, playbooks, 'en-US', { maxClientsPerSheet: 2 });
    expect(ids(cappedEn[3])).toEqual(['C005', 'C006']);
    expect(sheetText(cappedEn[3])).toContain('This tier has 3 clients; only the top 2 by score are listed (the per-sheet limit)');
    expect(sheetText(cappedEn[0])).not.toContain('per-sheet limit');
    expect(buildTierStrategySheets(result, playbooks, 'en-US', { maxClientsPerSheet: 0 }).map(ids)).toEqual([[], [], [], []]);
  });

  it('lists tied scores in sheet order', () => {
    const grid: CellValue[][] = [CLIENT_GRID[0], ['X1', null, 100, 1, '基础理财', 'C1', 1], ['X2', null, 900, 9, '专业投资', 'C5', 9], ['X3', null, 900, 9, '专业投资', 'C5', 9]];
    const r = tierGrid(grid, { ...createDefaultModel(), tiers: [{ name: 'All', minScore: 0 }] });
    expect(r.scores[1]).toBe(r.scores[2]);
    expect(ids(buildTierStrategySheets(r, playbooks, 'en-US')[0])).toEqual(['X2', 'X3', 'X1']);
  });

  it('falls back by rank for unknown tiers and handles a tier without clients', () => {
    const r = tierGrid(CLIENT_GRID, letterModel([95, 90, 0]));
    const sheets = buildTierStrategySheets(r, playbooks, 'en-US');
    expect(sheets.map((s) => [s.key, s.preferredName])).toEqual([['strategy:A', 'Strategy-A'], ['strategy:B', 'Strategy-B'], ['strategy:C', 'Strategy-C']]);
    expect(sheets.map((s) => s.rows[rowStarting(s, 'Playbook')][1])).toEqual(['High-net-worth client service', 'Growth client development', 'Standard client service']);
    expect(ids(sheets[1])).toEqual([]);
    expect(sheetText(sheets[1])).toContain('No clients in this tier');
    // The sheet's own playbook is not repeated among the factor playbooks that apply.
    expect(clientRows(sheets[0])[0][7]).toBe('High-frequency traders; Clients with professional needs; High risk appetite; Loyal clients');
  });

  it('gives tiers valid, unique sheet names of at most 31 characters', () => {
    const model: TierModel = { ...createDefaultModel(), tiers: [
      { name: 'VIP/超级:客户[一]?*\\', minScore: 90 }, { name: 'x'.repeat(40), minScore: 60 }, { name: `${'x'.repeat(40)}y`, minScore: 30 }, { name: "'quoted'", minScore: 0 },
    ] };
    const sheets = buildTierStrategySheets(tierGrid(CLIENT_GRID, model), playbooks, 'en-US');
    const names = sheets.map((s) => s.preferredName);
    expect(names[0]).toBe('Strategy-VIP_超级_客户_一____');
    expect(names[1]).toBe(`Strategy-${'x'.repeat(22)}`);
    expect(names[2]).toBe(`Strategy-${'x'.repeat(18)} (2)`);
    expect(names[3]).toBe("Strategy-'quoted");
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/u);
    }
    expect(sheets.map((s) => s.key)).toEqual(model.tiers.map((t) => `strategy:${t.name}`));
  });

  it('rejects extra columns that do not line up with the clients, and a bad limit', () => {
    const error = (fn: () => unknown): string => {
      try { fn(); } catch (e) { return isTierBookError(e) ? `${e.code}: ${e.messages['en-US']} / ${e.messages['zh-CN']}` : 'other'; }
      return 'none';
    };
    expect(error(() => buildTierStrategySheets(result, playbooks, 'zh-CN', { extraColumns: { name: NAMES.slice(1) } })))
      .toBe('INTERNAL: the extra column "name" has 7 values for 8 clients / 附加列「name」有 7 个值，但客户有 8 名');
    expect(error(() => buildTierStrategySheets(result, playbooks, 'zh-CN', { maxClientsPerSheet: -1 }))).toContain('non-negative integer, not -1');
    expect(error(() => buildTierStrategySheets(result, playbooks, 'zh-CN', { maxClientsPerSheet: 2.5 }))).toContain('INTERNAL');
  });
});
