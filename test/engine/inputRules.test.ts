/*
 * The input rules of issue 14, at the engine: totals rows, duplicate headers, category labels as real systems
 * export them, 开户年限 from 开户日期, two-row headers, look-alike digits, and the cell-length limit of the plan.
 * Expected values are written out from docs/model.md, not taken from engine code.
 */
import {
  ClientTableBuilder, EXCEL_CELL_TEXT_LIMIT, buildClientTable, createDefaultModel, issueTextByOffset,
  joinIssueMessages, locateSheetLayout, parseDateCell, parseNumericCell, serialOfIsoDate, tierGrid, totalLabelOf,
  type CellValue, type TierModel,
} from '../../src/engine';
import { thrownBy } from '../support/thrownBy';

const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
const row = (id: string, assets: CellValue, risk: CellValue = 'C3', tenure: CellValue = 5): CellValue[] => [id, assets, 10, '基础理财', risk, tenure];

describe('look-alike digits (#14)', () => {
  it.each(['²', '10²', '₂', '①', '⑴', '𝟐', '1.5²万'])('%j is unreadable, not a number', (cell) => {
    expect(parseNumericCell(cell)).toEqual({ kind: 'invalid', text: cell });
  });
  it('full-width digits are still numbers', () => {
    expect(parseNumericCell('１２３')).toEqual({ kind: 'number', value: 123, fromText: true });
    expect(parseNumericCell('１.５万')).toEqual({ kind: 'number', value: 15000, fromText: true });
  });
  it('a superscript in a factor cell is reported as unreadable with its text', () => {
    const result = tierGrid([HEADER, row('C1', '10²'), row('C2', 100)], createDefaultModel());
    expect(result.issues.filter((i) => i.problem === 'invalid_number').map((i) => [i.row, i.value])).toEqual([[2, '10²']]);
    expect(Number.isNaN(result.factorScores[0][0])).toBe(true);
  });
});

describe('totals rows (#2)', () => {
  it.each(['汇总', '合 计', '合计', '总计', '总合计', '小计', '平均值', '平均', 'Total', 'Grand Total', 'Sub Total', '合计：上海分公司', '小计(3户)', '　合　计　'])(
    '%j is a totals label', (label) => expect(totalLabelOf(label)).toBe(label.trim()));
  it.each(['C001', '合计客户', '平均资产', 'Totally', 'Summer', '', 3100, null])('%j is not', (label) => expect(totalLabelOf(label)).toBeUndefined());

  it('excludes labelled rows with a notice that names the row and the label', () => {
    const grid = [HEADER, row('C1', 100), ['合 计', 100], row('C2', 200), ['平均值', 150], ['总合计', 300]];
    const table = buildClientTable(grid, locateSheetLayout(grid, createDefaultModel()), createDefaultModel());
    expect(table.ids).toEqual(['C1', 'C2']);
    expect(table.excluded.map((e) => [e.row, e.reason])).toEqual([[3, 'total_row'], [5, 'total_row'], [6, 'total_row']]);
    expect(table.excluded[0].message['zh-CN']).toBe('第 3 行是合计行（「合 计」），不是客户');
    expect(table.excluded[1].message['en-US']).toBe('row 5 is a totals row ("平均值"), not a client');
  });

  it('reads the name column too, but only the bare word there ("Sum Li" is a person)', () => {
    const header = ['客户号', '客户姓名', ...HEADER.slice(1)];
    const grid = [header, ['C1', '张三', ...row('', 100).slice(1)], ['9999', '合计', ...row('', 100).slice(1)], ['C3', 'Sum Li', ...row('', 300).slice(1)]];
    const table = buildClientTable(grid, locateSheetLayout(grid, createDefaultModel()), createDefaultModel());
    expect(table.ids).toEqual(['C1', 'C3']);
    expect(table.excluded.map((e) => e.row)).toEqual([3]);
  });

  it("excludes the rows an Excel table declares as its totals row, whatever they hold", () => {
    const grid = [HEADER, row('C1', 100), row('C2', 200), ['共 2 户', 300, 20, null, null, 5]];
    const layout = locateSheetLayout(grid, createDefaultModel());
    const plain = buildClientTable(grid, layout, createDefaultModel());
    expect(plain.ids).toEqual(['C1', 'C2', '共 2 户']); // what happened before: the totals row tiered as a client
    const table = buildClientTable(grid, layout, createDefaultModel(), '', { totalsRows: [4] });
    expect(table.ids).toEqual(['C1', 'C2']);
    expect(table.excluded).toEqual([{ row: 4, reason: 'total_row', message: expect.objectContaining({ 'en-US': "row 4 is the Excel table's totals row, not a client" }) }]);
    const noted = new ClientTableBuilder(layout, createDefaultModel());
    noted.noteTotalsRows([4]);
    noted.appendRows(grid.slice(1), 2);
    expect(noted.finish().ids).toEqual(['C1', 'C2']);
  });
});

describe('duplicate headers (#3)', () => {
  const data = [row('C1', 1), row('C2', 2)].map((r) => [r[0], 1, 2, ...r.slice(2)]);

  it('总资产(万元) beside 总资产（元）: an error with both columns, their letters and how to choose', () => {
    const grid = [['客户号', '总资产(万元)', '总资产（元）', ...HEADER.slice(2)], ...data];
    const error = thrownBy(() => locateSheetLayout(grid, createDefaultModel(), '客户清单'));
    expect(error.code).toBe('DUPLICATE_COLUMN');
    expect(error.location).toMatchObject({ sheet: '客户清单', row: 1, address: 'B1' });
    expect(error.messages['zh-CN']).toContain('B 列「总资产(万元)」、C 列「总资产（元）」');
    expect(error.messages['zh-CN']).toContain('--model');
    expect(error.messages['en-US']).toContain('column B "总资产(万元)", column C "总资产（元）"');
    expect(error.messages['en-US']).toContain("task pane's column mapping");
    expect(error.details).toEqual(['B: 总资产(万元)', 'C: 总资产（元）']);
  });

  it('the exact header in the model (or the pane) chooses', () => {
    const grid = [['客户号', '总资产(万元)', '总资产（元）', ...HEADER.slice(2)], ...data];
    const model = createDefaultModel();
    model.factors[0].column = '总资产（元）';
    expect(locateSheetLayout(grid, model).factors[0]).toEqual({ index: 2, header: '总资产（元）', kind: 'exact' });
    expect(locateSheetLayout(grid, createDefaultModel(), '', { assets: '总资产(万元)' }).factors[0].index).toBe(1);
  });

  it('two identical headers: the letters, and the advice to rename one', () => {
    const grid = [['客户号', '总资产', '年交易次数', '总资产', ...HEADER.slice(3)]];
    const error = thrownBy(() => locateSheetLayout(grid, createDefaultModel(), '', {}, 2)); // block starting at column C
    expect(error.messages['en-US']).toContain('column D "总资产", column F "总资产"');
    expect(error.messages['zh-CN']).toContain('改名');
  });

  it('two alias candidates for one factor (日均资产, 托管资产) are a choice too', () => {
    const grid = [['客户号', '日均资产', '托管资产', ...HEADER.slice(2)]];
    expect(thrownBy(() => locateSheetLayout(grid, createDefaultModel())).messages['en-US']).toContain('column B "日均资产", column C "托管资产"');
  });

  it('客户号 beside 资金账号 is no tie (the alias order picks), but two 客户号 are', () => {
    expect(locateSheetLayout([['资金账号', '客户号', ...HEADER.slice(1)]], createDefaultModel()).id?.index).toBe(1);
    expect(thrownBy(() => locateSheetLayout([['客户号', '客户号', ...HEADER.slice(1)]], createDefaultModel())).code).toBe('DUPLICATE_COLUMN');
  });
});

describe('category labels as systems export them (#4)', () => {
  const tier = (labels: CellValue[], model: TierModel = createDefaultModel()) => tierGrid([HEADER, ...labels.map((l, i) => row(`C${i}`, 100 + i, l))], model);
  const riskScores = (labels: CellValue[], model?: TierModel) => Array.from(tier(labels, model).factorScores[3]);

  it('a label containing mapped labels that agree takes their score', () => {
    expect(riskScores(['C3-稳健型', '稳健型(C3)', 'C3级', 'C4（积极型）', 'c5 激进型', '保守型C1'])).toEqual([50, 50, 50, 75, 100, 0]);
  });

  it('a label containing labels with different scores stays unknown and is reported with both', () => {
    const result = tier(['C3/C4', 'C3']);
    expect(Number.isNaN(result.factorScores[3][0])).toBe(true);
    const issue = result.issues.find((i) => i.problem === 'unknown_category');
    expect(issue).toMatchObject({ row: 2, column: '风险等级', value: 'C3/C4' });
    expect(issue?.message['en-US']).toBe('"C3/C4" holds labels with different scores, C3 (50), C4 (75); it cannot be read and is treated as missing');
  });

  it('a label is contained only as a whole token: C30 and ABC3 are not C3', () => {
    expect(riskScores(['C30', 'ABC3', 'C3'])).toEqual([NaN, NaN, 50]);
  });

  it("a bare digit is unknown unless the model's digitPrefix says how to read it", () => {
    expect(riskScores(['3', 3, 'C3'])).toEqual([NaN, NaN, 50]);
    const model = createDefaultModel();
    model.factors[3].digitPrefix = 'C';
    expect(riskScores(['3', 3, '５', 'C3', '9'], model)).toEqual([50, 50, 100, 50, NaN]);
  });

  it('the column-level share of unreadable or unknown cells, with a warning above 20%', () => {
    const fine = tier(['C3', 'C4', 'x', 'C1', 'C2']); // 1 of 5 = 20%: no warning
    expect(fine.factorQuality[3]).toMatchObject({ factor: 'risk', column: '风险等级', columnIndex: 4, clients: 5, unknown: 1, unreadable: 0, badShare: 0.2 });
    expect(fine.factorQuality[3].warning).toBeUndefined();
    const bad = tier(['3', '4', '5', 'C3']);
    expect(bad.factorQuality[3]).toMatchObject({ unknown: 3, badShare: 0.75 });
    expect(bad.factorQuality[3].warning?.['zh-CN']).toContain('风险等级 有 75.0% 的单元格无法识别');
    expect(bad.factorQuality[0].warning).toBeUndefined();
    const unreadable = tierGrid([HEADER, row('A', 'abc'), row('B', '²'), row('C', 3)], createDefaultModel());
    expect(unreadable.factorQuality[0]).toMatchObject({ unreadable: 2, clients: 3 });
    expect(unreadable.factorQuality[0].warning?.['en-US']).toContain('66.7% of the cells in 总资产 could not be read');
  });
});

describe('开户年限 from 开户日期 (#5)', () => {
  const header = [...HEADER.slice(0, 5), '开户日期'];
  const runDate = '2026-06-30';
  const run = serialOfIsoDate(runDate) ?? NaN;
  // Days from each date to 2026-06-30, counted by hand with Date.UTC, ÷ 365.25.
  const years = (y: number, m: number, d: number) => (Date.UTC(2026, 5, 30) - Date.UTC(y, m - 1, d)) / 86_400_000 / 365.25;

  it('reads real dates (serials), 8-digit numbers and the text forms exports write', () => {
    expect(parseDateCell(43466)).toEqual({ kind: 'date', serial: 43466 });
    for (const text of ['2019/3/5', '2019-03-05', '2019年3月5日', '2019.3.5', '20190305', 20190305, '2019-03-05 10:30:00', '２０１９年３月５日']) {
      expect(parseDateCell(text)).toEqual({ kind: 'date', serial: serialOfIsoDate('2019-03-05') });
    }
    expect(parseDateCell('2019-02-30').kind).toBe('invalid');
    expect(parseDateCell('²⁰¹⁹-03-05').kind).toBe('invalid');
    expect(parseDateCell('-')).toEqual({ kind: 'missing' });
    expect(run).toBe(46203);
  });

  it('stands in for 开户年限 when only the date is there, counted to the run date', () => {
    const grid = [header, row('A', 1, 'C3', 43466), row('B', 2, 'C3', '2019年3月5日'), row('C', 3, 'C3', '待补充'), row('D', 4, 'C3', null), row('E', 5, 'C3', '2027-01-01')];
    const layout = locateSheetLayout(grid, createDefaultModel());
    expect(layout.factors[4]).toEqual({ index: 5, header: '开户日期', kind: 'openDate' });
    const table = buildClientTable(grid, layout, createDefaultModel(), '', { runDate });
    const column = table.factorColumns[4];
    if (column.kind !== 'numeric') throw new Error('tenure must be numeric');
    expect(column.values[0]).toBeCloseTo(years(2019, 1, 1), 12);
    expect(column.values[1]).toBeCloseTo(years(2019, 3, 5), 12);
    expect(Array.from(column.values.slice(2)).every(Number.isNaN)).toBe(true);
    expect(table.runDate).toBe(runDate);
    expect(table.issues.map((i) => [i.row, i.problem, i.value])).toEqual([[4, 'invalid_number', '待补充'], [5, 'missing_value', ''], [6, 'invalid_number', '2027-01-01']]);
    expect(table.issues[2].message['en-US']).toBe('open date 2027-01-01 is after the run date 2026-06-30; tenure treated as missing');
  });

  it('the same sheet on another run date gives other years: the run date makes a run repeatable', () => {
    const grid = [header, row('A', 1, 'C3', '2020-06-30'), row('B', 2, 'C3', '2016-06-30')];
    const tenure = (date: string) => {
      const c = tierGrid(grid, createDefaultModel(), '', {}, { runDate: date }).table.factorColumns[4];
      return c.kind === 'numeric' ? Array.from(c.values) : [];
    };
    expect(tenure('2026-06-30')).toEqual([2191 / 365.25, 3652 / 365.25]);
    expect(tenure('2026-06-30')).toEqual(tenure('2026-06-30'));
    expect(tenure('2030-06-30')).not.toEqual(tenure('2026-06-30'));
  });

  it('a sheet with 开户年限 keeps reading it, date column or not', () => {
    const grid = [[...HEADER, '开户日期'], [...row('A', 1), '2019-03-05']];
    expect(locateSheetLayout(grid, createDefaultModel()).factors[4]).toEqual({ index: 5, header: '开户年限', kind: 'exact' });
  });
});

describe('two-row headers (#6)', () => {
  it('combines a merged group header with the header row below it', () => {
    const grid: CellValue[][] = [
      ['客户资产月报（内部）'],
      ['客户号', '资产与交易', null, '客户画像', null, '开户年限'],
      [null, '总资产', '年交易次数', '客户需求', '风险等级', null],
      row('C1', 100), row('C2', 200),
    ];
    const layout = locateSheetLayout(grid, createDefaultModel());
    expect(layout.headerRow).toBe(3);
    expect(layout.id).toEqual({ index: 0, header: '客户号', kind: 'exact' });
    expect(layout.factors.map((f) => f.header)).toEqual(HEADER.slice(1));
    expect(layout.headers).toEqual(HEADER);
    const table = buildClientTable(grid, layout, createDefaultModel());
    expect(Array.from(table.rowNumbers)).toEqual([4, 5]);
    expect(table.ids).toEqual(['C1', 'C2']);
  });

  it('a one-row header under a title is unchanged', () => {
    const grid = [['客户清单'], HEADER, row('C1', 1)];
    expect(locateSheetLayout(grid, createDefaultModel()).headers).toEqual(HEADER);
  });
});

describe('the 32,767-character cell limit (#9)', () => {
  it('keeps whole messages while they fit and says how many more there are', () => {
    const messages = Array.from({ length: 5000 }, (_, i) => `问题 ${i} ${'x'.repeat(10)}`);
    const cell = joinIssueMessages(messages, 'zh-CN');
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    const shown = cell.split('…（另有 ')[0].split('; ').length;
    expect(cell.endsWith(`…（另有 ${5000 - shown} 条，完整列表见 --json 或数据问题面板）`)).toBe(true);
    expect(joinIssueMessages(['a', 'b'], 'en-US')).toBe('a; b');
  });

  it('cuts a single message that is too long on its own, visibly', () => {
    const grid = [HEADER, row('C1', '无'.repeat(32_767))];
    const result = tierGrid(grid, createDefaultModel());
    expect(result.issues[0].value.length).toBe(32_767); // the full text stays in the result (and --json)
    const [cell] = issueTextByOffset(result, 1, 1, 'en-US');
    expect(cell?.length).toBe(EXCEL_CELL_TEXT_LIMIT);
    expect(cell?.endsWith('… (1 more, see --json or the data-quality panel)')).toBe(true);
  });
});
