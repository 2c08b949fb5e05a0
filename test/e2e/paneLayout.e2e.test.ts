/*
 * The task pane at the width Excel gives it (320 and 350 px), in headless Chromium on the preview build: in every
 * tab and state (thresholds and quotas, 2 to 8 tiers, a model error, an unfinished category row, the model menu and
 * the lock dialog), in both languages, nothing reaches past the pane and no two controls (or a control and a text)
 * are drawn over each other. Also: a model problem's link focuses its field, clear of the sticky distribution; and
 * axe-core finds no serious or critical accessibility violation on any tab. Needs Chromium (see previewSession.ts).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createDefaultModel, type Locale } from '../../src/engine';
import { STRINGS, type Strings } from '../../src/taskpane/i18n';
import { PREVIEW_STRINGS } from '../../preview/previewStrings';
import { layoutFaults } from './paneLayout';
import { assertChromium, openPreviewSession, type PreviewSession } from './previewSession';

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const WIDTHS = [320, 350] as const;
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function tab(scope: Locator, name: string): Locator {
  return scope.getByRole('tab', { name: new RegExp(`^${name}`, 'u') });
}

/** The text a message puts before its argument (「删除等级「」 → 删除等级「), to find every row's control. */
function prefixOf(message: (arg: string) => string): string {
  return message('\u0000').split('\u0000')[0];
}

interface Pane {
  readonly locale: Locale;
  readonly page: Page;
  readonly pane: Locator;
  readonly s: Strings;
}

async function openPane(context: BrowserContext, url: string, locale: Locale, width: number, theme: 'light' | 'dark'): Promise<Pane> {
  const page = await context.newPage();
  await page.goto(`${url}?lang=${locale}&width=${width}&theme=${theme}`);
  const pane = page.getByRole('complementary', { name: PREVIEW_STRINGS[locale].paneRegion });
  const s = STRINGS[locale];
  await pane.getByRole('heading', { level: 1, name: s.appTitle }).waitFor({ timeout: 30_000 });
  return { locale, page, pane, s };
}

async function readTable({ pane, s }: Pane): Promise<void> {
  await pane.getByRole('button', { name: s.readTable }).click();
  await pane.getByRole('button', { name: s.readAgain }).waitFor({ timeout: 30_000 });
}

/** Every factor's scale section open, so that its controls are measured too. */
async function openAllSections({ pane }: Pane): Promise<void> {
  await pane.locator('.fui-AccordionHeader__button').first().waitFor(); // the sections load lazily
  const closed = pane.locator('.fui-AccordionHeader__button[aria-expanded="false"]');
  while (await closed.count() > 0) await closed.first().click();
}

/** Waits for Fluent's motions (accordion, dialog, menu) to finish before measuring. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The ✕ of every tier row, by the start of its name (删除等级「 / Remove tier "). */
function removeTierButtons({ pane, s }: Pane): Locator {
  return pane.locator(`button[aria-label^=${JSON.stringify(prefixOf(s.removeTierOf))}]`);
}

async function tierCount(p: Pane): Promise<number> {
  return removeTierButtons(p).count();
}

async function setTierCount(p: Pane, wanted: number): Promise<void> {
  while (await tierCount(p) < wanted) await p.pane.getByRole('button', { name: p.s.addTier, exact: true }).click();
  while (await tierCount(p) > wanted) await removeTierButtons(p).first().click();
}

/** Types into the second tier's min score and leaves the field (a SpinButton commits on blur). */
async function setSecondMinScore({ pane, s }: Pane, value: string): Promise<Locator> {
  const spin = pane.getByRole('spinbutton', { name: new RegExp(`${s.control('', s.tierMinScore).replace(/[()]/gu, '\\$&')}$`, 'u') }).nth(1);
  await spin.fill(value);
  await spin.press('Tab');
  return spin;
}

/** Walks the pane through its tabs and states, recording what does not fit at each. */
async function faultsInEveryState(p: Pane): Promise<string[]> {
  const { page, pane, s } = p;
  const found: string[] = [];
  const check = async (state: string): Promise<void> => {
    await settle(page);
    const faults = await layoutFaults(page);
    if (faults.sidewaysScroll > 0) found.push(`${state}: the pane scrolls sideways by ${faults.sidewaysScroll} px`);
    for (const f of faults.outside) found.push(`${state}: past the pane: ${f}`);
    for (const f of faults.overlaps) found.push(`${state}: overlap: ${f}`);
  };
  await check('data, before reading');
  await readTable(p);
  await check('data, read');
  await tab(pane, s.tabModel).click();
  await check('model, distribution first');
  await openAllSections(p);
  // Every section includes the compared weightings (WeightCandidates) and the sensitivity table (issue 12), measured with them in.
  await pane.getByRole('listitem', { name: s.candidateEntropy, exact: true }).waitFor();
  await pane.getByRole('table', { name: s.sensitivityIntro }).waitFor({ timeout: 30_000 });
  await check('model, every section open (scales, weightings, sensitivity)');
  await pane.getByRole('button', { name: s.pinCurrent }).click();
  await check('model, pinned what-if');
  await pane.getByRole('button', { name: s.candidateAdoptLabel(s.candidateCritic), exact: true }).click();
  await check('model, a weighting adopted');

  await pane.getByRole('button', { name: s.modelMenu }).click();
  await pane.getByRole('menuitem', { name: s.lockMenuItem }).waitFor();
  await check('model menu');
  await pane.getByRole('menuitem', { name: s.lockMenuItem }).click();
  await pane.getByRole('dialog').waitFor();
  await check('lock dialog');
  await pane.getByRole('button', { name: s.lockDialogClose }).click();
  await pane.getByRole('dialog').waitFor({ state: 'detached' });

  await setSecondMinScore(p, '95');
  await pane.getByText(s.modelProblemsTitle).waitFor();
  await check('model error (tiers out of order)');
  await setSecondMinScore(p, '60');
  await pane.getByText(s.modelProblemsTitle).waitFor({ state: 'detached' });

  await pane.getByRole('button', { name: s.addCategory }).first().click();
  // The first category factor is 客户需求 (Needs) with four categories: the new row is its fifth.
  const needs = createDefaultModel().factors[2];
  const newLabel = pane.getByRole('textbox', { name: s.categoryLabelOf(needs.label?.[p.locale] ?? needs.key, '5'), exact: true });
  // Focus leaves the row (not to its own score box) with the row still empty.
  await newLabel.focus();
  await newLabel.blur();
  await pane.getByText(s.categoryRowEmpty).waitFor();
  await check('unfinished category row');

  await pane.getByRole('radio', { name: s.tierModeQuotas }).check();
  await check('quotas, 4 tiers');
  await setTierCount(p, 8);
  await check('quotas, 8 tiers');
  await setTierCount(p, 2);
  await check('quotas, 2 tiers');
  await pane.getByRole('radio', { name: s.tierModeThresholds }).check();
  await check('thresholds, 2 tiers');
  await setTierCount(p, 8);
  await check('thresholds, 8 tiers');

  await tab(pane, s.tabOutput).click();
  await check('output');
  await tab(pane, s.tabRun).click();
  await check('run');
  return found;
}

/** Output: suitability columns ticked; Run: run, so the compliance view shows its counts and the verify button. */
async function runWithCompliance({ pane, s }: Pane): Promise<Locator> {
  await tab(pane, s.tabOutput).click();
  // Values: the preview's fake Excel computes no formulas, so a live run could never verify.
  await pane.getByRole('radio', { name: s.formulasValues }).check();
  const suitability = pane.getByRole('checkbox', { name: s.choiceSuitability });
  if (!(await suitability.isChecked())) await suitability.check();
  await tab(pane, s.tabRun).click();
  await pane.getByRole('button', { name: s.run, exact: true }).click();
  const view = pane.getByRole('region', { name: s.complianceTitle });
  await view.getByRole('table', { name: s.complianceTitle }).waitFor({ timeout: 120_000 });
  await view.getByRole('button', { name: s.verifyButton }).waitFor();
  // The run's toast (8 s) is not the compliance view's: measured without it.
  await pane.page().locator('.fui-Toast').first().waitFor({ state: 'detached', timeout: 30_000 });
  return view;
}

/** One stored score typed over by hand in the fake workbook, so that verify finds a difference to list. */
async function editOneScore(page: Page, locale: Locale): Promise<void> {
  await page.evaluate((header) => {
    const fake = (window as unknown as { __tierbookFake: { sheet(name: string): { grid(a?: string): unknown[][]; set(a1: string, rows: unknown[][]): void } } }).__tierbookFake;
    const sheet = fake.sheet('客户清单');
    const column = sheet.grid('A1:Z1')[0].indexOf(header);
    if (column < 0) throw new Error(`no ${header} column`);
    sheet.set(`${String.fromCharCode(65 + column)}2`, [[1]]);
  }, locale === 'zh-CN' ? '综合得分' : 'Tier Score');
}

/** Clicks verify and waits for its outcome. */
async function verifyLastRun(view: Locator, s: Strings, matches: boolean): Promise<void> {
  await view.getByRole('button', { name: s.verifyButton }).click();
  // The outcome's first words: 核对通过 / Verified, or 核对未通过 / Not verified (neither contains the other).
  const said = prefixOf(matches ? s.verifyMatch : s.verifyMismatch);
  await view.getByRole('status').filter({ hasText: said }).waitFor({ timeout: 120_000 });
  await view.getByRole('button', { name: s.verifyButton }).waitFor();
}

/** axe-core's serious and critical violations in the pane, after its motions settle. */
async function axeFaults(page: Page): Promise<string[]> {
  await settle(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const aside = document.querySelector('aside');
    if (!aside) throw new Error('no pane');
    const result = await axe.run(aside);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
}

/** Screenshots of the compliance state go here (named on stderr), to be looked at. */
const COMPLIANCE_SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-compliance-shots-'));

describe('the task pane at 320 and 350 px (preview build, headless Chromium)', () => {
  let session: PreviewSession | undefined;

  beforeAll(async () => {
    assertChromium();
    session = await openPreviewSession();
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  /** A context that may inject axe-core: the page's CSP refuses inline scripts, bypassed here in the test only. */
  async function newContext(locale: Locale): Promise<BrowserContext> {
    if (!session) throw new Error('no preview session');
    return session.browser.newContext({ viewport: { width: 1100, height: 800 }, locale, bypassCSP: true });
  }

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      for (const theme of width === 320 ? ['light', 'dark'] as const : ['light'] as const) {
        it(`${locale}, ${width} px, ${theme}: every tab and state fits, nothing drawn over anything`, async () => {
          const context = await newContext(locale);
          try {
            const p = await openPane(context, session?.server.url ?? '', locale, width, theme);
            const errors: string[] = [];
            p.page.on('pageerror', (error) => errors.push(error.message));
            expect(await faultsInEveryState(p)).toEqual([]);
            expect(errors).toEqual([]);
          } finally {
            await context.close();
          }
        }, 240_000);
      }
    }
  }

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`${locale}, ${width} px: the compliance view after a run with suitability columns, and after verify, fits`, async () => {
        const context = await newContext(locale);
        try {
          const p = await openPane(context, session?.server.url ?? '', locale, width, 'light');
          const errors: string[] = [];
          p.page.on('pageerror', (error) => errors.push(error.message));
          await readTable(p);
          const view = await runWithCompliance(p);
          const found: string[] = [];
          const check = async (state: string): Promise<void> => {
            await settle(p.page);
            const faults = await layoutFaults(p.page);
            if (faults.sidewaysScroll > 0) found.push(`${state}: the pane scrolls sideways by ${faults.sidewaysScroll} px`);
            for (const f of faults.outside) found.push(`${state}: past the pane: ${f}`);
            for (const f of faults.overlaps) found.push(`${state}: overlap: ${f}`);
          };
          // The Tracking view (issue 11): the run wrote the follow-up plan and the watchlist; the view reads them back.
          const tracking = p.pane.getByRole('region', { name: p.s.trackingTitle });
          await tracking.getByRole('table', { name: p.s.trackingByTier }).waitFor();
          await tracking.scrollIntoViewIfNeeded();
          await check('run, tracking view');
          await tracking.screenshot({ path: path.join(COMPLIANCE_SHOTS, `tracking-${locale}-${width}.png`) });
          await view.scrollIntoViewIfNeeded();
          await check('run, compliance counts');
          await view.screenshot({ path: path.join(COMPLIANCE_SHOTS, `compliance-${locale}-${width}.png`) });
          await verifyLastRun(view, p.s, true);
          await check('run, compliance verified');
          await view.screenshot({ path: path.join(COMPLIANCE_SHOTS, `compliance-verified-${locale}-${width}.png`) });
          await editOneScore(p.page, locale);
          await verifyLastRun(view, p.s, false);
          await check('run, compliance verify found a difference');
          await view.screenshot({ path: path.join(COMPLIANCE_SHOTS, `compliance-differs-${locale}-${width}.png`) });
          process.stderr.write(`[e2e] compliance view screenshots in ${COMPLIANCE_SHOTS}\n`);
          expect(found).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }, 300_000);
    }
  }

  it('a model problem\'s link focuses its field, clear of the sticky distribution, in words without JSON paths', async () => {
    const context = await newContext('en-US');
    try {
      const p = await openPane(context, session?.server.url ?? '', 'en-US', 320, 'light');
      await readTable(p);
      await tab(p.pane, p.s.tabModel).click();
      const spin = await setSecondMinScore(p, '95');
      const bar = p.pane.locator('.fui-MessageBar').filter({ hasText: p.s.modelProblemsTitle });
      await bar.waitFor();
      expect(await bar.textContent()).not.toMatch(/tiers\[|factors\[|minScore/u);
      // The distribution stays, dimmed and marked out of date.
      await p.pane.getByText(p.s.staleDistribution).waitFor();
      await p.pane.getByRole('group', { name: p.s.distributionTitle }).waitFor();
      // Scroll away, then follow the link.
      await p.page.evaluate(() => { const aside = document.querySelector('aside'); if (aside) aside.scrollTop = aside.scrollHeight; });
      await bar.getByRole('button', { name: p.s.whereField(p.s.whereTier('Gold'), p.s.fieldMinScore) }).click();
      await p.page.waitForFunction((el) => el === document.activeElement, await spin.elementHandle());
      await settle(p.page);
      const sticky = await p.pane.getByRole('heading', { name: p.s.distributionTitle }).evaluate((h) => (h.parentElement as HTMLElement).getBoundingClientRect().bottom);
      const box = await spin.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? 0).toBeGreaterThanOrEqual(sticky);
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const locale of LOCALES) {
    it(`${locale}: axe-core finds no serious or critical violation on any tab`, async () => {
      const context = await newContext(locale);
      try {
        const p = await openPane(context, session?.server.url ?? '', locale, 350, 'light');
        await readTable(p);
        await p.page.addScriptTag({ content: AXE_SOURCE });
        const found: string[] = [];
        for (const name of [p.s.tabData, p.s.tabModel, p.s.tabOutput, p.s.tabRun]) {
          await tab(p.pane, name).click();
          if (name === p.s.tabModel) {
            await openAllSections(p);
            await p.pane.getByRole('button', { name: p.s.pinCurrent }).click();
          }
          found.push(...(await axeFaults(p.page)).map((f) => `${name}: ${f}`));
        }
        // The compliance view after a run with suitability columns, then after verify.
        const view = await runWithCompliance(p);
        found.push(...(await axeFaults(p.page)).map((f) => `${p.s.complianceTitle}: ${f}`));
        await verifyLastRun(view, p.s, true);
        found.push(...(await axeFaults(p.page)).map((f) => `${p.s.complianceTitle}, ${p.s.verifyButton}: ${f}`));
        await editOneScore(p.page, locale);
        await verifyLastRun(view, p.s, false);
        found.push(...(await axeFaults(p.page)).map((f) => `${p.s.complianceTitle}, ${p.s.verifyButton} ≠: ${f}`));
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    }, 360_000);
  }
});
