/* The write decisions both renderers carry out (src/engine/plan, src/engine/cell): one answer for both hosts. */
import {
  appendedRows, cellLook, indexMarkers, markedColumnOf, planSheetActions, sheetLook, writableErrorValue,
  type OutputPlan, type PlanSheet,
} from '../../src/engine';

const sheet = (key: string, preferredName: string, extra: Partial<PlanSheet> = {}): PlanSheet => ({
  key, role: 'summary', preferredName, rows: [['h'], ['x']], ...extra,
});

function plan(sheets: PlanSheet[], columns = 1): OutputPlan {
  const column = { key: 'tier', header: '客户等级', length: 1, cellAt: () => '钻石' };
  return {
    locale: 'zh-CN', mode: 'values', sourceSheet: 'Clients', headerRow: 1, firstOutputColumn: 3,
    columns: Array.from({ length: columns }, () => column), sheets, pivots: [], charts: [], names: [],
  };
}

describe('the marker index', () => {
  it('matches names and sheets case-insensitively and reports the sheet as the workbook spells it', () => {
    const index = indexMarkers([
      { name: '_TIERBOOK_SHEET_summary', reference: "='分级汇总 (2)'!$A$1" },
      { name: '_tierbook_col_tier', reference: 'clients!$d$1' },
      { name: '_TierBook_sheet_log', reference: '=#REF!$A$1' },
      { name: 'Mine', reference: 'Clients!$A$1' },
    ], ['Clients', '分级汇总 (2)']);
    expect(index.sheets).toEqual([{ name: '_TIERBOOK_SHEET_summary', sheet: '分级汇总 (2)' }]);
    expect(markedColumnOf(index, 'tier')).toEqual({ sheet: 'Clients', row: 0, column: 3 });
    expect(index.broken).toEqual(['_TierBook_sheet_log']);
    expect(index.allNames.has('MINE')).toBe(true);
  });
});

describe('the sheet actions', () => {
  const markers = indexMarkers([
    { name: '_TierBook_sheet_summary', reference: "'我的汇总'!$A$1" },
    { name: '_TierBook_sheet_log', reference: "'运行日志'!$A$1" },
    { name: '_TierBook_sheet_model', reference: "'分级模型'!$A$1" },
    { name: '_TierBook_sheet_strategy_3a_94bb_77f3', reference: "'策略-钻石'!$A$1" },
    { name: '_TierBook_sheet_migration', reference: "'Clients'!$A$1" },
  ], ['Clients', '分级汇总', '我的汇总', '运行日志', '分级模型', '策略-钻石']);

  it('reuses earlier sheets under their current names, appends to the log, creates the rest under free names', () => {
    const layout = planSheetActions(plan([sheet('summary', '分级汇总'), sheet('log', '运行日志', { appendOnly: true }), sheet('groups', '分级汇总')]),
      { sheetNames: ['Clients', '分级汇总', '我的汇总', '运行日志', '分级模型', '策略-钻石'], markers });
    expect(layout.sheets.map((a) => [a.plan.key, a.kind, a.sheetName])).toEqual([
      ['summary', 'reuse', '我的汇总'], ['log', 'append', '运行日志'], ['groups', 'create', '分级汇总 (2)'],
    ]);
    // Strategy sheets no longer chosen go; the model (the user's settings) stays; a marker on the client sheet is dropped.
    expect(layout.staleSheets.map((m) => m.sheet)).toEqual(['策略-钻石']);
    expect(layout.keptSheets.map((m) => m.sheet)).toEqual(['分级模型']);
    expect(layout.detachedMarkers).toEqual(['_TierBook_sheet_migration']);
  });

  it('leaves every other output alone on a plan without columns ("save model")', () => {
    const layout = planSheetActions(plan([sheet('model', '分级模型')], 0), { sheetNames: ['Clients', '分级模型', '策略-钻石'], markers });
    expect(layout.staleSheets).toEqual([]);
    expect(layout.oldColumns).toEqual([]);
    expect(layout.sheets.map((a) => a.kind)).toEqual(['reuse']);
  });

  it('appends all rows to an empty log and only the body below an earlier one', () => {
    const log = sheet('log', '运行日志', { rows: [['时间'], ['a'], ['b']], headerRows: [0], appendOnly: true });
    expect(appendedRows(log, 0)).toEqual(log.rows);
    expect(appendedRows(log, 5)).toEqual([['a'], ['b']]);
  });
});

describe('cell looks', () => {
  const strategy = sheet('strategy', '服务策略', {
    rows: [['标题', null], ['动作', '说明'], ['1. a\n2. b', 'x'], ['y', 0.5]], headerRows: [1], numberFormats: { 1: '0.0%' },
  });
  const look = sheetLook(strategy);

  it('wraps a whole column once any of its cells holds a line break, header included', () => {
    expect([0, 1, 2, 3].map((r) => cellLook(look, r, 0).wrap === true)).toEqual([true, true, true, true]);
    expect(cellLook(look, 2, 1).wrap).toBeUndefined();
  });

  it('draws header rows bold in General, other rows in their column\'s number format', () => {
    expect(cellLook(look, 1, 1)).toEqual({ bold: true });
    expect(cellLook(look, 3, 1)).toEqual({ numberFormat: '0.0%' });
    expect(cellLook(look, 1, 1, true)).toEqual({ numberFormat: '0.0%' });
  });
});

describe('writable error values', () => {
  it('keeps the seven every reader knows, normalised, and nothing else', () => {
    expect(['#N/A', ' #div/0! ', '#NULL!', '#VALUE!', '#REF!', '#NAME?', '#NUM!'].map(writableErrorValue))
      .toEqual(['#N/A', '#DIV/0!', '#NULL!', '#VALUE!', '#REF!', '#NAME?', '#NUM!']);
    expect([`#SPILL!`, '#CALC!', 'N/A', 1, null, undefined].map((v) => writableErrorValue(v as never))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
