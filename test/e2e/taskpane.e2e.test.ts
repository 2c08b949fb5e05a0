/*
 * The task pane end to end, in headless Chromium: the production preview build (preview/, what `npm run preview`
 * serves) is the real pane and the real self-hosted office.js, on the Office.js workbook gateway over the fake Excel
 * holding samples/clients.xlsx. The test drives the pane as a user does (read the table, check and change a column
 * mapping, pin a scenario, drag a weight slider, choose the outputs, run) and then inspects the fake workbook
 * through window.__tierbookFake (preview build only). Every expected figure comes from the engine run in Node on
 * the same sample rows. Needs Chromium (/usr/bin/chromium or TIERBOOK_CHROMIUM): without it the test fails.
 */
import fs from 'fs';
import path from 'path';
import { isDeepStrictEqual } from 'util';
import type { Locator, Page } from 'playwright-core';
import { createDefaultModel, EFFECT_LABELS, MANAGER_LOAD_LABELS, OUTPUT_LABELS, STRATEGY_LABELS, tierGrid, type CellValue } from '../../src/engine';
import { ADDIN_PLAN_LABELS, RISK_PIVOT_NAME, TIER_PIVOT_NAME } from '../../src/engine/plan/composeOutputPlan';
import { formatCount } from '../../src/taskpane/format';
import { TIER_COLOURS } from '../../src/taskpane/pipeline/tierBars';
import { STRINGS } from '../../src/taskpane/i18n';
import { PREVIEW_MARKS } from '../../preview/previewGlobals';
import { PREVIEW_STRINGS } from '../../preview/previewStrings';
import { columnLetters } from '../fake-excel/address';
import { loadSampleRows } from '../excel/pipeline';
import { cellValues, distributionLines, movedBetween, withWeight } from './expectedTiering';
import { assertChromium, openPreviewSession, type PreviewSession } from './previewSession';
import { sourceColumns } from './sourceColumns';

const LOCALE = 'zh-CN';
const s = STRINGS[LOCALE];
const P = PREVIEW_STRINGS[LOCALE];
const SCREENSHOT = path.join(__dirname, '..', '..', 'test-artifacts', 'taskpane-e2e.png');
const ASSETS = 0; // the default model's first factor, 资产规模 (总资产)

/** Reads until the value equals `expected` (the pane renders after input events), then returns the last read. */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

/** Fluent's Tab repeats its label in a hidden span that reserves its bold width, hence the prefix match. */
function tab(scope: Locator, name: string): Locator {
  return scope.getByRole('tab', { name: new RegExp(`^${name}`, 'u') });
}

/**
 * A checkbox by its visible label, inside its Fluent Checkbox. Why not getByRole('checkbox', { name }): the output
 * choices sit in one Fluent Field, which gives every Checkbox in it the same control id, so all their labels name
 * the first checkbox and the others have no accessible name (reported to the pane's author).
 */
function checkboxLabelled(scope: Locator, label: string): Locator {
  return scope.locator('.fui-Checkbox').filter({ has: scope.page().getByText(label, { exact: true }) }).getByRole('checkbox');
}

/**
 * The distribution: the list under the chart (one line per tier, the change against the baseline after it), and the
 * chart's bars in tier colours as "colour:height" (@fluentui/react-charts draws them as SVG rects with a fill).
 */
async function distribution(pane: Locator): Promise<{ lines: string[]; bars: string[] }> {
  const group = pane.getByRole('group', { name: s.distributionTitle });
  return {
    lines: await group.getByRole('listitem').evaluateAll((items) => items.map((item) => item.querySelector('.fui-Text')?.textContent ?? '')),
    bars: await group.locator('svg rect').evaluateAll((rects, colours) => rects
      .filter((rect) => (colours as string[]).includes((rect.getAttribute('fill') ?? '').toLowerCase()))
      .map((rect) => `${rect.getAttribute('fill')}:${rect.getAttribute('height')}`), [...TIER_COLOURS]),
  };
}

/** Presses the mouse on the slider's track at `from` (0–1 of its width) and drags to `to`, as a user does. */
async function dragSlider(page: Page, slider: Locator, from: number, to: number): Promise<void> {
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the weight slider has no box on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 12 });
  await page.mouse.up();
}

describe('the task pane in headless Chromium on samples/clients.xlsx (the preview build)', () => {
  let session: PreviewSession | undefined;
  let sample: { name: string; rows: CellValue[][] };

  beforeAll(async () => {
    assertChromium(); // before anything starts that would outlive a failed beforeAll
    const [opened, loaded] = await Promise.all([openPreviewSession(), loadSampleRows()]);
    session = opened;
    sample = { name: loaded.name, rows: cellValues(loaded.rows) };
    process.stderr.write(`[e2e] preview build ${opened.buildSeconds.toFixed(1)} s\n`);
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it('reads the client table, maps and re-weighs live, runs, and writes the workbook without touching the source', async () => {
    if (!session) throw new Error('no preview session');
    const origin = new URL(session.server.url).origin;
    const context = await session.browser.newContext({ viewport: { width: 1920, height: 1000 }, locale: LOCALE });
    const offOrigin: string[] = [];
    // Nothing may leave 127.0.0.1: a request elsewhere is recorded (and fails the test) and never sent.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      const sheetName = sample.name;
      const lastColumn = sample.rows[0].length - 1;
      const clients = sample.rows.length - 1;
      const defaultModel = createDefaultModel();
      const assetsLabel = defaultModel.factors[ASSETS].label?.[LOCALE] ?? defaultModel.factors[ASSETS].key;

      await page.goto(session.server.url);
      const pane = page.getByRole('complementary', { name: P.paneRegion });
      const workbook = page.getByRole('main', { name: P.workbookRegion });
      await pane.getByRole('heading', { level: 1, name: s.appTitle }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, PREVIEW_MARKS.paneRendered)).toBe(1);

      // The fake holds exactly what ExcelJS reads from the sample (the build's JSON conversion loses nothing).
      const before = await page.evaluate(() => window.__tierbookFake?.snapshot());
      expect(sourceColumns(before, sheetName, lastColumn)).toMatchObject({ values: sample.rows });

      // Data: read the table around the selection (A1), then the automatic column mapping.
      await pane.getByRole('button', { name: s.readTable }).click();
      await pane.getByText(s.sourceSummary(sheetName, `A1:${columnLetters(lastColumn)}${sample.rows.length}`, formatCount(sample.rows.length, LOCALE))).waitFor();
      const mapping = [[s.clientIdField, defaultModel.idColumn ?? ''], ...defaultModel.factors.map((f) => [f.label?.[LOCALE] ?? f.key, f.column])];
      // A row of the mapping table by its Dropdown (`has` locators are relative to the row, hence page.getByRole).
      const mappingRow = (label: string): Locator => pane.getByRole('row').filter({ has: page.getByRole('combobox', { name: label, exact: true }) });
      for (const [label, header] of mapping) {
        expect(await pane.getByRole('combobox', { name: label, exact: true }).textContent()).toBe(header);
        await mappingRow(label).getByText(s.matchExact).waitFor();
      }
      // Map 资产规模 to another column and back, through the Dropdown.
      const assetsColumn = pane.getByRole('combobox', { name: assetsLabel, exact: true });
      for (const header of ['金融资产', defaultModel.factors[ASSETS].column]) {
        await assetsColumn.click();
        await page.getByRole('option', { name: header, exact: true }).click();
        await assetsColumn.filter({ hasText: header }).waitFor();
        await mappingRow(assetsLabel).getByText(s.matchChosen).waitFor();
      }

      // Model: the live distribution equals the engine's; pin it as the what-if baseline.
      await tab(pane, s.tabModel).click();
      const baseline = tierGrid(sample.rows, defaultModel, sheetName);
      const baselineShown = await settled(async () => (await distribution(pane)).lines, distributionLines(baseline, LOCALE));
      expect(baselineShown).toEqual(distributionLines(baseline, LOCALE));
      // Fluent's chart, not progress bars: one bar per tier in its tier's colour, in tier order.
      expect(await pane.getByRole('group', { name: s.distributionTitle }).getByRole('progressbar').count()).toBe(0);
      await settled(async () => (await distribution(pane)).bars.length, defaultModel.tiers.length); // the charts' chunk loads after the first screen
      const barsBefore = (await distribution(pane)).bars;
      expect(barsBefore.map((bar) => bar.split(':')[0].toLowerCase())).toEqual(TIER_COLOURS.slice(0, defaultModel.tiers.length));
      await pane.getByRole('button', { name: s.pinCurrent }).click();
      expect(await pane.getByRole('radio', { name: s.comparePinned }).isChecked()).toBe(true);
      await pane.getByRole('status').filter({ hasText: s.whatIfMoved('0', formatCount(clients, LOCALE)) }).waitFor();

      // Drag the 资产规模 weight from 35 towards 90 with the mouse, then one step back with the keyboard.
      const slider = pane.getByRole('slider', { name: assetsLabel });
      expect(Number(await slider.inputValue())).toBe(defaultModel.factors[ASSETS].weight);
      await dragSlider(page, slider, defaultModel.factors[ASSETS].weight / 100, 0.9);
      const dragged = Number(await slider.inputValue());
      expect(dragged).toBeGreaterThanOrEqual(80);
      await slider.press('ArrowLeft');
      const weight = Number(await settled(() => slider.inputValue(), String(dragged - 1)));
      expect(weight).toBe(dragged - 1);

      const reweighed = tierGrid(sample.rows, withWeight(ASSETS, weight), sheetName);
      const expectedLines = distributionLines(reweighed, LOCALE);
      expect(expectedLines).not.toEqual(distributionLines(baseline, LOCALE)); // the move must change the distribution
      expect(await settled(async () => (await distribution(pane)).lines, expectedLines)).toEqual(expectedLines);
      expect((await distribution(pane)).bars).not.toEqual(barsBefore);
      const moved = movedBetween(baseline, reweighed);
      expect(moved).toBeGreaterThan(0);
      await pane.getByRole('status').filter({ hasText: s.whatIfMoved(formatCount(moved, LOCALE), formatCount(clients, LOCALE)) }).waitFor();
      const whatIf = pane.getByRole('table', { name: s.whatIfTitle });
      expect(await whatIf.getByRole('row').count()).toBe(defaultModel.tiers.length + 1);

      // Drill down: the first changed cell with clients lists them; a client's link selects its row in the sheet.
      const tierLabel = (k: number): string => defaultModel.tiers[k].label?.[LOCALE] ?? defaultModel.tiers[k].name;
      let cell: { from: number; to: number; count: number } | undefined;
      for (let f = 0; f < defaultModel.tiers.length && !cell; f++) {
        for (let t = 0; t < defaultModel.tiers.length && !cell; t++) {
          let count = 0;
          for (let i = 0; i < baseline.tierIndex.length; i++) if (baseline.tierIndex[i] === f && reweighed.tierIndex[i] === t) count++;
          if (f !== t && count > 0) cell = { from: f, to: t, count };
        }
      }
      if (!cell) throw new Error('the slider moved nobody between tiers');
      const cellName = s.whatIfCellButton(tierLabel(cell.from), tierLabel(cell.to), formatCount(cell.count, LOCALE));
      await whatIf.getByRole('button', { name: cellName }).click();
      const clientList = pane.getByRole('table', { name: s.whatIfClientsTitle(tierLabel(cell.from), tierLabel(cell.to), formatCount(cell.count, LOCALE)) });
      await clientList.waitFor();
      expect(await clientList.getByRole('row').count()).toBe(Math.min(cell.count, 200) + 1);
      const firstId = (await clientList.getByRole('row').nth(1).getByRole('cell').first().textContent()) ?? '';
      const sheetRow = sample.rows.findIndex((row) => String(row[0]) === firstId) + 1;
      expect(sheetRow).toBeGreaterThan(1);
      await clientList.getByRole('button', { name: s.whatIfSelectRow(firstId) }).click();
      const selectedRow = await settled(() => page.evaluate(() => window.__tierbookFake?.selection() ?? null), { sheet: sample.name, address: `${sheetRow}:${sheetRow}` });
      expect(selectedRow).toEqual({ sheet: sample.name, address: `${sheetRow}:${sheetRow}` });
      // The heat map is for the mouse: clicking the same cell there closes the list, clicking it again reopens it.
      // The charts keep out of the tab order (no tabster guards, no tabbable bar or cell): the table is the keyboard's.
      const heatCell = pane.locator(`g[aria-label="${tierLabel(cell.to)}, ${tierLabel(cell.from)}. ${s.heatmapLegend}, ${formatCount(cell.count, LOCALE)}."] rect`);
      // Near the cell's corner: its number is drawn over the middle.
      await heatCell.click({ position: { x: 2, y: 2 } });
      await clientList.waitFor({ state: 'detached' });
      await heatCell.click({ position: { x: 2, y: 2 } });
      await clientList.waitFor();
      expect(await pane.locator('.fui-cart__root [data-tabster-dummy], .fui-cart__root [tabindex]:not([tabindex="-1"])').count()).toBe(0);

      // Output: values, PivotTables, chart, strategy sheets and the run log (no profile columns); run.
      await tab(pane, s.tabOutput).click();
      await pane.getByRole('radio', { name: s.formulasValues }).check();
      for (const choice of [s.choicePivots, s.choiceChart, s.choiceStrategySheets, s.choiceRunLog]) await checkboxLabelled(pane, choice).setChecked(true);
      await checkboxLabelled(pane, s.choiceSegments).setChecked(false);
      await pane.getByRole('button', { name: s.run, exact: true }).click();
      // exact: the Toaster's aria-live region repeats the toast's text, run together.
      await pane.getByText(s.writtenTitle, { exact: true }).waitFor({ timeout: 60_000 });
      // The follow-up loop adds its proposal column and 效果评估's chart (issue 11).
      const columns = [OUTPUT_LABELS.scoreColumn, OUTPUT_LABELS.tierColumn, OUTPUT_LABELS.issuesColumn, MANAGER_LOAD_LABELS.proposedColumn].map((label) => label[LOCALE]);
      await pane.getByText(s.reportColumns(columns.join(s.listSeparator)), { exact: true }).waitFor();
      await pane.getByText(s.reportPivots([TIER_PIVOT_NAME, RISK_PIVOT_NAME].join(s.listSeparator)), { exact: true }).waitFor();
      await pane.getByText(s.reportCharts([ADDIN_PLAN_LABELS.chartTitle[LOCALE], EFFECT_LABELS.trendTitle[LOCALE]].join(s.listSeparator)), { exact: true }).waitFor();
      // The screenshot once the toast has finished sliding in.
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      // The workbook, through window.__tierbookFake.
      const first = columnLetters(lastColumn + 1);
      const afterLast = columnLetters(lastColumn + columns.length + 1);
      const state = await page.evaluate(({ sheet, added, logSheet }) => {
        const fake = window.__tierbookFake;
        if (!fake) throw new Error('window.__tierbookFake is missing');
        return {
          sheetNames: fake.sheetNames(),
          usedRange: fake.sheet(sheet).usedRange(),
          added: fake.sheet(sheet).grid(added),
          pivots: fake.pivots().map((p) => ({ name: p.name, sheet: p.sheet, grid: p.grid })),
          charts: fake.charts().map((c) => ({ name: c.name, sheet: c.sheet, title: c.title, chartType: c.chartType })),
          logRows: fake.sheet(logSheet).grid().length,
          snapshot: fake.snapshot(),
        };
      }, { sheet: sheetName, added: `${first}1:${afterLast}${sample.rows.length}`, logSheet: OUTPUT_LABELS.logSheet[LOCALE] });

      expect(state.added[0]).toEqual([...columns, null]);
      expect(state.usedRange).toBe(`A1:${columnLetters(lastColumn + columns.length)}${sample.rows.length}`);
      const rows = state.added.slice(1);
      expect(rows.every((row) => typeof row[0] === 'number')).toBe(true);
      expect(rows.map((row) => row[0])).toEqual(Array.from(reweighed.scores));
      const tierNames = reweighed.model.tiers.map((t) => t.name);
      expect(rows.map((row) => row[1])).toEqual(Array.from(reweighed.tierIndex, (k) => tierNames[k]));
      expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(tierNames));

      const summarySheet = OUTPUT_LABELS.summarySheet[LOCALE];
      expect(state.sheetNames).toEqual(expect.arrayContaining([
        OUTPUT_LABELS.modelSheet[LOCALE], summarySheet, STRATEGY_LABELS.overviewSheetName[LOCALE],
        ...tierNames.map((name) => `${STRATEGY_LABELS.tierSheetPrefix[LOCALE]}${name}`), OUTPUT_LABELS.logSheet[LOCALE],
      ]));
      expect(state.sheetNames[0]).toBe(sheetName);
      expect(state.pivots.map((p) => [p.name, p.sheet])).toEqual([[TIER_PIVOT_NAME, summarySheet], [RISK_PIVOT_NAME, summarySheet]]);
      const pivotCounts = new Map(state.pivots[0].grid.slice(1).map((row) => [row[0], row[1]]));
      tierNames.forEach((name, k) => expect(pivotCounts.get(name)).toBe(reweighed.tierCounts[k]));
      expect(state.charts).toEqual([
        expect.objectContaining({ sheet: summarySheet, title: ADDIN_PLAN_LABELS.chartTitle[LOCALE] }),
        // 效果评估's clients per tier by run (issue 11): a line chart, drawn by the add-in (the runner cannot).
        expect.objectContaining({ sheet: EFFECT_LABELS.sheetName[LOCALE], title: EFFECT_LABELS.trendTitle[LOCALE], chartType: 'Line' }),
      ]);
      expect(state.logRows).toBe(2);
      expect(sourceColumns(state.snapshot, sheetName, lastColumn)).toEqual(sourceColumns(before, sheetName, lastColumn));

      // The workbook view re-rendered after the write: the client sheet shows TierBook's columns.
      await tab(workbook, sheetName).click();
      await workbook.getByRole('cell', { name: columns[0], exact: true }).waitFor();

      expect(pageErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
