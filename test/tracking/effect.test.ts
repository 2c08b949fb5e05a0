import type { CellValue } from '../../src/engine/cell/cellValue';
import { serialOfIsoDate } from '../../src/engine/cell/parseDateCell';
import { text } from '../../src/engine/i18n/locale';
import type { TierModel } from '../../src/engine/model/types';
import { composeOutputPlan, type AddinOutputChoices } from '../../src/engine/plan/composeOutputPlan';
import { KEPT_SHEET_KEYS } from '../../src/engine/plan/markerNames';
import type { PlanCell } from '../../src/engine/plan/planCell';
import { tierGrid } from '../../src/engine/run/tierClients';
import { buildClientSnapshotSheet, readClientSnapshot, SNAPSHOT_MARKER, type ClientSnapshot } from '../../src/engine/tracking/clientSnapshot';
import { computeEffectFigures, readPlannedRows, type PlannedRow } from '../../src/engine/tracking/effectFigures';
import { buildEffectHistorySheet, readEffectHistory } from '../../src/engine/tracking/effectHistory';
import { buildEffectSheet, EFFECT_RUNS_SHOWN } from '../../src/engine/tracking/effectSheet';
import { buildFollowUpPlanSheet } from '../../src/engine/tracking/followUpPlan';
import type { ContactEntry } from '../../src/engine/tracking/serviceLog';
import { CLIENT_SNAPSHOT_SHEET_KEY, EFFECT_HISTORY_SHEET_KEY } from '../../src/engine/tracking/trackingKeys';

const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
const RUN = day('2026-09-30');
const model: TierModel = {
  idColumn: '客户号', factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'minmax' }], // 0…100: score = assets
  tiers: [{ name: '钻石', minScore: 75, label: text('钻石', 'Diamond') }, { name: '黄金', minScore: 50, label: text('黄金', 'Gold') }, { name: '普通', minScore: 0 }],
  missing: 'exclude',
};
// Now: A 钻石 100, B 钻石 90, C 黄金 60, D 黄金 55, E 普通 0, F untiered (no assets).
const GRID: CellValue[][] = [['客户号', '总资产'], ['A', 100], ['B', 90], ['C', 60], ['D', 55], ['E', 0], ['F', null]];
// At the previous run (2026-08-31): G has gone since, H's tier is no tier of this model.
const SNAPSHOT: ClientSnapshot = {
  runDate: day('2026-08-31'),
  tiers: new Map([['a', '钻石'], ['b', '黄金'], ['c', '钻石'], ['d', '黄金'], ['e', '黄金'], ['f', '普通'], ['g', '钻石'], ['h', 'Platinum']]),
  assets: new Map([['a', 120], ['b', 70], ['c', 80], ['d', 50], ['e', 10], ['f', 5], ['g', 200], ['h', 1]]),
};
const contact = (id: string, iso: string, satisfaction: CellValue, manager: string | null = null): ContactEntry => ({
  id, name: null, tier: null, manager, date: iso, serial: day(iso), way: '电话', satisfaction, note: null, address: 'x',
});
// The previous plan: A (last 08-01) and B due 08-31, C (last 08-20) due 09-19, E due 10-10 (after this run), X (gone) 09-01.
const PLANNED: PlannedRow[] = [
  { id: 'A', tier: '钻石', manager: '王芳', lastContact: day('2026-08-01'), due: day('2026-08-31') },
  { id: 'B', tier: 'Gold', manager: '李雷', due: day('2026-08-31') },
  { id: 'C', tier: '钻石', manager: '王芳', lastContact: day('2026-08-20'), due: day('2026-09-19') },
  { id: 'E', tier: '黄金', manager: null, due: day('2026-10-10') },
  { id: 'X', tier: '普通', manager: '李雷', due: day('2026-09-01') },
];
const LOGGED = [
  contact('A', '2026-08-01', 3), contact('C', '2026-08-20', 4), // before the period: neither rated now
  contact('A', '2026-09-10', 5, '王芳'), contact('X', '2026-09-02', 4), // typed into the log in the period
];
const ADDED = [
  contact('B', '2026-09-05', 2, '李雷'),
  contact('C', '2026-08-15', 1), // harvested now, so in the period; but older than the plan's 上次回访: C's due row stays open
  contact('E', '2026-10-02', 4), // after the run date: nowhere
];

describe('effect figures (效果评估)', () => {
  const result = tierGrid(GRID, model);
  const inputs = {
    runDate: RUN, snapshot: SNAPSHOT, planned: PLANNED, logged: LOGGED, added: ADDED,
    ownManagers: ['王芳', null, '王芳', null, null, null], managers: ['王芳', '李雷', '王芳', null, null, null], rosterManagers: ['李雷', '王芳', '张伟'],
  };

  it('counts clients, assets, completion, satisfaction, moves and retention per tier, by hand', () => {
    const figures = computeEffectFigures(result, inputs);
    expect(figures.periodStart).toBe(day('2026-08-31'));
    const [diamond, gold, standard] = figures.tiers;
    // 钻石: A, B now (190); due A (done: 09-10 is after its 08-01) and C (open: its latest, 08-20, is not newer than 08-20);
    // rated A 5 and B 2; B came up from 黄金, C went down; of A, C, G before only A is still there: 120 → 100.
    expect(diamond).toEqual({
      tier: 0, clients: 2, assetsTotal: 190, assetsAverage: 95, scoreAverage: 95, due: 2, done: 1, completion: 0.5, rated: 2, satisfaction: 3.5,
      upIn: 1, downIn: 0, upOut: 0, downOut: 1, previousClients: 3, retained: 1, retention: 1 / 3,
      retainedBefore: 120, retainedNow: 100, retainedChange: -20, retainedChangeRate: -20 / 120,
    });
    // 黄金: C, D now (115); B's row (labelled "Gold") due and done; rated C 1; C came down, B went up, E went down;
    // of B, D, E before, B (above now) and D stay: 70 + 50 → 90 + 55.
    expect(gold).toEqual({
      tier: 1, clients: 2, assetsTotal: 115, assetsAverage: 57.5, scoreAverage: 57.5, due: 1, done: 1, completion: 1, rated: 1, satisfaction: 1,
      upIn: 0, downIn: 1, upOut: 1, downOut: 1, previousClients: 3, retained: 2, retention: 2 / 3,
      retainedBefore: 120, retainedNow: 145, retainedChange: 25, retainedChangeRate: 25 / 120,
    });
    // 普通: E now; X's row due and done (a contact on 09-02); E came down; F (普通 before) is untiered now: lost.
    expect(standard).toEqual({
      tier: 2, clients: 1, assetsTotal: 0, assetsAverage: 0, scoreAverage: 0, due: 1, done: 1, completion: 1, rated: 0, satisfaction: null,
      upIn: 0, downIn: 1, upOut: 0, downOut: 0, previousClients: 1, retained: 0, retention: 0,
      retainedBefore: 0, retainedNow: 0, retainedChange: 0, retainedChangeRate: null,
    });
  });

  it('credits a contact to the manager it names, else the client\'s own; due rows to the manager they show', () => {
    expect(computeEffectFigures(result, inputs).managers).toEqual([
      { manager: '张伟', book: 0, served: 0, due: 0, done: 0, completion: null, rated: 0, satisfaction: null },
      { manager: '李雷', book: 1, served: 1, due: 2, done: 2, completion: 1, rated: 1, satisfaction: 2 },
      { manager: '王芳', book: 2, served: 2, due: 2, done: 1, completion: 0.5, rated: 2, satisfaction: 3 }, // A 5 and C's 1 (C is hers)
      { manager: null, book: 2, served: 1, due: 0, done: 0, completion: null, rated: 1, satisfaction: 4 }, // D, E; X's typed contact
    ]);
  });

  it('leaves moves, retention and logged contacts out without a snapshot', () => {
    const { snapshot: _, ...first } = inputs;
    const figures = computeEffectFigures(result, first);
    expect(figures.periodStart).toBeUndefined();
    expect(figures.tiers[0]).toMatchObject({ upIn: null, retention: null, retainedChange: null, rated: 1, satisfaction: 2 }); // B's harvested 2 only
  });

  it('reads a follow-up plan\'s rows back as the run wrote them', () => {
    const clients = { ids: ['A', 'B'], tierIndex: [0, 1], scores: [100, 90], managers: ['王芳', null] };
    const options = { runDate: RUN, followUpDays: [30, 30, 90], lastContact: new Map([['a', day('2026-09-10')]]) };
    const sheet = buildFollowUpPlanSheet(clients, [{ client: 0, due: day('2026-10-10'), lastContact: day('2026-09-10'), priority: 3, reasons: ['scheduled'] },
      { client: 1, due: RUN, priority: 2, reasons: ['firstContact'] }], model, options, 'en-US');
    expect(readPlannedRows(sheet.rows as CellValue[][])).toEqual([
      { id: 'A', tier: 'Diamond', manager: '王芳', lastContact: day('2026-09-10'), due: day('2026-10-10') },
      { id: 'B', tier: 'Gold', manager: null, due: RUN },
    ]);
    expect(readPlannedRows([['not a plan']])).toEqual([]);
  });
});

describe('the client snapshot and the effect history', () => {
  const result = tierGrid(GRID, model);

  it('writes each client\'s tier (by name) and assets, and reads them back by the marker', () => {
    const sheet = buildClientSnapshotSheet(result, RUN, 'en-US');
    expect(sheet.key).toBe(CLIENT_SNAPSHOT_SHEET_KEY);
    expect(sheet.rows[0]).toEqual([SNAPSHOT_MARKER, 1, '2026-09-30', expect.stringMatching(/^TierBook client snapshot \(each client's tier and assets at this run\): The next run reads/u)]);
    expect(sheet.rows.slice(1)).toEqual([['Client ID', 'Tier', 'Assets'], ['A', '钻石', 100], ['B', '钻石', 90], ['C', '黄金', 60], ['D', '黄金', 55], ['E', '普通', 0], ['F', null, null]]);
    // Read back from a grid as a host hands it over (rows shifted down by a user's inserted row; text numbers read).
    const grid: CellValue[][] = [[], ...(sheet.rows as CellValue[][]).map((r) => [...r])];
    grid[5][2] = '60'; // C
    const read = readClientSnapshot(grid);
    expect(read?.runDate).toBe(RUN);
    expect([...(read?.tiers ?? [])]).toEqual([['a', '钻石'], ['b', '钻石'], ['c', '黄金'], ['d', '黄金'], ['e', '普通'], ['f', '']]);
    expect([...(read?.assets ?? [])]).toEqual([['a', 100], ['b', 90], ['c', 60], ['d', 55], ['e', 0]]);
    expect(readClientSnapshot([['Client ID', 'Tier']])).toBeUndefined();
  });

  it('are kept by runs that do not write them and by the cleanup; 效果评估 is not', () => {
    expect(KEPT_SHEET_KEYS).toEqual(expect.arrayContaining([EFFECT_HISTORY_SHEET_KEY, CLIENT_SNAPSHOT_SHEET_KEY]));
    expect(KEPT_SHEET_KEYS).not.toContain('effect');
  });

  it('shows the last 12 runs per tier side by side, oldest first, from the appended history', () => {
    const figures = computeEffectFigures(result, {
      runDate: RUN, planned: [], logged: [], added: [], ownManagers: [], managers: new Array<string | null>(6).fill(null), rosterManagers: [],
    });
    // Thirteen earlier runs appended one after the other, as the renderers append them (the header once).
    const grid: (readonly PlanCell[])[] = [];
    for (let i = 1; i <= 13; i++) {
      const sheet = buildEffectHistorySheet(model, figures.tiers.map((f) => ({ ...f, clients: i })), `run-${i}`, RUN - 14 + i, 'zh-CN');
      grid.push(...(i === 1 ? sheet.rows : sheet.rows.slice(2)));
    }
    const history = readEffectHistory(grid as CellValue[][]);
    expect(history).toHaveLength(39);
    expect(history[0]).toEqual({ run: 'run-1', runDate: RUN - 13, tier: '钻石', figures: {
      clients: 1, assetsTotal: 190, assetsAverage: 95, scoreAverage: 95, due: 0, done: 0, rated: 0 } });
    const { sheet, chart } = buildEffectSheet(model, history, figures, 'now', RUN, 'en-US');
    const dates = [...Array.from({ length: 11 }, (_, i) => `2026-09-${String(19 + i).padStart(2, '0')}`), '2026-09-30'];
    expect(sheet.rows[3]).toEqual(['Diamond', ...dates]);
    expect(sheet.rows[3]).toHaveLength(EFFECT_RUNS_SHOWN + 1);
    expect(sheet.rows[4]).toEqual(['Clients', 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 2]); // runs 3…13, then this one
    expect(sheet.rows[8]).toEqual(['Follow-up completion (%)', ...new Array(12).fill(null)]);
    expect(sheet.rows[18]).toEqual(['Gold', ...dates]);
    const managers = sheet.rows.findIndex((r) => r[0] === 'Account manager');
    expect(sheet.rows[managers - 1]).toEqual(['This period: up to 2026-09-30 (no snapshot of a previous run: only the contacts this run copied from the plan)']);
    expect(sheet.rows[managers]).toEqual(['Account manager', 'Clients', 'Clients contacted', 'Contacts due', 'Contacts logged', 'Completion (%)', 'Ratings', 'Average satisfaction']);
    expect(sheet.rows[managers + 1]).toEqual(['(no manager)', 5, 0, 0, 0, null, 0, null]);
    // Last, clients per tier by run (a run a row): the line chart's source, for the add-in.
    expect(sheet.rows[managers + 3]).toEqual(['Clients per tier by run']);
    expect(chart).toEqual({ key: 'effectChart', sheetKey: 'effect', title: 'Clients per tier by run', type: 'line',
      source: { row: managers + 4, column: 0, rowCount: 13, columnCount: 4 } });
    expect(sheet.rows.slice(managers + 4)).toEqual([
      ['Run date', 'Diamond', 'Gold', '普通'],
      ...dates.slice(0, 11).map((d, i) => [d, i + 3, i + 3, i + 3]),
      ['2026-09-30', 2, 2, 1],
    ]);
    expect(sheet.headerRows).toContain(managers + 4);
  });

  it('are composed into the plan: the log before the plan, then history, 效果评估 and snapshot; the chart only where charts are drawn', () => {
    const choices: AddinOutputChoices = { mode: 'values', pivots: false, chart: true, strategySheets: true, runLog: false, segments: false, suitabilityColumns: false };
    const input = {
      result, locale: 'zh-CN' as const, choices, run: { timestamp: '2026-09-30T09:00:00.000Z', tool: 'test' }, confirmedChecks: true,
      source: { sheetName: 'Sheet1', lastUsedColumn: 1, lastRow: 7 }, tracking: { runDate: RUN, timestamp: '2026-09-30T09:00:00.000Z' },
    };
    const plan = composeOutputPlan(input);
    const tracking = ['serviceLog', 'followUpPlan', 'effectHistory', 'effect', 'clientSnapshot'];
    expect(plan.sheets.map((x) => x.key).filter((k) => tracking.includes(k))).toEqual(tracking);
    expect(plan.sheets.find((x) => x.key === 'effectHistory')?.appendOnly).toBe(true);
    expect(plan.charts.map((c) => [c.key, c.sheetKey, c.type])).toEqual([['tierChart', 'summary', 'columnClustered'], ['effectChart', 'effect', 'line']]);
    expect(composeOutputPlan({ ...input, choices: { ...choices, chart: false } }).charts).toEqual([]);
  });
});
