/*
 * The guarded run and the run report in headless Chromium on the preview build (samples/clients.xlsx on the fake):
 * mapping 资产规模 to the name column is caught on the Run step before the run; after a run the report shows the
 * last run, and it is still there after a reload of the page (the preview keeps its fake workbook across reloads of
 * the tab, as a saved workbook keeps its run log). Screenshots of the Run tab at 320 and 350 px, zh-CN and en-US, go
 * to a temporary folder named on stderr.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { createDefaultModel, tierGrid, type Locale } from '../../src/engine';
import { formatCount } from '../../src/taskpane/format';
import { STRINGS } from '../../src/taskpane/i18n';
import { PREVIEW_STRINGS } from '../../preview/previewStrings';
import { loadSampleRows } from '../excel/pipeline';
import { cellValues } from './expectedTiering';
import { assertChromium, openPreviewSession, type PreviewSession } from './previewSession';

function tab(scope: Locator, name: string): Locator {
  return scope.getByRole('tab', { name: new RegExp(`^${name}`, 'u') });
}

/** The pane at `width` px, as Excel's task pane would be, then a picture of it. */
async function paneShot(page: Page, pane: Locator, width: number, file: string): Promise<void> {
  await pane.evaluate((el, w) => { (el as HTMLElement).style.width = `${w}px`; }, width);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await pane.screenshot({ path: file });
}

describe('the guarded run and the run report in the preview', () => {
  let session: PreviewSession | undefined;
  let shots = '';

  beforeAll(async () => {
    assertChromium();
    session = await openPreviewSession();
    shots = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-run-shots-'));
    process.stderr.write(`[e2e] Run tab screenshots in ${shots}\n`);
  }, 600_000);

  afterAll(async () => { await session?.close(); });

  it.each(['zh-CN', 'en-US'] as Locale[])('%s: catches a name column before the run; the report survives a reload', async (locale) => {
    if (!session) throw new Error('no preview session');
    const s = STRINGS[locale];
    const P = PREVIEW_STRINGS[locale];
    const loaded = await loadSampleRows();
    const rows = cellValues(loaded.rows);
    const model = createDefaultModel();
    const assetsLabel = model.factors[0].label?.[locale] ?? 'assets';
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 1600 }, locale });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${session.server.url}?lang=${locale}`);
      const pane = page.getByRole('complementary', { name: P.paneRegion });
      await pane.getByRole('heading', { level: 1, name: s.appTitle }).waitFor({ timeout: 30_000 });
      await pane.getByRole('button', { name: s.readTable }).click();
      await pane.getByText(s.headerRowNote('1')).waitFor();

      // 资产规模 on 客户姓名: an error on the Run step, Run disabled, a confirm box.
      const assets = pane.getByRole('combobox', { name: assetsLabel, exact: true });
      await assets.click();
      await page.getByRole('option', { name: '客户姓名', exact: true }).click();
      await tab(pane, s.tabRun).click();
      await pane.getByText(s.runBlocked).waitFor();
      expect(await pane.getByRole('button', { name: s.run, exact: true }).isDisabled()).toBe(true);
      await pane.getByRole('checkbox', { name: s.runConfirm }).waitFor();
      await paneShot(page, pane, 320, path.join(shots, `run-blocked-${locale}-320.png`));

      // Back to 总资产: nothing blocks; run.
      await tab(pane, s.tabData).click();
      await assets.click();
      await page.getByRole('option', { name: '总资产', exact: true }).click();
      await tab(pane, s.tabRun).click();
      await pane.getByText(s.runChecksNone).waitFor();
      await pane.getByRole('button', { name: s.run, exact: true }).click();
      const report = pane.getByRole('region', { name: s.reportTitle });
      await report.waitFor({ timeout: 60_000 });
      const expected = tierGrid(rows, model, loaded.name);
      const tierRow = (k: number): Locator => report.getByRole('row', { name: `${model.tiers[k].label?.[locale] ?? model.tiers[k].name} ${formatCount(expected.tierCounts[k], locale)}`, exact: true });
      for (let k = 0; k < model.tiers.length; k++) await tierRow(k).waitFor();
      for (const width of [320, 350]) await paneShot(page, pane, width, path.join(shots, `run-report-${locale}-${width}.png`));

      // Reload: the preview reopens the workbook as it was; the report is read back from the run log.
      await page.reload();
      await pane.getByRole('heading', { level: 1, name: s.appTitle }).waitFor({ timeout: 30_000 });
      await tab(pane, s.tabRun).click();
      await report.waitFor({ timeout: 30_000 });
      for (let k = 0; k < model.tiers.length; k++) await tierRow(k).waitFor();
      await report.getByText(s.reportFirstRun).waitFor();
      // A sheet link shows that sheet in the workbook view.
      const summary = locale === 'zh-CN' ? '分级汇总' : 'Tier Summary';
      await report.getByRole('button', { name: summary, exact: true }).click();
      // The link activates the sheet in an Excel.run of its own: wait for it (CI caught the check before the sync ended).
      await page.waitForFunction((name) => window.__tierbookFake?.activeSheetName() === name, summary, { timeout: 10_000 }).catch(() => undefined);
      expect(await page.evaluate(() => window.__tierbookFake?.activeSheetName())).toBe(summary);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
