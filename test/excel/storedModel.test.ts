import { createDefaultModel } from '../../src/engine';
import { buildModelSavePlan } from '../../src/engine/plan/composeOutputPlan';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel } from '../fake-excel';
import { addinPlan, findAndRead } from './pipeline';
import { smallWorkbook } from './smallWorkbook';

describe('the model sheet', () => {
  it('reads back the model a run wrote, and undefined when the workbook has none', async () => {
    const { gateway } = smallWorkbook(10);
    expect(await gateway.readStoredModel()).toBeUndefined();
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'zh-CN'));
    const stored = await gateway.readStoredModel();
    expect(stored?.sheetName).toBe('分级模型');
    expect(stored?.model.factors.map((f) => [f.key, f.weight])).toEqual(createDefaultModel().factors.map((f) => [f.key, f.weight]));
  });

  it('reports a text weight typed into the model sheet as INVALID_MODEL_SHEET naming the cell', async () => {
    const { fake, gateway } = smallWorkbook(10);
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'zh-CN'));
    const weightColumn = fake.sheet('分级模型').grid().findIndex((row) => row[0] === 'assets');
    expect(weightColumn).toBeGreaterThan(0);
    fake.sheet('分级模型').set(`E${weightColumn + 1}`, [['abc']]);
    const error = await gateway.readStoredModel().then(() => undefined, (e: { code?: string; location?: { address?: string }; messages?: Record<string, string> }) => e);
    expect(error?.code).toBe('INVALID_MODEL_SHEET');
    expect(error?.location?.address).toBe(`'分级模型'!E${weightColumn + 1}`);
    expect(error?.messages?.['zh-CN']).toContain('权重「abc」不是数字');
    expect(error?.messages?.['en-US']).toContain('weight "abc" is not a number');
  });

  it('finds a model sheet by its TIERBOOK-MODEL marker even without TierBook\'s workbook names', async () => {
    const source = createFakeExcel();
    const gateway = createOfficeWorkbookGateway(source.host);
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'en-US'));
    const copy = createFakeExcel({ sheets: { Notes: [['x']], 'My model': source.sheet('Tier Model').grid() } });
    const stored = await createOfficeWorkbookGateway(copy.host).readStoredModel();
    expect(stored?.sheetName).toBe('My model');
  });

  it('calls the change handler on a user edit, not on TierBook\'s own writes, until stopped', async () => {
    const { fake, gateway } = smallWorkbook(10);
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'zh-CN'));
    let calls = 0;
    const stop = await gateway.onStoredModelChanged(() => { calls++; });
    await gateway.writePlan(buildModelSavePlan({ ...createDefaultModel(), name: 'v2' }, 'zh-CN'));
    await fake.settle();
    expect(calls).toBe(0);
    await fake.fireChanged('分级模型', 'E10');
    expect(calls).toBe(1);
    await stop();
    await fake.fireChanged('分级模型', 'E10');
    expect(calls).toBe(1);
    expect(fake.eventHandlerCount()).toBe(0);
  });

  it('locks and unlocks with worksheet protection, a wrong password being SHEET_PROTECTED', async () => {
    const { fake, gateway } = smallWorkbook(10);
    await expect(gateway.setModelSheetLocked(true)).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'zh-CN'));
    await gateway.setModelSheetLocked(true, 'pw');
    expect(fake.sheet('分级模型').protection.protected).toBe(true);
    await expect(gateway.setModelSheetLocked(false, 'wrong')).rejects.toMatchObject({ code: 'SHEET_PROTECTED' });
    await gateway.setModelSheetLocked(false, 'pw');
    expect(fake.sheet('分级模型').protection.protected).toBe(false);
  });
});

describe('other gateway calls', () => {
  it('selects a cell, accepting a sheet-qualified address', async () => {
    const { fake, gateway } = smallWorkbook(10);
    await gateway.writePlan(buildModelSavePlan(createDefaultModel(), 'zh-CN'));
    await gateway.selectCell('分级模型', "'分级模型'!E11");
    expect(fake.activeSheetName()).toBe('分级模型');
    expect(fake.model.selection?.rect).toEqual({ row: 10, col: 4, rows: 1, cols: 1 });
    await expect(gateway.selectCell('nope', 'A1')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  it('reads the previous run\'s tier per client id from TierBook\'s marked tier column', async () => {
    const { gateway } = smallWorkbook(40);
    const first = await findAndRead(gateway);
    expect(await gateway.readPreviousTiers(first.source)).toBeUndefined();
    const { plan, result } = addinPlan(first);
    await gateway.writePlan(plan);
    const read = await findAndRead(gateway);
    const previous = await gateway.readPreviousTiers(read.source);
    expect(previous?.size).toBe(result.table.size);
    for (let i = 0; i < result.table.size; i++) {
      expect(previous?.get(result.table.ids[i])).toBe(result.model.tiers[result.tierIndex[i]].name);
    }
  });

  it('maps Office\'s display language to a supported locale', () => {
    const fake = createFakeExcel();
    expect(createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-TW' }).displayLocale()).toBe('zh-CN');
    expect(createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'en-GB' }).displayLocale()).toBe('en-US');
    expect(createOfficeWorkbookGateway(fake.host, { displayLanguage: () => undefined }).displayLocale()).toBe('en-US');
  });
});
