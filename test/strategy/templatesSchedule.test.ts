import { createDefaultModel, isFormulaCell, isTierBookError, type CellValue, type PlanCell } from '../../src/engine';
import {
  createDefaultPlaybooks, parseFollowUpDays, parseYesNo, playbookForTier, readStrategyTemplates, writeStrategyTemplates, type Playbook,
} from '../../src/engine/strategy';

// The templates' structured cadence (回访周期, every N days) and dedicated-manager flag (专属客户经理), per tier.

function asValues(rows: readonly (readonly PlanCell[])[]): CellValue[][] {
  return rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
}

function addressOf(fn: () => unknown): { address?: string; en: string; zh: string } {
  try { fn(); } catch (e) {
    if (isTierBookError(e)) return { address: e.location?.address, en: e.messages['en-US'], zh: e.messages['zh-CN'] };
    throw e;
  }
  throw new Error('no error thrown');
}

const rowOf = (grid: CellValue[][], key: string, item: string): number => grid.findIndex((r) => r[0] === key && r[1] === item);

describe('templates: follow-up interval and dedicated manager per tier', () => {
  it('the default tiers: 钻石 every 30 days with a dedicated manager, 黄金 30, 白银 60, 普通 90 without', () => {
    const model = createDefaultModel();
    const playbooks = createDefaultPlaybooks();
    const perTier = model.tiers.map((_, k) => playbookForTier(playbooks, model.tiers, k)?.playbook);
    expect(perTier.map((p) => [p?.key, p?.followUpDays, p?.dedicatedManager])).toEqual([
      ['tier-diamond', 30, true], ['tier-gold', 30, false], ['tier-silver', 60, false], ['tier-standard', 90, false],
    ]);
  });

  it.each(['zh-CN', 'en-US'] as const)('writes the interval as days and the flag as yes/no in column E, described in C and D (%s)', (locale) => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), locale, createDefaultModel().factors));
    const days = grid[rowOf(grid, 'tier-diamond', locale === 'zh-CN' ? '回访周期' : 'Follow-up every')];
    expect(days).toEqual(['tier-diamond', locale === 'zh-CN' ? '回访周期' : 'Follow-up every', '每 30 天回访一次', 'A follow-up call every 30 days', 30]);
    const flag = grid[rowOf(grid, 'tier-diamond', locale === 'zh-CN' ? '专属客户经理' : 'Dedicated manager')];
    expect(flag[4]).toBe(locale === 'zh-CN' ? '是' : 'yes');
    expect(grid[rowOf(grid, 'tier-gold', locale === 'zh-CN' ? '专属客户经理' : 'Dedicated manager')][4]).toBe(locale === 'zh-CN' ? '否' : 'no');
  });

  it('reads a templates sheet written before these items existed: no interval, no flag (backward compatible)', () => {
    const old = createDefaultPlaybooks().map((p): Playbook => {
      const { followUpDays: _d, dedicatedManager: _m, ...rest } = p;
      return rest;
    });
    const grid = asValues(writeStrategyTemplates(old, 'zh-CN'));
    expect(grid.some((r) => r[1] === '回访周期' || r[1] === '专属客户经理')).toBe(false);
    const back = readStrategyTemplates(grid, '策略模板');
    expect(back).toEqual(old);
    expect(back.every((p) => p.followUpDays === undefined && p.dedicatedManager === undefined)).toBe(true);
  });

  it('reads hand edits: a changed interval as text, the flag in English, an item added to a playbook that had none', () => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), 'zh-CN'));
    grid[rowOf(grid, 'tier-silver', '回访周期')][4] = ' ４５ ';
    grid[rowOf(grid, 'tier-gold', '专属客户经理')][4] = 'Yes';
    grid.push(['low-loyalty', 'followUpDays', null, null, 14], ['low-loyalty', 'Dedicated manager', null, null, true]);
    const back = new Map(readStrategyTemplates(grid, '策略模板').map((p) => [p.key, p]));
    expect(back.get('tier-silver')?.followUpDays).toBe(45);
    expect(back.get('tier-gold')?.dedicatedManager).toBe(true);
    expect(back.get('low-loyalty')).toMatchObject({ followUpDays: 14, dedicatedManager: true });
  });

  it('names the cell of a bad interval, a bad flag and a second interval, all at once', () => {
    const grid = asValues(writeStrategyTemplates(createDefaultPlaybooks(), 'zh-CN'));
    const daysRow = rowOf(grid, 'tier-diamond', '回访周期');
    const flagRow = rowOf(grid, 'tier-gold', '专属客户经理');
    grid[daysRow][4] = 2.5;
    grid[flagRow][4] = '也许';
    grid.push(['tier-silver', '回访周期', null, null, 7]);
    const { address, en, zh } = addressOf(() => readStrategyTemplates(grid, '策略模板'));
    expect(address).toBe(`'策略模板'!E${daysRow + 1}`);
    expect(en).toContain(`'策略模板'!E${daysRow + 1}: the follow-up interval "2.5" is not a whole number of days`);
    expect(en).toContain(`'策略模板'!E${flagRow + 1}: a dedicated manager takes yes or no, not "也许"`);
    expect(en).toContain(`'策略模板'!B${grid.length}: playbook "tier-silver" has a second follow-up every row`);
    expect(zh).toContain('专属客户经理应填 是 或 否，而不是「也许」');
  });

  it('parses days and yes/no cells strictly', () => {
    expect([30, '30', '３０', 0, -1, 1.5, 'abc', null, true, 3661].map(parseFollowUpDays)).toEqual([30, 30, 30, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(['是', '否', 'yes', 'NO', true, false, 1, 0, 'y', '', null, '也许'].map(parseYesNo)).toEqual([true, false, true, false, true, false, true, false, true, undefined, undefined, undefined]);
  });
});
