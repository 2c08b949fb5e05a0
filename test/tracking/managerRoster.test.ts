import { createDefaultModel, isFormulaCell, type CellValue, type PlanCell } from '../../src/engine';
import { buildManagerRosterSheet, readManagerRoster, writeManagerRoster } from '../../src/engine/tracking/managerRoster';
import { MANAGER_ROSTER_MARKER, ROSTER_HEADER_ROW } from '../../src/engine/tracking/rosterLabels';

const model = createDefaultModel();

function asValues(rows: readonly (readonly PlanCell[])[]): CellValue[][] {
  return rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
}

/** A written roster with the example row replaced by these rows. */
function roster(rows: CellValue[][], locale: 'zh-CN' | 'en-US' = 'zh-CN'): CellValue[][] {
  return [...asValues(writeManagerRoster(model, locale)).slice(0, ROSTER_HEADER_ROW + 1), ...rows];
}

describe('manager roster (客户经理名册)', () => {
  it.each(['zh-CN', 'en-US'] as const)('is written once with its marker, a header per tier and an example nobody is given to (%s)', (locale) => {
    const sheet = buildManagerRosterSheet(model, locale);
    expect(sheet.role).toBe('model');
    expect(sheet.preferredName).toBe(locale === 'zh-CN' ? '客户经理名册' : 'Account Managers');
    expect(sheet.rows[1]).toEqual([MANAGER_ROSTER_MARKER, 1]);
    expect(sheet.rows[ROSTER_HEADER_ROW]).toEqual(locale === 'zh-CN'
      ? ['客户经理', '营业部', '在岗', '钻石', '黄金', '白银', '普通']
      : ['Account manager', 'Branch', 'On duty', '钻石', '黄金', '白银', '普通']);
    const back = readManagerRoster(asValues(sheet.rows), sheet.preferredName, model);
    expect(back.problems).toEqual([]);
    expect(back.managers).toEqual([{ name: locale === 'zh-CN' ? '示例经理' : 'Example Manager', branch: locale === 'zh-CN' ? '示例营业部' : 'Example branch',
      onDuty: false, capacity: [30, 80, 150, 300], row: ROSTER_HEADER_ROW + 1 }]);
  });

  it('reads managers, capacities by tier header (in any column order, by name or label), blank 在岗 as on duty', () => {
    const grid = roster([['王芳', '上海分公司', '是', 10, 20], ['Li Lei', '北京营业部', null, 5, null, 'note', 7]]);
    grid[ROSTER_HEADER_ROW] = ['客户经理', '营业部', '在岗', 'Gold', '钻石', '备注', '白银'];
    const { managers, problems } = readManagerRoster(grid, '客户经理名册', { tiers: model.tiers.map((t, k) => (k === 1 ? { ...t, label: { 'zh-CN': '黄金', 'en-US': 'Gold' } } : t)) });
    expect(problems).toEqual([]);
    expect(managers.map((m) => [m.name, m.branch, m.onDuty, m.capacity])).toEqual([
      ['王芳', '上海分公司', true, [20, 10, 0, 0]],
      ['Li Lei', '北京营业部', true, [0, 5, 7, 0]],
    ]);
  });

  it('reports a duplicate manager, a capacity that is not a whole number, a manager on no 营业部 and a bad 在岗 with their cells, and reads on', () => {
    const grid = roster([
      ['王芳', '上海分公司', '是', 10, 20, 30, 40],
      ['Ｗ芳', '上海分公司', '是', 1, 1, 1, 1],
      ['张伟', null, '是', 2.5, '十', -1, '8'],
      ['王芳 ', '北京', '否', 1, 1, 1, 1],
      ['赵敏', '北京', '休假', 3, 3, 3, 3],
      [null, '北京', '是', 3],
    ]);
    const { managers, problems } = readManagerRoster(grid, '客户经理名册', model);
    expect(managers.map((m) => [m.name, m.onDuty, m.capacity])).toEqual([
      ['王芳', true, [10, 20, 30, 40]], ['Ｗ芳', true, [1, 1, 1, 1]], ['张伟', true, [0, 0, 0, 8]], ['赵敏', false, [3, 3, 3, 3]],
    ]);
    expect(problems.map((p) => `${p.address}: ${p.message['en-US']}`)).toEqual([
      "'客户经理名册'!B8: the manager \"张伟\" has no branch (营业部)",
      "'客户经理名册'!D8: the capacity \"2.5\" is not a whole number of clients; read as 0",
      "'客户经理名册'!E8: the capacity \"十\" is not a whole number of clients; read as 0",
      "'客户经理名册'!F8: the capacity \"-1\" is not a whole number of clients; read as 0",
      "'客户经理名册'!A9: the manager \"王芳\" is listed twice (first on row 6); this row was not read",
      "'客户经理名册'!C10: on duty takes yes or no, not \"休假\"; read as not on duty",
      "'客户经理名册'!A11: the manager's name is empty; the row was not read",
    ]);
    expect(problems[0].message['zh-CN']).toBe('客户经理「张伟」没有营业部');
  });

  it('a roster whose header row was deleted reads as empty, with the problem at the marker', () => {
    const grid = roster([['王芳', '上海分公司', '是', 10]]);
    grid[ROSTER_HEADER_ROW] = ['姓名', '营业部'];
    const { managers, problems } = readManagerRoster(grid, 'R', model);
    expect(managers).toEqual([]);
    expect(problems.map((p) => p.address)).toEqual(['R!A2']);
  });
});
