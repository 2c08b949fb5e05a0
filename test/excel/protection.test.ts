import { text } from '../../src/engine';
import { diagnoseAccessDenied } from '../../src/excel/diagnoseAccessDenied';
import { toTierBookError } from '../../src/excel/officeErrors';
import { writeReportOf } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, FakeOfficeError } from '../fake-excel';
import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; messages?: Record<string, string> }> {
  return promise.then(() => { throw new Error('expected a rejection'); }, (e: { code?: string; messages?: Record<string, string> }) => e);
}

describe('protected sheets and read-only workbooks', () => {
  it('refuses a protected client sheet with SHEET_PROTECTED naming it, before writing anything', async () => {
    const { fake, gateway } = smallWorkbook(20, { protectedSheets: { [CLIENT_SHEET]: {} } });
    const { plan } = addinPlan(await findAndRead(gateway));
    const before = fake.snapshot();
    const error = await rejection(gateway.writePlan(plan));
    expect(error.code).toBe('SHEET_PROTECTED');
    expect(error.messages?.['zh-CN']).toContain(`「${CLIENT_SHEET}」受保护`);
    expect(error.messages?.['en-US']).toContain(`sheet "${CLIENT_SHEET}" is protected`);
    expect(writeReportOf(error)).toMatchObject({ incomplete: true, columns: [], sheets: [] });
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses a read-only workbook with WORKBOOK_READ_ONLY ("save a copy")', async () => {
    const { fake, gateway } = smallWorkbook(20, { readOnly: true });
    const { plan } = addinPlan(await findAndRead(gateway));
    const before = fake.snapshot();
    const error = await rejection(gateway.writePlan(plan));
    expect(error.code).toBe('WORKBOOK_READ_ONLY');
    expect(error.messages?.['zh-CN']).toContain('工作簿为只读');
    expect(error.messages?.['en-US']).toContain('the workbook is read-only: save a copy');
    expect(fake.snapshot()).toEqual(before);
  });

  it('reports an AccessDenied met half-way as "protected or read-only" when Excel cannot tell which', async () => {
    // ExcelApi 1.7 has no Workbook.readOnly; the diagnosis after the failure cannot read it either, so it says both.
    const { gateway } = smallWorkbook(20, { readOnly: true, apiVersion: '1.7' });
    const { plan } = addinPlan(await findAndRead(gateway), { pivots: false });
    const error = await rejection(gateway.writePlan(plan));
    expect(error.code).toBe('SHEET_PROTECTED');
    expect(error.messages?.['en-US']).toContain('protected or read-only');
    expect(error.messages?.['zh-CN']).toContain('只读');
  });

  it('refuses to overwrite a locked model sheet, telling the user to unlock it in TierBook', async () => {
    const { gateway } = smallWorkbook(20);
    const { plan } = addinPlan(await findAndRead(gateway));
    await gateway.writePlan(plan);
    await gateway.setModelSheetLocked(true, 'secret');
    const error = await rejection(gateway.writePlan(addinPlan(await findAndRead(gateway)).plan));
    expect(error.code).toBe('SHEET_PROTECTED');
    expect(error.messages?.['zh-CN']).toContain('解除模型表锁定');
    expect(error.messages?.['en-US']).toContain('unlock the model sheet');
    await gateway.setModelSheetLocked(false, 'secret');
    await expect(gateway.writePlan(addinPlan(await findAndRead(gateway)).plan)).resolves.toMatchObject({ incomplete: false });
  });

  it('refuses to add sheets to a workbook whose structure is protected', async () => {
    const { gateway } = smallWorkbook(20, { workbookProtected: true });
    const error = await rejection(gateway.writePlan(addinPlan(await findAndRead(gateway)).plan));
    expect(error.code).toBe('SHEET_PROTECTED');
    expect(error.messages?.['en-US']).toContain('workbook structure is protected');
  });

  it('explains an AccessDenied by the workbook\'s state: read-only, a protected sheet (named), or protected structure', async () => {
    expect(await diagnoseAccessDenied(createFakeExcel({ readOnly: true }).host, ['Sheet1'])).toMatchObject({ code: 'WORKBOOK_READ_ONLY' });
    const locked = await diagnoseAccessDenied(createFakeExcel({ sheets: { A: [], 分级模型: [] }, protectedSheets: { 分级模型: {} } }).host, ['A', '分级模型', 'gone'], '分级模型');
    expect(locked).toMatchObject({ code: 'SHEET_PROTECTED', location: { sheet: '分级模型' } });
    expect(locked?.messages['en-US']).toContain('unlock the model sheet');
    expect(await diagnoseAccessDenied(createFakeExcel({ workbookProtected: true }).host, ['Sheet1'])).toMatchObject({ code: 'SHEET_PROTECTED' });
    expect(await diagnoseAccessDenied(createFakeExcel().host, ['Sheet1'])).toBeUndefined();
  });

  it('maps Office error codes to TierBook codes with bilingual messages', () => {
    const context = text('写入工作簿', 'writing to the workbook');
    expect(toTierBookError(new FakeOfficeError('ApiNotFound', 'PivotTableCollection.add is part of ExcelApi 1.8'), context).code).toBe('API_NOT_SUPPORTED');
    expect(toTierBookError(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'too big'), context).code).toBe('PAYLOAD_TOO_LARGE');
    const denied = toTierBookError(new FakeOfficeError('AccessDenied', 'nope'), context);
    expect(denied.code).toBe('SHEET_PROTECTED');
    const other = toTierBookError(new FakeOfficeError('GeneralException', 'boom'), context);
    expect(other.code).toBe('INTERNAL');
    expect(other.messages['zh-CN']).toContain('写入工作簿');
    expect(other.messages['en-US']).toContain('GeneralException: boom');
  });
});
