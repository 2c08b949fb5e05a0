import {
  buildClientTable, composeOutputPlan, createDefaultModel, DEFAULT_ADDIN_CHOICES, hasBlockingChecks, isTierBookError, locateSheetLayout, runChecks,
  tierClientTable, tierGrid, type CellValue, type ColumnOverrides, type RunCheck, type TierModel,
} from '../../src/engine';
import { sampleGrid, SAMPLE_SHEET } from '../fixtures/sampleGrid';

function checksOf(grid: CellValue[][], model: TierModel, overrides: ColumnOverrides = {}): readonly RunCheck[] {
  const layout = locateSheetLayout(grid, model, 'S', overrides);
  return runChecks(buildClientTable(grid, layout, model, 'S'), model, 'S');
}

const oneFactor = (spec: Partial<TierModel['factors'][number]>): TierModel => ({
  factors: [{ key: 'x', column: 'X', weight: 1, scale: 'minmax', ...spec }], tiers: [{ name: 'A', minScore: 50 }, { name: 'B', minScore: 0 }],
});

describe('runChecks on small sheets', () => {
  it('calls a numeric factor mapped to a name column a text column, an error, with its cells', () => {
    const grid: CellValue[][] = [['id', 'X', '姓名'], ['1', 5, '张三'], ['2', 6, '李四'], ['3', 7, '王五']];
    const checks = checksOf(grid, oneFactor({}), { x: '姓名' });
    expect(checks.map((c) => [c.kind, c.severity, c.count, c.column])).toEqual([['text_column', 'error', 3, '姓名']]);
    expect(checks[0].cells.map((c) => [c.row, c.columnIndex, c.value])).toEqual([[2, 2, '张三'], [3, 2, '李四'], [4, 2, '王五']]);
    expect(hasBlockingChecks(checks)).toBe(true);
  });

  it('blocks above 5% unreadable numbers and lets 5% or less through', () => {
    const rows = (bad: number): CellValue[][] => [['id', 'X'], ...Array.from({ length: 40 }, (_, i): CellValue[] => [`c${i}`, i < bad ? '待补充' : i])];
    expect(checksOf(rows(3), oneFactor({})).map((c) => c.kind)).toEqual(['unreadable_numbers']); // 3/40 = 7.5%
    expect(checksOf(rows(2), oneFactor({}))).toEqual([]); // 2/40 = 5%
  });

  it('calls a factor with one value for everyone, or none readable, no variation', () => {
    expect(checksOf([['id', 'X'], ['1', 3], ['2', 3], ['3', null]], oneFactor({})).map((c) => [c.kind, c.count])).toEqual([['no_variation', 2]]);
    const category = oneFactor({ scale: 'category', categories: { C1: 0, C2: 0, C3: 50 } });
    expect(checksOf([['id', 'X'], ['1', 'C1'], ['2', 'C2']], category).map((c) => c.kind)).toEqual(['no_variation']);
    expect(checksOf([['id', 'X'], ['1', 'C1'], ['2', 'C3']], category)).toEqual([]);
  });

  it('does not check a factor weighted 0', () => {
    expect(checksOf([['id', 'X'], ['1', 3], ['2', 3]], oneFactor({ weight: 0 }))).toEqual([]);
  });

  it('lists values beyond 1.5 × IQR with their cells, on the log scale for log factors', () => {
    // 1…8 and 100: Q1 = 3, Q3 = 7 (PERCENTILE.INC), fences −3 and 13: only 100 is out.
    const grid: CellValue[][] = [['id', 'X'], ...[1, 2, 3, 4, 5, 6, 7, 8, 100].map((v, i): CellValue[] => [`c${i}`, v])];
    const [minmax] = checksOf(grid, oneFactor({}));
    expect([minmax.kind, minmax.severity, minmax.count, minmax.fences]).toEqual(['outliers', 'warning', 1, { low: -3, high: 13 }]);
    expect(minmax.cells).toEqual([{ sheet: 'S', row: 10, column: 'X', columnIndex: 1, value: '100' }]);
    expect(checksOf(grid, oneFactor({ scale: 'log' })).map((c) => c.count)).toEqual([1]); // log10(101) ≈ 2.0 is beyond 0.95 + 1.5 × IQR
    // A heavy tail: 10 … 2,000 and 10,000. Raw: Q1 = 50, Q3 = 1,000, upper fence 2,425, so 10,000 is out; on the log
    // scale (log10(1 + v): Q1 ≈ 1.71, Q3 ≈ 3.00, upper fence ≈ 4.94) log10(10,001) ≈ 4.00 is in.
    const tail: CellValue[][] = [['id', 'X'], ...[10, 20, 50, 100, 200, 500, 1000, 2000, 10000].map((v, i): CellValue[] => [`c${i}`, v])];
    expect(checksOf(tail, oneFactor({})).map((c) => [c.count, c.cells[0].value])).toEqual([[1, '10000']]);
    expect(checksOf(tail, oneFactor({ scale: 'log' }))).toEqual([]);
    expect(checksOf(grid, oneFactor({ scale: 'percentile' }))).toEqual([]); // ranks are not stretched by outliers
  });

  it('lists a negative value in an otherwise non-negative column even inside the fences, and says when a clip handles it', () => {
    const grid: CellValue[][] = [['id', 'X'], ...Array.from({ length: 120 }, (_, i): CellValue[] => [`c${i}`, i === 7 ? -3 : i % 20])];
    const [check] = checksOf(grid, oneFactor({}));
    expect([check.count, check.cells[0].row, check.clipped]).toEqual([1, 9, false]);
    expect(check.fences?.low).toBeLessThan(-3);
    expect(checksOf(grid, oneFactor({ clip: [1, 99] }))[0].clipped).toBe(true);
  });
});

describe('samples/clients.xlsx with one typo, 开户年限 = −3', () => {
  let grid: CellValue[][] = [];
  let typo: CellValue[][] = [];
  const model = createDefaultModel();
  const clipped: TierModel = { ...model, factors: model.factors.map((f) => (f.key === 'loyalty' ? { ...f, clip: [1, 99] as [number, number] } : f)) };
  const moved = (a: Int16Array, b: Int16Array): number[] => Array.from(a).flatMap((k, i) => (k === b[i] ? [] : [i]));

  beforeAll(async () => {
    grid = await sampleGrid();
    const column = grid[0].indexOf('开户年限');
    typo = grid.map((row) => [...row]);
    typo[1][column] = -3; // worksheet row 2, the first client (4.7 years)
  });

  it('has no check on the clean sample', () => {
    const clean = tierGrid(grid, model, SAMPLE_SHEET);
    expect(runChecks(clean.table, model, SAMPLE_SHEET)).toEqual([]);
  });

  it('moves 227 of 5,000 clients to another tier without a clip', () => {
    expect(moved(tierGrid(grid, model, SAMPLE_SHEET).tierIndex, tierGrid(typo, model, SAMPLE_SHEET).tierIndex)).toHaveLength(227);
  });

  it('is listed before the run, with its cell', () => {
    const table = tierGrid(typo, model, SAMPLE_SHEET).table;
    const checks = runChecks(table, model, SAMPLE_SHEET);
    expect(checks.map((c) => [c.kind, c.factor, c.count])).toEqual([['outliers', 'loyalty', 1]]);
    expect(checks[0].cells).toEqual([{ sheet: SAMPLE_SHEET, row: 2, column: '开户年限', columnIndex: 12, value: '-3' }]);
    expect(checks[0].message['zh-CN']).toBe('「忠诚度」（开户年限）有 1 个异常值；可在模型中为此因子设置截尾（clip）');
  });

  it('with clip [1, 99] moves nobody: the tiers are the clean sample\'s with the same clip (the clip itself moves 33 against no clip)', () => {
    const typoClipped = tierGrid(typo, clipped, SAMPLE_SHEET).tierIndex;
    expect(moved(tierGrid(grid, clipped, SAMPLE_SHEET).tierIndex, typoClipped)).toEqual([]);
    expect(moved(tierGrid(grid, model, SAMPLE_SHEET).tierIndex, typoClipped)).toHaveLength(33);
  });

  it('maps 资产规模 to 客户姓名: a text column that blocks the run until confirmed, and the confirmation is logged', () => {
    const overrides = { assets: '客户姓名' };
    const layout = locateSheetLayout(grid, model, SAMPLE_SHEET, overrides);
    const result = tierClientTable(buildClientTable(grid, layout, model, SAMPLE_SHEET), model);
    const checks = runChecks(result.table, model, SAMPLE_SHEET);
    expect(checks.map((c) => [c.kind, c.severity, c.count, c.column])).toEqual([['text_column', 'error', 5000, '客户姓名']]);
    const input = {
      result, locale: 'zh-CN' as const, choices: DEFAULT_ADDIN_CHOICES, source: { sheetName: SAMPLE_SHEET, lastUsedColumn: 13, lastRow: 5001 },
      run: { timestamp: '2026-06-30T00:00:00.000Z', tool: 'test' },
    };
    let error: unknown;
    try { composeOutputPlan(input); } catch (e) { error = e; }
    expect(isTierBookError(error) && error.code).toBe('DATA_CHECKS_UNCONFIRMED');
    const plan = composeOutputPlan({ ...input, confirmedChecks: true });
    const log = plan.sheets.find((s) => s.role === 'log');
    expect(log?.rows[1][13]).toBe('错误（已确认运行）：「资产规模」是数值因子，但列「客户姓名」大多是文本（5,000/5,000 个非空单元格不是数字）：请换一列');
    expect(log?.rows[1][15]).toBe('text_column:assets:5000:confirmed');
    expect(String(log?.rows[1][16]).split('; ')).toEqual(plan.sheets.map((s) => s.key));
  });
});
