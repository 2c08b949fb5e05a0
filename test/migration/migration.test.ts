import type { CellValue } from '../../src/engine/cell/cellValue';
import { text } from '../../src/engine/i18n/locale';
import type { TierModel } from '../../src/engine/model/types';
import { tierClientTable, tierGrid } from '../../src/engine/run/tierClients';
import {
  buildMigrationColumns, buildMigrationSheet, CHANGE_MARKS, compareScenarios, migrateTiers, readPreviousTiers, tiersById,
  type MatrixColumnKey, type MatrixRowKey,
} from '../../src/engine/migration';

/** One min-max factor over values 0…100, so each client's score is its value and the tiers are easy to place by hand. */
function model(cutoffs: [number, number]): TierModel {
  return {
    idColumn: '客户号',
    factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'minmax' }],
    tiers: [
      { name: 'A', minScore: cutoffs[0], label: text('甲级', 'Alpha') },
      { name: 'B', minScore: cutoffs[1], label: text('乙级', 'Beta') },
      { name: 'C', minScore: 0, label: text('丙级', 'Gamma') },
    ],
    missing: 'exclude',
  };
}

/*
 * This run (A ≥ 75, B ≥ 50, C ≥ 0):            previous run:                mark
 *   K01 100 → A                                  A                            =
 *   K02  80 → A                                  B                            ↑
 *   K03  60 → B                                  甲级 (A's label)             ↓
 *   K04  55 → B                                  b (B, lower case)            =
 *   K05  30 → C                                  B                            ↓
 *   K06   0 → C                                  '' (no tier)                 ?
 *   K07  90 → A                                  —                            new
 *   K08  10 → C                                  —                            new
 *   K09  -- → untiered (missing: exclude)        B                            ?
 *   K12  70 → B                                  Z (not a tier any more)      ?
 *   gone: K10 (was A), K11 (was C)
 */
const NOW: CellValue[][] = [
  ['客户号', '总资产'],
  ['K01', 100], ['K02', 80], ['K03', 60], ['K04', 55], ['K05', 30], ['K06', 0], ['K07', 90], ['K08', 10], ['K09', '--'], ['K12', 70],
];

const PREVIOUS = new Map<string, string>([
  ['K01', 'A'], ['K02', 'B'], ['K03', '甲级'], ['K04', 'b'], ['K05', 'B'], ['K06', ''], ['K09', 'B'], ['K10', 'A'], ['K11', 'C'], ['K12', 'Z'],
]);

const result = tierGrid(NOW, model([75, 50]));
const migration = migrateTiers(PREVIOUS, result);

function keyText(key: MatrixRowKey | MatrixColumnKey): string {
  return key.kind === 'tier' || key.kind === 'other' ? key.name : key.kind;
}

describe('migrateTiers on two hand-built runs', () => {
  it('places this run as planned', () => {
    expect(Array.from(result.tierIndex)).toEqual([0, 0, 1, 1, 2, 2, 0, 2, -1, 1]);
  });

  it('marks each client', () => {
    expect(Array.from(migration.marks, (m) => CHANGE_MARKS[m])).toEqual(['same', 'up', 'down', 'same', 'down', 'unranked', 'new', 'new', 'unranked', 'unranked']);
    expect(migration.previousTiers).toEqual(['A', 'B', '甲级', 'b', 'B', '', undefined, undefined, 'B', 'Z']);
  });

  it('lists the gone ids in the previous order and counts everything', () => {
    expect(migration.gone).toEqual(['K10', 'K11']);
    expect(migration.counts).toEqual({ up: 1, down: 2, same: 2, new: 2, unranked: 3, gone: 2 });
  });

  it('builds the from × to matrix with totals', () => {
    const m = migration.matrix;
    expect(m.rows.map(keyText)).toEqual(['A', 'B', 'C', 'Z', 'untiered', 'new']);
    expect(m.columns.map(keyText)).toEqual(['A', 'B', 'C', 'untiered', 'gone']);
    expect(m.counts).toEqual([
      // A  B  C  untiered gone
      [1, 1, 0, 0, 1], // A: K01, K03, K10
      [1, 1, 1, 1, 0], // B: K02, K04, K05, K09
      [0, 0, 0, 0, 1], // C: K11
      [0, 1, 0, 0, 0], // Z: K12
      [0, 0, 1, 0, 0], // untiered: K06
      [1, 0, 1, 0, 0], // new: K07, K08
    ]);
    expect(m.rowTotals).toEqual([3, 4, 1, 1, 1, 2]);
    expect(m.columnTotals).toEqual([3, 3, 3, 1, 2]);
    expect(m.total).toBe(12); // 10 clients now + 2 gone
  });

  it('keeps every model tier row and the new row even when empty, and drops an empty untiered column', () => {
    // K01 (100) and K02 (80) alone: min-max over 80…100 scores them 100 → A and 0 → C.
    const plain = migrateTiers(new Map([['K01', 'A']]), tierGrid(NOW.slice(0, 3), model([75, 50])));
    expect(plain.matrix.rows.map(keyText)).toEqual(['A', 'B', 'C', 'new']);
    expect(plain.matrix.columns.map(keyText)).toEqual(['A', 'B', 'C', 'gone']);
    expect(plain.matrix.counts).toEqual([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]]);
  });
});

describe('the migration sheet', () => {
  const sheet = buildMigrationSheet(migration, result.model, 'zh-CN');

  it('writes the counts line, the labelled matrix and the totals', () => {
    expect(sheet.rows[1]).toEqual(['上调 ↑ 1，下调 ↓ 2，不变 = 2，新增 2，流失 2，无法比较 ? 3']);
    expect(sheet.rows.slice(3, 11)).toEqual([
      ['上次 \\ 本次', '甲级', '乙级', '丙级', '未分级', '流失客户', '合计'],
      ['甲级', 1, 1, 0, 0, 1, 3],
      ['乙级', 1, 1, 1, 1, 0, 4],
      ['丙级', 0, 0, 0, 0, 1, 1],
      ['Z', 0, 1, 0, 0, 0, 1],
      ['未分级', 0, 0, 1, 0, 0, 1],
      ['新增客户', 1, 0, 1, 0, 0, 2],
      ['合计', 3, 3, 3, 1, 2, 12],
    ]);
  });

  it('has the migration role and the heat-map block over the matrix body only', () => {
    expect(sheet).toMatchObject({ key: 'migration', role: 'migration', preferredName: '等级迁移', headerRows: [0, 3] });
    expect(sheet.heatMap).toEqual({ row: 4, column: 1, rowCount: 6, columnCount: 5 });
    expect(sheet.rows[sheet.heatMap.row][sheet.heatMap.column]).toBe(1);
    expect(sheet.rows[sheet.heatMap.row + sheet.heatMap.rowCount][0]).toBe('合计');
  });

  it('speaks English', () => {
    const en = buildMigrationSheet(migration, result.model, 'en-US');
    expect(en.rows[3]).toEqual(['Previous \\ Now', 'Alpha', 'Beta', 'Gamma', 'Untiered', 'Gone clients', 'Total']);
    expect(en.rows[9][0]).toBe('New clients');
  });
});

describe('the client-sheet columns', () => {
  it('shows the previous tier and the mark on client rows', () => {
    const [previous, change] = buildMigrationColumns(result, migration, 1, 11, 'zh-CN');
    const cells = (c: typeof previous): unknown[] => Array.from({ length: 11 }, (_, o) => c.cellAt(o));
    expect(change.header).toBe('等级变动');
    expect(cells(change)).toEqual(['=', '↑', '↓', '=', '↓', '?', '新增', '新增', '?', '?', null]);
    expect(cells(previous)).toEqual(['A', 'B', '甲级', 'b', 'B', null, null, null, 'B', 'Z', null]);
  });
});

describe('compareScenarios (what-if)', () => {
  // Raising A's bar to 85 moves K02 (80) down to B and nothing else.
  const stricter = tierClientTable(result.table, model([85, 50]));

  it('counts the moves on the same table', () => {
    const c = compareScenarios(result, stricter);
    expect(c.moved).toBe(1);
    expect(c.counts).toEqual({ up: 0, down: 1, same: 8, new: 0, unranked: 1, gone: 0 });
    expect(c.matrix.counts).toEqual([
      [2, 1, 0, 0, 0],
      [0, 3, 0, 0, 0],
      [0, 0, 3, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('gives the same answer by id on separately built tables', () => {
    expect(compareScenarios(tierGrid(NOW, model([75, 50])), tierGrid(NOW, model([85, 50])))).toEqual(compareScenarios(result, stricter));
  });

  it('moves up the other way round', () => {
    const c = compareScenarios(stricter, result);
    expect(c.counts.up).toBe(1);
    expect(c.moved).toBe(1);
  });

  it('finds new and gone clients when the client lists differ', () => {
    const before = tierGrid([NOW[0], ...NOW.slice(1, 6)], model([75, 50])); // K01–K05
    const after = tierGrid([NOW[0], ...NOW.slice(3, 8)], model([75, 50])); // K03–K07
    const c = compareScenarios(before, after);
    expect(c.counts).toMatchObject({ new: 2, gone: 2 });
    // Min-max over 30…100: K02 (80) → 71.4 → B; K03 (60) → 42.9 and K04 (55) → 35.7 → C; K05 → 0 → C.
    expect(tiersById(before)).toEqual(new Map([['K01', 'A'], ['K02', 'B'], ['K03', 'C'], ['K04', 'C'], ['K05', 'C']]));
  });
});

describe('readPreviousTiers', () => {
  const previousOutput: CellValue[][] = [
    ['客户明细（上次 TierBook 输出）', null, null, null],
    ['客户号', '总资产', '综合得分', '客户等级'],
    ['K01', 100, 100, '钻石'],
    [1002, 50, 50, '白银'],
    ['K03', 0, null, null],
    [null, 5, 5, '普通'],
    ['K01', 1, 1, '普通'],
    ['合计', 151, null, null],
  ];

  it('reads id → tier below the header, ids as text, blank tiers as ""', () => {
    const read = readPreviousTiers(previousOutput);
    expect(read.headerRow).toBe(2);
    expect(read.tiers).toEqual(new Map([['K01', '钻石'], ['1002', '白银'], ['K03', '']]));
    expect(read.duplicates).toEqual(['K01']);
  });

  it('reads the English tier header and a chosen one', () => {
    expect(readPreviousTiers([['client_id', 'Tier'], ['X', 'Gold']]).tiers.get('X')).toBe('Gold');
    expect(readPreviousTiers([['编号', '上期等级'], ['X', '黄金']], { idHeader: '编号', tierHeader: '上期等级' }).tiers.get('X')).toBe('黄金');
  });

  it('throws COLUMN_NOT_FOUND without a tier column', () => {
    expect(() => readPreviousTiers([['客户号', '总资产']], {}, '上次结果')).toThrow(expect.objectContaining({ code: 'COLUMN_NOT_FOUND' }));
  });
});
