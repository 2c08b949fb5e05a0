import { composeOutputPlan, DEFAULT_ADDIN_CHOICES, type AddinOutputChoices } from '../../src/engine/plan/composeOutputPlan';
import { createOfficeWorkbookGateway, type OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import type { WriteReport } from '../../src/excel/workbookGateway';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { findAndRead, RUN_CONTEXT, tierTable } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';
import { tierBookMarkers } from './workbookChecks';

const TEMPLATES = '策略模板';
const TEMPLATES_MARKER_NAME = '_TierBook_sheet_strategyTemplates';

/** The pane's run: read the table and the templates, compose with them, write. A template error stops it before any write. */
async function runPane(gateway: OfficeWorkbookGateway, choices: Partial<AddinOutputChoices> = {}): Promise<WriteReport> {
  const read = await findAndRead(gateway);
  const all = { ...DEFAULT_ADDIN_CHOICES, mode: 'values' as const, ...choices };
  const templates = all.strategySheets ? await gateway.readStoredTemplates() : undefined;
  const { result, extras } = tierTable(read);
  const plan = composeOutputPlan({
    result, locale: 'zh-CN', extras, run: RUN_CONTEXT, choices: all,
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
    playbooks: templates?.playbooks, templatesSheet: templates ? 'found' : 'missing',
  });
  return gateway.writePlan(plan);
}

/** 1-based worksheet row of the templates sheet holding `item` of playbook `key` (the `nth` such row, 0-based). */
function templateRow(fake: FakeExcel, sheet: string, key: string, item: string, nth = 0): number {
  const rows = fake.sheet(sheet).grid().map((r, i) => ({ r, i })).filter(({ r }) => r[0] === key && r[1] === item);
  expect(rows.length).toBeGreaterThan(nth);
  return rows[nth].i + 1;
}

interface ErrorShape { code?: string; location?: { sheet?: string; address?: string }; messages?: Record<string, string> }

async function rejectionOf(promise: Promise<unknown>): Promise<ErrorShape | undefined> {
  return promise.then(() => undefined, (e: ErrorShape) => e);
}

describe('strategy templates in the workbook', () => {
  it('a first run writes the default templates sheet; a second run uses the hand-edited action and keeps the edit', async () => {
    const { fake, gateway } = smallWorkbook(40);
    expect(await gateway.readStoredTemplates()).toBeUndefined();
    const first = await runPane(gateway);
    expect(first.sheets).toContain(TEMPLATES);
    expect(tierBookMarkers(fake).get(TEMPLATES_MARKER_NAME)).toBe(`=${TEMPLATES}!$A$1`);
    expect(fake.sheet(TEMPLATES).cell('A2')).toBe('TIERBOOK-STRATEGIES');

    const row = templateRow(fake, TEMPLATES, 'tier-diamond', '服务动作');
    fake.sheet(TEMPLATES).set(`C${row}`, [['每周由投顾一对一回访，介绍新的资产配置方案', 'Weekly one-to-one call by the adviser about the new allocation plan']]);
    const edited = fake.sheet(TEMPLATES).grid();

    const stored = await gateway.readStoredTemplates();
    expect(stored?.sheetName).toBe(TEMPLATES);
    expect(stored?.playbooks.find((p) => p.key === 'tier-diamond')?.actions[0]['zh-CN']).toBe('每周由投顾一对一回访，介绍新的资产配置方案');

    const sheetsBefore = fake.sheetNames();
    const second = await runPane(gateway);
    expect(second.sheets).not.toContain(TEMPLATES);
    expect(fake.sheetNames()).toEqual(sheetsBefore);
    expect(fake.sheet(TEMPLATES).grid()).toEqual(edited);
    const diamond = fake.sheet('策略-钻石').grid().map((r) => r[1]);
    expect(diamond).toContain('1. 每周由投顾一对一回访，介绍新的资产配置方案');
    const overview = fake.sheet('服务策略').grid().flat().filter((v): v is string => typeof v === 'string');
    expect(overview.some((v) => v.includes('每周由投顾一对一回访'))).toBe(true);
  });

  it('a bad risk rating no longer stops the run: the product is kept, shown as R?, and the templates sheet is kept as typed', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await runPane(gateway);
    const row = templateRow(fake, TEMPLATES, 'tier-gold', '推荐产品');
    fake.sheet(TEMPLATES).set(`E${row}`, [['R7']]);
    const product = fake.sheet(TEMPLATES).cell(`C${row}`);
    const templates = fake.sheet(TEMPLATES).grid();
    const report = await runPane(gateway);
    expect(report.incomplete).toBe(false);
    expect(fake.sheet(TEMPLATES).grid()).toEqual(templates);
    const gold = fake.sheet('策略-黄金').grid();
    expect(gold.some((r) => r[1] === product && r[2] === 'R?')).toBe(true);
  });

  it('an unknown item names its cell and stops the run; an unknown R-level beside it does not', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await runPane(gateway);
    const unknown = templateRow(fake, TEMPLATES, 'tier-silver', '联系频率');
    const rating = templateRow(fake, TEMPLATES, 'tier-standard', '推荐产品');
    fake.sheet(TEMPLATES).set(`B${unknown}`, [['备注']]);
    fake.sheet(TEMPLATES).set(`E${rating}`, [['很高']]);
    const before = fake.snapshot();
    const error = await rejectionOf(runPane(gateway));
    expect(error?.code).toBe('INVALID_MODEL_SHEET');
    expect(error?.location?.address).toBe(`'${TEMPLATES}'!B${unknown}`);
    expect(error?.messages?.['zh-CN']).toContain(`'${TEMPLATES}'!B${unknown}：项目「备注」无法识别`);
    expect(error?.messages?.['en-US']).toContain(`'${TEMPLATES}'!B${unknown}: the item "备注" is not one of Title, Audience`);
    expect(error?.messages?.['en-US']).not.toContain('很高'); // an unknown R-level is the compliance check's to report
    expect(fake.snapshot()).toEqual(before);
  });

  it('finds the templates after the user renamed the sheet, and a copy in another workbook by its marker cell alone', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await runPane(gateway);
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(TEMPLATES).name = '我的服务策略';
      await ctx.sync();
    });
    const row = templateRow(fake, '我的服务策略', 'tier-diamond', '服务动作');
    fake.sheet('我的服务策略').set(`C${row}`, [['改名后的动作']]);
    expect((await gateway.readStoredTemplates())?.sheetName).toBe('我的服务策略');
    await runPane(gateway);
    expect(fake.sheetNames()).not.toContain(TEMPLATES);
    expect(fake.sheet('我的服务策略').cell(`C${row}`)).toBe('改名后的动作');
    expect(fake.sheet('策略-钻石').grid().map((r) => r[1])).toContain('1. 改名后的动作');

    // No TierBook names at all: only the TIERBOOK-STRATEGIES cell says what the sheet is.
    const copy = createFakeExcel({ sheets: { Notes: [['x']], 'Playbooks 2026': fake.sheet('我的服务策略').grid() } });
    const stored = await createOfficeWorkbookGateway(copy.host).readStoredTemplates();
    expect(stored?.sheetName).toBe('Playbooks 2026');
    expect(stored?.playbooks.find((p) => p.key === 'tier-diamond')?.actions[0]['zh-CN']).toBe('改名后的动作');
  });

  it('reads in a fixed number of syncs, however many sheets the workbook has', async () => {
    const extra = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`表${i}`, [[i]]]));
    const { fake, gateway } = smallWorkbook(20, { sheets: extra });
    await runPane(gateway);
    fake.resetMetrics();
    expect(await gateway.readStoredTemplates()).toBeDefined();
    expect(fake.metrics.syncCount).toBeLessThanOrEqual(4);
  });

  it('TierBook\'s templates sheet whose marker cell was cleared is an error, never overwritten with the defaults', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await runPane(gateway);
    fake.sheet(TEMPLATES).set('A2', [['']]);
    const before = fake.snapshot();
    const error = await rejectionOf(runPane(gateway));
    expect(error?.code).toBe('INVALID_MODEL_SHEET');
    expect(error?.location).toEqual({ sheet: TEMPLATES, address: `'${TEMPLATES}'!A1:A10` });
    expect(error?.messages?.['zh-CN']).toContain('TIERBOOK-STRATEGIES');
    expect(error?.messages?.['en-US']).toContain(`"${TEMPLATES}" no longer has the TIERBOOK-STRATEGIES marker`);
    expect(fake.snapshot()).toEqual(before);
  });

  it('survives a run without strategy sheets and "remove TierBook output", like the model sheet', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await runPane(gateway);
    const row = templateRow(fake, TEMPLATES, 'tier-diamond', '服务动作');
    fake.sheet(TEMPLATES).set(`C${row}`, [['保留我']]);
    const kept = fake.sheet(TEMPLATES).grid();

    await runPane(gateway, { strategySheets: false });
    expect(fake.sheetNames()).not.toContain('策略-钻石');
    expect(fake.sheet(TEMPLATES).grid()).toEqual(kept);

    const removed = await gateway.removeTierBookOutput();
    expect(removed.sheets).not.toContain(TEMPLATES);
    expect(fake.sheetNames().filter((s) => s !== CLIENT_SHEET).sort()).toEqual(['分级模型', TEMPLATES, '运行日志'].sort());
    expect(fake.sheet(TEMPLATES).grid()).toEqual(kept);
    expect(tierBookMarkers(fake).get(TEMPLATES_MARKER_NAME)).toBe(`=${TEMPLATES}!$A$1`);

    // The next run with strategy sheets uses the kept templates and does not write a second templates sheet.
    await runPane(gateway);
    expect(fake.sheetNames().filter((s) => s.startsWith(TEMPLATES))).toEqual([TEMPLATES]);
    expect(fake.sheet('策略-钻石').grid().map((r) => r[1])).toContain('1. 保留我');
  });
});
