import {
  createDefaultModel, isLazyPlanSheet, lazyPlanSheet, lineBreakColumns, planRowSource, rowsAround, rowsMaterialized, tierGrid, withSheetChanges,
  type PlanCell, type PlanSheet,
} from '../../src/engine';
import { buildTierStrategySheets, createDefaultPlaybooks } from '../../src/engine/strategy';
import { buildClientSnapshotSheet } from '../../src/engine/tracking/clientSnapshot';
import { buildFollowUpPlanSheet, planFollowUps } from '../../src/engine/tracking/followUpPlan';
import { CLIENT_GRID } from '../strategy/strategyFixture';

const tieredFixture = () => ({ result: tierGrid(CLIENT_GRID, createDefaultModel()), playbooks: createDefaultPlaybooks() });

const block = (count: number, wrap: number[] = []) => ({
  count, width: 3, wrapColumns: new Set(wrap), rowAt: (n: number): PlanCell[] => [`id${n}`, n, n % 2 === 0 ? 'even' : null],
});

describe('plan rows made on demand', () => {
  it('puts the head, the block and the tail in order, with the widest row and every wrapped column', () => {
    const source = rowsAround([['title'], ['a\nb', 'x', 'y', 'z']], block(3, [2]), [[], ['foot\nnote']]);
    expect(source.length).toBe(7);
    expect(source.width).toBe(4);
    expect([...source.wrapColumns]).toEqual([0, 2]);
    expect(Array.from({ length: source.length }, (_, r) => source.rowAt(r))).toEqual([
      ['title'], ['a\nb', 'x', 'y', 'z'], ['id0', 0, 'even'], ['id1', 1, null], ['id2', 2, 'even'], [], ['foot\nnote'],
    ]);
  });

  it('counts an empty block as no width', () => {
    expect(rowsAround([['only']], block(0)).width).toBe(1);
  });

  it('builds a lazy sheet\'s rows on first use only, once, equal to its rows one by one', () => {
    let made = 0;
    const sheet = lazyPlanSheet({ key: 'k', role: 'strategy', preferredName: 'S', headerRows: [0] },
      rowsAround([['h']], { ...block(2), rowAt: (n) => { made++; return block(2).rowAt(n); } }));
    expect(isLazyPlanSheet(sheet)).toBe(true);
    expect(rowsMaterialized(sheet)).toBe(false);
    const source = planRowSource(sheet);
    expect(source.rowAt(2)).toEqual(['id1', 1, null]);
    expect(made).toBe(1);
    expect(rowsMaterialized(sheet)).toBe(false);
    expect(sheet.rows).toEqual([['h'], ['id0', 0, 'even'], ['id1', 1, null]]);
    expect(sheet.rows).toBe(sheet.rows);
    expect(rowsMaterialized(sheet)).toBe(true);
    expect(made).toBe(3);
  });

  it('keeps a sheet lazy through a change of its look, and an ordinary sheet ordinary', () => {
    const sheet = lazyPlanSheet({ key: 'k', role: 'tracking', preferredName: 'S' }, rowsAround([], block(2)));
    const changed = withSheetChanges(sheet, { headerRows: [1] });
    expect(isLazyPlanSheet(changed)).toBe(true);
    expect(rowsMaterialized(sheet)).toBe(false);
    expect(changed.headerRows).toEqual([1]);
    expect(changed.key).toBe('k');
    expect(changed.rows).toEqual([['id0', 0, 'even'], ['id1', 1, null]]);
    const plain: PlanSheet = { key: 'p', role: 'summary', preferredName: 'P', rows: [['x\ny']] };
    const plainChanged = withSheetChanges(plain, { freezeRows: 1 });
    expect(isLazyPlanSheet(plainChanged)).toBe(false);
    expect(plainChanged).toEqual({ ...plain, freezeRows: 1 });
    expect([...planRowSource(plain).wrapColumns]).toEqual([0]);
  });
});

/** The wrapped columns a lazy sheet declares are exactly those a pass over its built rows finds. */
function expectDeclaredWrapToMatchRows(sheet: PlanSheet): void {
  const declared = [...planRowSource(sheet).wrapColumns];
  expect({ key: sheet.key, wrap: declared }).toEqual({ key: sheet.key, wrap: [...lineBreakColumns(sheet.rows)] });
  expect({ key: sheet.key, width: planRowSource(sheet).width }).toEqual({ key: sheet.key, width: Math.max(0, ...sheet.rows.map((r) => r.length)) });
}

describe('a lazy sheet tells its wrapped columns without building its rows, and tells them right', () => {
  it('tier sheets: a name with a line break wraps its column, the others do not', () => {
    const { result, playbooks } = tieredFixture();
    const names = result.table.ids.map((id, i) => (i === 1 ? `第一行\n第二行` : `客户${id}`));
    const sheets = buildTierStrategySheets(result, playbooks, 'zh-CN', { extraColumns: { name: names } });
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(isLazyPlanSheet(sheet)).toBe(true);
      expectDeclaredWrapToMatchRows(sheet);
    }
    const withBreak = sheets.find((s) => s.rows.some((r) => r[1] === '第一行\n第二行'));
    expect(withBreak && [...planRowSource(withBreak).wrapColumns]).toContain(1);
  });

  it('the snapshot and the follow-up plan: ids with a line break wrap, others not', () => {
    const { result } = tieredFixture();
    const snapshot = buildClientSnapshotSheet(result, 46000, 'en-US');
    expect(isLazyPlanSheet(snapshot)).toBe(true);
    expectDeclaredWrapToMatchRows(snapshot);
    const ids = result.table.ids.map((id, i) => (i === 0 ? `${id}\nx` : id));
    const clients = { ids, tierIndex: result.tierIndex, scores: result.scores, managers: ids.map(() => 'M\nN') };
    const options = { runDate: 46000, followUpDays: result.model.tiers.map(() => 30), lastContact: new Map<string, number>() };
    const plan = buildFollowUpPlanSheet(clients, planFollowUps(clients, options), result.model, options, 'zh-CN');
    expect(isLazyPlanSheet(plan)).toBe(true);
    expectDeclaredWrapToMatchRows(plan);
    expect([...planRowSource(plan).wrapColumns]).toEqual([0, 3]);
  });
});
