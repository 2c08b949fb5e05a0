import type { CellValue } from '../../src/engine/cell/cellValue';
import { text } from '../../src/engine/i18n/locale';
import type { TierModel } from '../../src/engine/model/types';
import { tierGrid } from '../../src/engine/run/tierClients';
import { createDefaultPlaybooks } from '../../src/engine/strategy';
import { readExtraColumns } from '../../src/engine/table/extraColumns';
import { MANAGER_LOAD_HEADER_ROW } from '../../src/engine/tracking/managerLoadSheet';
import { buildManagerOutput, dedicatedTiers } from '../../src/engine/tracking/managerOutput';
import type { RosterManager } from '../../src/engine/tracking/managerRoster';

/** One min-max factor over 0…100: a client's score is its assets; 钻石 ≥ 75, 黄金 ≥ 50, 普通 below. */
const model: TierModel = {
  idColumn: '客户号',
  factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'minmax' }],
  tiers: [{ name: '钻石', minScore: 75, label: text('钻石', 'Diamond') }, { name: '黄金', minScore: 50 }, { name: '普通', minScore: 0 }],
  missing: 'exclude',
};

const GRID: CellValue[][] = [
  ['客户号', '客户姓名', '总资产', '营业部', '理财经理'],
  ['K01', '甲', 100, '上海', null],
  ['K02', '乙', 90, '北京', '王芳'],
  ['K03', '丙', 80, '上海', '赵敏'], // 赵敏 is off duty: needs a proposal
  ['K04', '丁', 60, '上海', null], // 黄金 needs none with the default templates
  ['K05', '戊', 0, '上海', null],
  ['K06', '己', 95, '广州', null], // 广州 has no manager: goes elsewhere, least loaded
];

const roster: RosterManager[] = [
  { name: '王芳', branch: '北京', onDuty: true, capacity: [2, 10, 10], row: 5 },
  { name: '李雷', branch: '上海', onDuty: true, capacity: [1, 10, 10], row: 6 },
  { name: '赵敏', branch: '上海', onDuty: false, capacity: [5, 5, 5], row: 7 },
];

describe('manager output: the 建议客户经理 column and the load sheet', () => {
  const result = tierGrid(GRID, model, 'Clients');
  const extras = readExtraColumns(GRID, result.table.layout, ['name', 'branch', 'manager'], result.table.rowNumbers, model);

  it('finds the manager column by its alias', () => {
    expect(result.table.layout.extras.manager).toEqual({ index: 4, header: '理财经理', kind: 'alias' });
  });

  it('requires a dedicated manager for the tiers whose playbook says so (the top tier, by name or rank)', () => {
    expect(dedicatedTiers(createDefaultPlaybooks(), model)).toEqual([true, false, false]);
  });

  it.each(['zh-CN', 'en-US'] as const)('proposes, fills the column on client rows only, and tables the load and the unplaced (%s)', (locale) => {
    const out = buildManagerOutput(result, createDefaultPlaybooks(), roster, extras, 1, GRID.length - 1, locale);
    // 钻石: K01 100 (上海 → 李雷), K06 95 (广州: 王芳 has 1 (K02), 李雷 1 → 李雷 is full (cap 1) → 王芳), K03 80 (上海: 李雷 full → 王芳 full (2) → unplaced).
    expect(out.proposal.proposed).toEqual(['李雷', null, null, null, null, '王芳']);
    expect(out.proposal.unplaced).toEqual([{ client: 2, reason: 'full' }]);
    expect(out.column.header).toBe(locale === 'zh-CN' ? '建议客户经理' : 'Proposed manager');
    expect(Array.from({ length: out.column.length }, (_, o) => out.column.cellAt(o))).toEqual(['李雷', null, null, null, null, '王芳']);
    const { rows } = out.sheet;
    expect(out.sheet.role).toBe('tracking');
    expect(rows[MANAGER_LOAD_HEADER_ROW]).toEqual(locale === 'zh-CN'
      ? ['客户经理', '营业部', '在岗', '等级', '现有客户', '建议新增', '合计', '容量', '剩余']
      : ['Account manager', 'Branch', 'On duty', 'Tier', 'Current clients', 'Proposed', 'Total', 'Capacity', 'Spare']);
    const diamond = locale === 'zh-CN' ? '钻石' : 'Diamond';
    expect(rows.slice(MANAGER_LOAD_HEADER_ROW + 1, MANAGER_LOAD_HEADER_ROW + 4)).toEqual([
      ['王芳', '北京', locale === 'zh-CN' ? '是' : 'yes', diamond, 1, 1, 2, 2, 0],
      ['王芳', '北京', locale === 'zh-CN' ? '是' : 'yes', '黄金', 0, 0, 0, 10, 10],
      ['王芳', '北京', locale === 'zh-CN' ? '是' : 'yes', '普通', 0, 0, 0, 10, 10],
    ]);
    const last = rows[rows.length - 1];
    expect(last).toEqual(['K03', '丙', diamond, '上海', locale === 'zh-CN' ? '在岗客户经理的该等级容量已满' : 'every manager on duty is at capacity for this tier']);
    expect(rows[1][0]).toBe(locale === 'zh-CN'
      ? '须配备专属客户经理而没有（或其经理不在岗）的客户 3 名，已建议 2 名；建议写在客户表「建议客户经理」列，不改动客户自己的经理列'
      : '3 clients who need a dedicated manager had none on duty; 2 got a proposal, in the client sheet\'s "Proposed manager" column (the client\'s own manager cell is never changed)');
  });

  it('without a roster every client with no manager is listed as unplaced; a manager the roster does not know is kept', () => {
    const out = buildManagerOutput(result, createDefaultPlaybooks(), [], extras, 1, GRID.length - 1, 'en-US');
    expect(out.proposal.unplaced.map((u) => [result.table.ids[u.client], u.reason])).toEqual([['K01', 'noRoster'], ['K06', 'noRoster']]);
  });
});
