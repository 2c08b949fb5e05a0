#!/usr/bin/env node
/*
 * `npm run screenshots`: PNGs of each task-pane tab (数据/模型/输出/运行) at Excel's task-pane width, in zh-CN and
 * en-US, taken from the preview (the real pane on the fake Excel with samples/clients.xlsx) in headless Chromium.
 * Each picture is the whole pane, top to bottom, after the client table has been read.
 *
 *   npm run screenshots                          350 px, light, into docs/screenshots/
 *   npm run screenshots -- --width 320           another pane width
 *   npm run screenshots -- --theme dark          Office's dark theme
 *   npm run screenshots -- --out DIR             another folder
 *   npm run screenshots -- --no-build            reuse the last preview build (out/preview/)
 *
 * Chromium is Debian's (/usr/bin/chromium) or TIERBOOK_CHROMIUM. The server listens on 127.0.0.1 on a free port
 * and is stopped before the script ends.
 */
'use strict';
/* global document, requestAnimationFrame -- used only inside page.evaluate/waitForFunction, in the browser */

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { buildPreview } = require('../preview/buildPreview');
const { servePreview } = require('../preview/previewServer');
const { DEFAULT_OUT_DIR, PAGE_FILE } = require('../preview/webpack.preview');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.TIERBOOK_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The tabs by their labels in each language (src/taskpane/i18n.ts), and what the pane's buttons say. */
const LABELS = {
  'zh-CN': { pane: 'TierBook 任务窗格', tabs: { data: '数据', model: '模型', output: '输出', run: '运行' }, read: '读取客户表', readAgain: '重新读取', pin: '固定当前方案' },
  'en-US': { pane: 'TierBook task pane', tabs: { data: 'Data', model: 'Model', output: 'Output', run: 'Run' }, read: 'Read client table', readAgain: 'Read again', pin: 'Pin current scenario' },
};

function parseArgs(argv) {
  const options = { width: 350, theme: 'light', out: path.join(ROOT, 'docs', 'screenshots'), build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--width') options.width = Number(argv[++i]);
    else if (arg === '--theme') options.theme = argv[++i];
    else if (arg === '--out') options.out = path.resolve(argv[++i]);
    else if (arg === '--no-build') options.build = false;
    else throw new Error(`unknown argument ${arg} (use --width N, --theme light|dark, --out DIR, --no-build)`);
  }
  if (!Number.isInteger(options.width) || options.width < 200 || options.width > 2000) throw new Error('--width takes a pane width in px (200–2000)');
  if (options.theme !== 'light' && options.theme !== 'dark') throw new Error('--theme is light or dark');
  return options;
}

/** Waits until Fluent's motions have finished and two frames have been drawn. */
async function settle(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shootLocale(browser, url, locale, options) {
  const labels = LABELS[locale];
  const context = await browser.newContext({ viewport: { width: options.width + 400, height: 900 }, locale, deviceScaleFactor: 1 });
  const written = [];
  try {
    const page = await context.newPage();
    await page.goto(`${url}?lang=${locale}&width=${options.width}&theme=${options.theme}`);
    const pane = page.getByRole('complementary', { name: labels.pane });
    await pane.getByRole('button', { name: labels.read }).click({ timeout: 30_000 });
    await pane.getByRole('button', { name: labels.readAgain }).waitFor({ timeout: 60_000 });
    for (const [key, name] of Object.entries(labels.tabs)) {
      await pane.getByRole('tab', { name: new RegExp(`^${name}`, 'u') }).click();
      if (key === 'model') await pane.getByRole('button', { name: labels.pin }).click();
      await settle(page);
      // The whole pane: a viewport as tall as the pane's content, so that nothing is cut at the fold.
      const height = await pane.evaluate((el) => el.scrollHeight);
      await page.setViewportSize({ width: options.width + 400, height: Math.max(600, Math.ceil(height)) });
      await settle(page);
      const file = path.join(options.out, `${key}-${locale}${options.theme === 'dark' ? '-dark' : ''}${options.width === 350 ? '' : `-${options.width}`}.png`);
      await pane.screenshot({ path: file });
      written.push(file);
      await page.setViewportSize({ width: options.width + 400, height: 900 });
    }
  } finally {
    await context.close();
  }
  return written;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium or set TIERBOOK_CHROMIUM`);
  if (options.build) {
    process.stdout.write(`building the preview into ${DEFAULT_OUT_DIR} …\n`);
    await buildPreview({ mode: 'production', outDir: DEFAULT_OUT_DIR, minimize: false });
  } else if (!fs.existsSync(path.join(DEFAULT_OUT_DIR, PAGE_FILE))) {
    throw new Error(`${DEFAULT_OUT_DIR} has no ${PAGE_FILE}: run without --no-build first`);
  }
  fs.mkdirSync(options.out, { recursive: true });
  const server = await servePreview(DEFAULT_OUT_DIR, { port: 0 });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    for (const locale of Object.keys(LABELS)) {
      for (const file of await shootLocale(browser, server.url, locale, options)) process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    if (browser) await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
