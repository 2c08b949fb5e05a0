import { createDefaultModel, isFormulaCell, isTierBookError, type CellValue, type PlanCell } from '../../src/engine';
import {
  buildStrategyTemplatesSheet, createDefaultPlaybooks, readStrategyTemplates, TEMPLATE_HEADER_ROW, writeStrategyTemplates, type Playbook,
} from '../../src/engine/strategy';

/** What a spreadsheet hands back: plain values (the templates sheet has no formulas). */
function asValues(rows: readonly (readonly PlanCell[])[]): CellValue[][] {
  return rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
}

function errorOf(fn: () => unknown): { en: string; zh: string; code: string; address?: string } {
  try { fn(); } catch (e) {
    if (isTierBookError(e)) return { en: e.messages['en-US'], zh: e.messages['zh-CN'], code: e.code, address: e.location?.address };
    throw e;
  }
  throw new Error('no error thrown');
}

/** 0-based row of the n-th (0-based) row whose key and item match. */
function rowOf(grid: CellValue[][], key: string, item: string, n = 0): number {
  const rows = grid.map((r, i) => ({ r, i })).filter(({ r }) => r[0] === key && r[1] === item);
  return rows[n].i;
}

const minimal: Playbook = {
  key: 'vip-only', title: { 'zh-CN': 'VIP 客户', 'en-US': 'VIP clients' },
  audience: [{ kind: 'tier', names: ['VIP'] }, { kind: 'factor', factor: 'assets', min: 12.5, max: 99 }],
  actions: [{ 'zh-CN': '=先打电话', 'en-US': '+call first' }],
};

describe('strategy templates sheet', () => {
  it.each(['zh-CN', 'en-US'] as const)('round-trips the default playbooks losslessly (%s)', (locale) => {
    const playbooks = createDefaultPlaybooks();
    const rows = writeStrategyTemplates(playbooks, locale, createDefaultModel().factors);
    expect(readStrategyTemplates(asValues(rows), locale === 'zh-CN' ? '策略模板' : 'Strategy Templates')).toEqual(playbooks);
  });

  it('round-trips a playbook without optional parts, formula-looking text and fractional bounds', () => {
    const rows = writeStrategyTemplates([minimal], 'en-US');
    const back = readStrategyTemplates(asValues(rows), 'T');
    expect(back).toEqual([minimal]);
    expect(Object.keys(back[0]).sort()).toEqual(['actions', 'audience', 'key', 'title']);
  });

  it('is a plan sheet with its header, marker and localized labels', () => {
    const sheet = buildStrategyTemplatesSheet(createDefaultPlaybooks(), 'zh-CN');
    expect(sheet.preferredName).toBe('策略模板');
    expect(sheet.rows[1]).toEqual(['TIERBOOK-STRATEGIES', 1]);
    expect(sheet.rows[TEMPLATE_HEADER_ROW]).toEqual(['策略键', '项目', '中文', '英文', '规则 / 风险等级']);
    expect(sheet.headerRows).toEqual([TEMPLATE_HEADER_ROW]);
    const hnwAudience = sheet.rows.find((r) => r[0] === 'hnw' && r[1] === '适用对象');
    expect(hnwAudience).toEqual(['hnw', '适用对象', '资产规模因子分 ≥ 80', 'Asset size factor score ≥ 80', 'factor:assets>=80']);
    expect(buildStrategyTemplatesSheet(createDefaultPlaybooks(), 'en-US').rows.find((r) => r[0] === 'hnw' && r[1] === 'Product')?.[4]).toMatch(/^R[1-5]$/u);
  });

  it('reads hand edits: changed text, a new product, items in either language, rows out of order, only one language filled', () => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), 'zh-CN'));
    grid[rowOf(grid, 'hnw', '服务动作', 1)][2] = '改写后的投顾建议';
    grid.push(['hnw', 'product', '黄金 ETF', 'Gold ETFs', 'ｒ３'], ['ordinary', 'KPI', '开户转化率', null], ['new', 'Action', null, 'Call back'], ['new', '标题', '新策略', 'New']);
    const back = readStrategyTemplates(grid, '策略模板');
    const hnw = back.find((p) => p.key === 'hnw');
    expect(hnw?.actions[1]).toEqual({ 'zh-CN': '改写后的投顾建议', 'en-US': createDefaultPlaybooks().find((p) => p.key === 'hnw')?.actions[1]['en-US'] });
    expect(hnw?.products?.at(-1)).toEqual({ category: { 'zh-CN': '黄金 ETF', 'en-US': 'Gold ETFs' }, riskRating: 3 });
    expect(back.find((p) => p.key === 'ordinary')?.kpis?.at(-1)).toEqual({ 'zh-CN': '开户转化率', 'en-US': '开户转化率' });
    expect(back.at(-1)).toEqual({ key: 'new', title: { 'zh-CN': '新策略', 'en-US': 'New' }, audience: [], actions: [{ 'zh-CN': 'Call back', 'en-US': 'Call back' }] });
  });

  it('names the cell of every problem, in both languages', () => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), 'zh-CN'));
    const cadence = rowOf(grid, 'growth', '联系频率');
    grid.splice(cadence + 1, 0, ['growth', '联系频率', '每周', 'Weekly']);
    const rating = rowOf(grid, 'hnw', '推荐产品');
    const rule = rowOf(grid, 'high-risk', '适用对象');
    const item = rowOf(grid, 'ordinary', '服务动作');
    grid[rating][4] = 'R7';
    grid[rule][4] = 'factor:risk>=200';
    grid[item][1] = '备注';
    const e = errorOf(() => readStrategyTemplates(grid, '策略模板'));
    expect(e.code).toBe('INVALID_MODEL_SHEET');
    expect(e.address).toBe(`'策略模板'!B${cadence + 2}`);
    // An unknown R-level is not a templates error: the compliance check reports it (docs/suitability.md §5).
    expect(e.en).not.toContain('R7');
    expect(e.en).toContain(`'策略模板'!B${cadence + 2}: playbook "growth" has a second cadence (the first is on row ${cadence + 1})`);
    expect(e.en).toContain(`'策略模板'!E${rule + 1}: the score 200 in the rule "factor:risk>=200" is not between 0 and 100`);
    expect(e.en).toContain(`'策略模板'!B${item + 1}: the item "备注" is not one of Title, Audience`);
  });

  it('reports a missing title, no actions, an empty key and empty texts, but not a product without rating', () => {
    const grid = asValues(writeStrategyTemplates([minimal], 'en-US'));
    const title = rowOf(grid, 'vip-only', 'Title');
    const action = rowOf(grid, 'vip-only', 'Action');
    grid[title][1] = 'Action';
    grid[action] = [null, 'Action', 'x', 'x'];
    grid.push(['vip-only', 'KPI', ' ', null], ['vip-only', 'Product', 'Funds', 'Funds'], ['solo', 'Title', 'Solo', 'Solo']);
    const e = errorOf(() => readStrategyTemplates(grid, 'Strategy Templates'));
    expect(e.en).toContain(`'Strategy Templates'!A${action + 1}: the playbook key is empty`);
    expect(e.en).toContain(`'Strategy Templates'!C${grid.length - 2}: both the Chinese and the English text are empty`);
    expect(e.en).not.toContain('risk rating');
    expect(e.en).toContain(`'Strategy Templates'!A${grid.length}: playbook "solo" needs at least one action`);
    expect(e.en).toContain(`'Strategy Templates'!A${title + 1}: playbook "vip-only" has no title row`);
    expect(e.zh).toContain('缺少标题行');
  });

  it('keeps a product with no or an unknown R-level, unrated, with its cell, for the compliance check', () => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), 'zh-CN'));
    const rating = rowOf(grid, 'hnw', '推荐产品');
    const blank = rowOf(grid, 'tier-gold', '推荐产品');
    grid[rating][4] = 'R7';
    grid[blank][4] = null;
    const back = readStrategyTemplates(grid, '策略模板');
    const hnw = back.find((p) => p.key === 'hnw')?.products?.[0];
    expect(hnw).toEqual({ category: { 'zh-CN': grid[rating][2], 'en-US': grid[rating][3] }, riskRating: undefined, unrated: { cell: `'策略模板'!E${rating + 1}`, typed: 'R7' } });
    expect(back.find((p) => p.key === 'tier-gold')?.products?.[0].unrated).toEqual({ cell: `'策略模板'!E${blank + 1}`, typed: '' });
    // Written back as typed, so the unknown level is not replaced by a guess.
    expect(asValues(writeStrategyTemplates(back, 'zh-CN'))[rating][4]).toBe('R7');
  });

  it('rejects a sheet that is not a templates sheet, or has no header or no playbooks', () => {
    expect(errorOf(() => readStrategyTemplates([['hello']], 'Sheet1')).en).toContain('no TIERBOOK-STRATEGIES marker in A1:A10');
    expect(errorOf(() => readStrategyTemplates([['TIERBOOK-STRATEGIES', 1]], 'Sheet1')).en).toContain("Sheet1!A1: the header row");
    const empty = asValues(writeStrategyTemplates([], 'zh-CN'));
    expect(errorOf(() => readStrategyTemplates(empty, '策略模板')).en).toContain(`'策略模板'!A${TEMPLATE_HEADER_ROW + 1}: the sheet holds no playbooks`);
  });
});
