import {
  createDefaultModel, createDefaultPlaybooks, isFormulaCell, readStrategyTemplates, STRATEGY_TEMPLATES_SHEET_KEY, text, tierGrid,
  type CellValue, type OutputPlan, type Playbook, type PlanCell,
} from '../../src/engine';
import { composeOutputPlan, DEFAULT_ADDIN_CHOICES, type AddinPlanInput } from '../../src/engine/plan/composeOutputPlan';
import { CLIENT_GRID, sheetText } from './strategyFixture';

const RUN = { timestamp: '2025-03-01T09:30:00.000Z', tool: 'TierBook add-in' };

function input(overrides: Partial<AddinPlanInput> = {}, strategySheets = true): AddinPlanInput {
  return {
    result: tierGrid(CLIENT_GRID, createDefaultModel(), '客户清单'), locale: 'zh-CN', run: RUN,
    choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', strategySheets },
    source: { sheetName: '客户清单', lastUsedColumn: 6, lastRow: CLIENT_GRID.length },
    ...overrides,
  };
}

const templatesSheetOf = (plan: OutputPlan) => plan.sheets.find((s) => s.key === STRATEGY_TEMPLATES_SHEET_KEY);

const asValues = (rows: readonly (readonly PlanCell[])[]): CellValue[][] => rows.map((r) => r.map((c) => (isFormulaCell(c) ? null : c)));

/** The default playbooks with the diamond tier's first action replaced, as a user would edit it in the sheet. */
function editedPlaybooks(): Playbook[] {
  return createDefaultPlaybooks().map((p) => (p.key === 'tier-diamond'
    ? { ...p, actions: [text('专属投顾每周回访', 'Weekly call from a dedicated adviser'), ...p.actions.slice(1)] }
    : p));
}

describe('composeOutputPlan and the strategy templates sheet', () => {
  it('writes the default templates sheet, with role model, when the workbook has none and strategy sheets are chosen', () => {
    const plan = composeOutputPlan(input({ templatesSheet: 'missing' }));
    const sheet = templatesSheetOf(plan);
    expect(sheet?.role).toBe('model');
    expect(sheet?.preferredName).toBe('策略模板');
    expect(readStrategyTemplates(asValues(sheet?.rows ?? []), '策略模板')).toEqual(createDefaultPlaybooks());
    // After the strategy sheets it serves, before the run log.
    const keys = plan.sheets.map((s) => s.key);
    const lastStrategySheet = Math.max(...plan.sheets.map((s, i) => (s.role === 'strategy' ? i : -1)));
    expect(lastStrategySheet).toBeGreaterThan(0);
    expect(keys.indexOf(STRATEGY_TEMPLATES_SHEET_KEY)).toBe(lastStrategySheet + 1);
    expect(keys[keys.length - 1]).toBe('log');
  });

  it('uses the workbook\'s templates and never rewrites them when they were found', () => {
    const plan = composeOutputPlan(input({ templatesSheet: 'found', playbooks: editedPlaybooks() }));
    expect(templatesSheetOf(plan)).toBeUndefined();
    const diamond = plan.sheets.find((s) => s.key === 'strategy:钻石');
    expect(diamond && sheetText(diamond)).toContain('1. 专属投顾每周回访');
  });

  it('writes the playbooks it was given into a missing templates sheet', () => {
    const plan = composeOutputPlan(input({ templatesSheet: 'missing', playbooks: editedPlaybooks() }));
    expect(readStrategyTemplates(asValues(templatesSheetOf(plan)?.rows ?? []), '策略模板')).toEqual(editedPlaybooks());
  });

  it('writes no templates sheet without strategy sheets, or when not asked (the runner\'s call)', () => {
    expect(templatesSheetOf(composeOutputPlan(input({ templatesSheet: 'missing' }, false)))).toBeUndefined();
    const unasked = composeOutputPlan(input());
    expect(templatesSheetOf(unasked)).toBeUndefined();
    expect(unasked.sheets.some((s) => s.role === 'strategy')).toBe(true);
  });
});
