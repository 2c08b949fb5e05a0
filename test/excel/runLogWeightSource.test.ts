import { createDefaultModel, describeWeightSource, parseRunLog, RUN_LOG_COL, type TierModel } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type SeedCell } from '../fake-excel';
import { addinPlan, findAndRead } from './pipeline';

function clientRows(): SeedCell[][] {
  const rows: SeedCell[][] = [['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限']];
  for (let i = 0; i < 40; i++) rows.push([`C${i}`, (i * 37 % 101) * 10000, i % 23, i % 3 ? '基础理财' : '专业投资', `C${i % 5 + 1}`, i % 17 + 0.5]);
  return rows;
}

describe('the run log records where the weights came from', () => {
  it('appends the weight source in words and as JSON; a run without one leaves both blank; parseRunLog reads it back', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clientRows() } });
    fake.select('客户', 'A1:F41');
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'en-US' });
    const read = await findAndRead(gateway);
    const keys = createDefaultModel().factors.map((f) => f.key);
    const model: TierModel = { ...createDefaultModel(), weightSource: { method: 'blend', factors: keys, matrix: keys.map(() => keys.map(() => 1)), cr: 0, objective: 'entropy', clients: 40, alpha: 0.6 } };
    await gateway.writePlan(addinPlan(read, {}, 'en-US').plan);
    await gateway.writePlan(addinPlan(read, {}, 'en-US', model).plan);

    const log = await gateway.readRunLog();
    const rows = log?.rows ?? [];
    expect(rows[0].slice(RUN_LOG_COL.weightSource)).toEqual(['Weight source', 'Weight source (JSON)']);
    expect(rows[1][RUN_LOG_COL.weightSource] ?? '').toBe('');
    expect(rows[2][RUN_LOG_COL.weightSource]).toBe(describeWeightSource(model.weightSource!, 'en-US'));
    expect(rows[2][RUN_LOG_COL.weightSource]).toBe('blend (5 × 5 judgement matrix, CR = 0, entropy, over 40 clients, α = 0.6)');
    const entries = parseRunLog(rows);
    expect(entries[0].weightSource).toBeUndefined();
    expect(entries[1].weightSource).toEqual(model.weightSource);
  });

  it('ignores a logged JSON cell that a user edited into something else', () => {
    const row = Array.from({ length: 19 }, () => null as string | number | null);
    row[RUN_LOG_COL.rowsRead] = 3; row[RUN_LOG_COL.tiered] = 3; row[RUN_LOG_COL.weightSourceJson] = '{"method":"guess"}';
    expect(parseRunLog([row])[0].weightSource).toBeUndefined();
    row[RUN_LOG_COL.weightSourceJson] = 'not json';
    expect(parseRunLog([row])[0].weightSource).toBeUndefined();
  });
});
