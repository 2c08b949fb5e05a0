/** @jest-environment jsdom */
import {
  createDefaultModel, isFilledFrom, isFormulaCell, readModelSheet, text, tierGrid, MODEL_RANGE_NAME,
  type CellValue, type PlanCell, type TierModel, type TieringResult,
} from '../../src/engine';
import {
  ADDIN_EXTRA_ROLES, buildModelSavePlan, composeOutputPlan, DEFAULT_ADDIN_CHOICES, RISK_PIVOT_NAME, TIER_PIVOT_NAME,
  type AddinOutputChoices, type AddinPlanInput,
} from '../../src/engine/plan/composeOutputPlan';
import { COMPLIANCE_LABELS } from '../../src/engine/compliance';
import { SEGMENT_LABELS } from '../../src/engine/segments';
import { SUITABILITY_COLUMN_LABELS } from '../../src/engine/suitability';
import { readExtraColumns } from '../../src/engine/table/extraColumns';
import { clientGrid, SHEET_NAME } from './clientGrid';

const ALL: AddinOutputChoices = { mode: 'live', pivots: true, chart: true, strategySheets: true, runLog: true, segments: true, suitabilityColumns: true };
const NONE: AddinOutputChoices = { mode: 'values', pivots: false, chart: false, strategySheets: false, runLog: false, segments: false, suitabilityColumns: false };
const RUN = { timestamp: '2025-03-01T09:30:00.000Z', tool: 'TierBook add-in' };

function inputFor(result: TieringResult, choices: AddinOutputChoices, grid: CellValue[][] = clientGrid()): AddinPlanInput {
  return {
    result, locale: 'en-US', choices, run: RUN,
    source: { sheetName: SHEET_NAME, firstColumn: 0, lastUsedColumn: 9, lastRow: 44 },
    extras: readExtraColumns(grid, result.table.layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, result.model),
  };
}

const sheetResult = (model: TierModel = createDefaultModel()): TieringResult => tierGrid(clientGrid(), model, SHEET_NAME);

describe('composeOutputPlan', () => {
  it('writes live formula columns, then the model and summary sheets, strategy sheets per tier and the run log', () => {
    const plan = composeOutputPlan(inputFor(sheetResult(), ALL));
    expect(plan.mode).toBe('live');
    expect(plan.headerRow).toBe(3);
    expect(plan.firstOutputColumn).toBe(10);
    const S = SUITABILITY_COLUMN_LABELS;
    expect(plan.columns.map((c) => c.header)).toEqual([
      'Tier Score', 'Tier', 'Data Issues', SEGMENT_LABELS.tagsColumn['en-US'], SEGMENT_LABELS.groupColumn['en-US'],
      S.investorClass['en-US'], S.investorClassReason['en-US'], S.suitableRange['en-US'],
      COMPLIANCE_LABELS.shelfColumn['en-US'], COMPLIANCE_LABELS.stateColumn['en-US'],
    ]);
    const score = plan.columns[0].cellAt(0);
    expect(isFormulaCell(score) && score.formula).toBe(`TIER.SCORES('客户明细'!$A$3:$J$44,${MODEL_RANGE_NAME})`);
    expect(plan.sheets.map((s) => [s.role, s.preferredName])).toEqual([
      ['model', 'Tier Model'], ['summary', 'Tier Summary'], ['summary', SEGMENT_LABELS.groupSheet['en-US']], ['strategy', 'Service Strategies'],
      ['strategy', 'Strategy-Diamond'], ['strategy', 'Strategy-Gold'], ['strategy', 'Strategy-Silver'], ['strategy', 'Strategy-Standard'],
      ['compliance', 'Compliance'], ['log', 'Run Log'],
    ]);
    const log = plan.sheets[plan.sheets.length - 1];
    expect(log.appendOnly).toBe(true);
    expect(log.rows[1].slice(0, 4)).toEqual([RUN.timestamp, null, 'TierBook add-in', SHEET_NAME]);
    expect(log.rows[1][11]).toBe('live');
  });

  it('strategy sheets list clients with their names from the extra columns', () => {
    const result = sheetResult();
    const plan = composeOutputPlan(inputFor(result, ALL));
    const diamond = plan.sheets.find((s) => s.key === 'strategy:钻石');
    const header = diamond?.rows.find((r) => r[0] === '客户号');
    expect(header?.slice(0, 3)).toEqual(['客户号', '客户姓名', '日均资产']);
  });

  it('adds the tier pivot (count, Σ assets, average score) and the tier × risk pivot on the summary sheet', () => {
    const plan = composeOutputPlan(inputFor(sheetResult(), ALL));
    const summary = plan.sheets.find((s) => s.role === 'summary');
    const summaryWidth = Math.max(...(summary?.rows ?? []).map((r) => r.length));
    expect(plan.pivots).toEqual([
      {
        key: 'tierPivot', sheetKey: 'summary', name: TIER_PIVOT_NAME, rowField: 'Tier', anchor: { row: 1, column: summaryWidth + 1 },
        values: [
          { field: 'Tier', summarizeBy: 'count', caption: 'Clients' },
          { field: '日均资产', summarizeBy: 'sum', caption: 'Total assets' },
          { field: 'Tier Score', summarizeBy: 'average', caption: 'Average score' },
        ],
      },
      {
        key: 'riskPivot', sheetKey: 'summary', name: RISK_PIVOT_NAME, rowField: 'Tier', columnField: '风险等级',
        anchor: { row: 1 + 1 + 4 + 2 + 3, column: summaryWidth + 1 }, values: [{ field: 'Tier', summarizeBy: 'count', caption: 'Clients' }],
      },
    ]);
  });

  it('charts the tier counts from the summary sheet’s tier block', () => {
    const result = sheetResult();
    const plan = composeOutputPlan(inputFor(result, ALL));
    expect(plan.charts).toHaveLength(1);
    const [chart] = plan.charts;
    expect(chart).toMatchObject({ sheetKey: 'summary', type: 'columnClustered', title: 'Clients per tier' });
    const summary = plan.sheets.find((s) => s.key === chart.sheetKey);
    const { row, column, rowCount, columnCount } = chart.source;
    const block = (summary?.rows ?? []).slice(row, row + rowCount).map((r) => r.slice(column, column + columnCount));
    expect(block).toEqual([
      ['Tier', 'Clients'],
      ...result.model.tiers.map((t, k): PlanCell[] => [t.name, result.tierCounts[k]]),
    ]);
  });

  it('in values mode with nothing ticked writes only the value columns, the model and the summary', () => {
    const result = sheetResult();
    const plan = composeOutputPlan(inputFor(result, NONE));
    expect(plan.columns.map((c) => c.key)).toEqual(['score', 'tier', 'issues']);
    expect(plan.sheets.map((s) => s.role)).toEqual(['model', 'summary']);
    expect(plan.pivots).toEqual([]);
    expect(plan.charts).toEqual([]);
    // Row 4 is the first client: its score and tier as values.
    expect(plan.columns[0].cellAt(0)).toBe(result.scores[0]);
    expect(plan.columns[1].cellAt(0)).toBe(result.model.tiers[result.tierIndex[0]].name);
  });

  it('a model and sheet without a risk column get the tier pivot only; without assets, no asset sum', () => {
    const model: TierModel = {
      factors: [{ key: 'frequency', column: '年交易次数', weight: 1, scale: 'percentile' }],
      tiers: [{ name: 'A', topShare: 0.5 }, { name: 'B' }],
    };
    const grid: CellValue[][] = [['客户号', '年交易次数'], ['1', 5], ['2', 7], ['3', 1]];
    const result = tierGrid(grid, model, 'S');
    const plan = composeOutputPlan({ ...inputFor(result, { ...NONE, pivots: true }, grid), source: { sheetName: 'S', firstColumn: 0, lastUsedColumn: 1, lastRow: 4 } });
    expect(plan.pivots.map((p) => p.name)).toEqual([TIER_PIVOT_NAME]);
    expect(plan.pivots[0].values.map((v) => v.summarizeBy)).toEqual(['count', 'average']);
  });

  it('portable columns reference the sheet’s own columns wherever the block starts', () => {
    // The same sheet seen whole (block at column A) and as the block from column B (as the gateway finds it).
    const grid = clientGrid();
    const whole = composeOutputPlan(inputFor(sheetResult(), { ...NONE, mode: 'portable' }));
    const block = grid.map((row) => row.slice(1));
    const blockResult = tierGrid(block, createDefaultModel(), SHEET_NAME);
    const shifted = composeOutputPlan({
      ...inputFor(blockResult, { ...NONE, mode: 'portable' }, block),
      source: { sheetName: SHEET_NAME, firstColumn: 1, lastUsedColumn: 9, lastRow: 44 },
    });
    expect(whole.mode).toBe('portable');
    const formulas = (plan: typeof whole): string[] => plan.columns.flatMap((c) => Array.from({ length: c.length }, (_, o) => c.cellAt(o)))
      .filter(isFormulaCell).map((cell) => cell.formula);
    expect(formulas(whole).length).toBeGreaterThan(0);
    expect(formulas(whole).some((f) => f.includes('TIER.'))).toBe(false);
    expect(formulas(whole)[0]).toMatch(/\bD4\b/u); // the first client's 日均资产 is D4
    expect(formulas(shifted)).toEqual(formulas(whole));
  });

  it('portable score and tier cells the columns vouch for are one formula filled down, with the cell\'s own result', () => {
    // Inlined cells besides: assets as text ("12万" is read by the engine, not by a formula) and a full-width "Ｃ３".
    const grid = clientGrid();
    grid[3 + 2][3] = '12万';
    grid[3 + 7][6] = 'Ｃ３';
    const result = tierGrid(grid, createDefaultModel(), SHEET_NAME);
    const plan = composeOutputPlan(inputFor(result, { ...NONE, mode: 'portable' }, grid));
    for (const key of ['score', 'tier']) {
      const column = plan.columns.find((c) => c.key === key);
      if (!column?.isFilledAt || !column.resultAt) throw new Error(`the ${key} column vouches for no cell`);
      const headerRow = plan.headerRow;
      const offsets = Array.from({ length: column.length }, (_, o) => o);
      const vouched = offsets.filter((o) => column.isFilledAt?.(o));
      const master = column.cellAt(vouched[0]);
      if (!isFormulaCell(master)) throw new Error('the first vouched cell is no formula');
      for (const o of offsets) {
        const cell = column.cellAt(o);
        const filled = isFormulaCell(cell) && isFilledFrom(master.formula, headerRow + 1 + vouched[0], cell.formula, headerRow + 1 + o);
        expect([key, o, column.isFilledAt(o)]).toEqual([key, o, filled]);
        if (filled) expect([key, o, column.resultAt(o)]).toEqual([key, o, isFormulaCell(cell) ? cell.result : undefined]);
      }
      expect(vouched.length).toBeGreaterThan(30);
    }
    // The two inlined cells are not vouched for by the score column, and the issue column notes them.
    const score = plan.columns[0];
    expect([2, 7].map((o) => score.isFilledAt?.(o))).toEqual([false, false]);
    expect([2, 7].map((o) => typeof plan.columns[2].cellAt(o))).toEqual(['string', 'string']);
  });

  it('segments add the profile-tag and group columns and the client-group sheet', () => {
    const plan = composeOutputPlan(inputFor(sheetResult(), { ...NONE, segments: true }));
    expect(plan.columns.map((c) => c.key)).toEqual(['score', 'tier', 'issues', 'segmentTags', 'segmentGroup']);
    expect(plan.sheets.map((s) => s.preferredName)).toEqual(['Tier Model', 'Tier Summary', SEGMENT_LABELS.groupSheet['en-US']]);
    // Row 4 (offset 0) is a client: both columns have text for it; the totals row (offset 40) has none.
    expect(typeof plan.columns[3].cellAt(0)).toBe('string');
    expect(plan.columns[3].cellAt(40)).toBeNull();
  });

  it('the defaults tick everything but suitability, in live mode', () => {
    expect(DEFAULT_ADDIN_CHOICES).toEqual({ mode: 'live', pivots: true, chart: true, strategySheets: true, runLog: true, segments: true, suitabilityColumns: false });
  });
});

describe('composeOutputPlan with a previous run', () => {
  it('adds the change column and the migration sheet when the previous tiers are known', () => {
    const result = sheetResult();
    const names = result.model.tiers.map((t) => t.name);
    // Everyone was one tier lower last time (the bottom tier stays), and one former client is gone.
    const previous = new Map<string, string>(result.table.ids.map((id, c) => [id, names[Math.min(names.length - 1, result.tierIndex[c] + 1)]]));
    previous.set('gone-client', names[0]);
    const plan = composeOutputPlan({ ...inputFor(result, NONE), previousTiers: previous });
    const migration = plan.sheets.find((s) => s.role === 'migration');
    expect(migration).toBeDefined();
    expect(migration?.heatMap).toBeDefined();
    const change = plan.columns[plan.columns.length - 1];
    const marks = Array.from(result.table.rowNumbers, (row) => change.cellAt(row - plan.headerRow - 1));
    const bottom = names.length - 1;
    const expectedUp = Array.from(result.tierIndex).filter((k) => k >= 0 && k < bottom).length;
    expect(marks.filter((m) => typeof m === 'string' && m.includes('↑')).length).toBe(expectedUp);
    expect(marks.filter((m) => typeof m === 'string' && m.includes('=')).length).toBe(result.table.size - expectedUp);
  });

  it('adds nothing about migration on a first run', () => {
    const plan = composeOutputPlan(inputFor(sheetResult(), NONE));
    expect(plan.sheets.some((s) => s.role === 'migration')).toBe(false);
    expect(plan.columns).toHaveLength(3);
  });
});

describe('buildModelSavePlan', () => {
  it('holds the model sheet and its range name only, and the sheet reads back as the model', () => {
    const model = createDefaultModel();
    model.factors[3].weight = 42;
    const plan = buildModelSavePlan(model, 'zh-CN', { sheetName: SHEET_NAME, headerRow: 3, lastUsedColumn: 9 });
    expect(plan.columns).toEqual([]);
    expect(plan.pivots).toEqual([]);
    expect(plan.charts).toEqual([]);
    expect(plan.sheets.map((s) => [s.role, s.preferredName])).toEqual([['model', '分级模型']]);
    expect(plan.names).toHaveLength(1);
    expect(plan.names[0]).toMatchObject({ name: MODEL_RANGE_NAME, sheetKey: 'model' });
    expect(plan.names[0].address).toMatch(/^A1:J\d+$/u);
    const values = plan.sheets[0].rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
    expect(readModelSheet(values, '分级模型').factors[3].weight).toBe(42);
  });

  it('works before any client table is read', () => {
    const plan = buildModelSavePlan(createDefaultModel(), 'en-US');
    expect(plan.sheets[0].preferredName).toBe('Tier Model');
    expect(plan.firstOutputColumn).toBe(0);
  });

  it('writes quota cutoffs when the pane has them', () => {
    const model: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2, label: text('甲', 'A') }, { name: 'B' }] };
    const plan = buildModelSavePlan(model, 'en-US', undefined, Float64Array.from([71.5, -Infinity]));
    const tierRow = plan.sheets[0].rows.find((r) => r[0] === 'A');
    expect(tierRow?.[5]).toBe(71.5);
  });
});
