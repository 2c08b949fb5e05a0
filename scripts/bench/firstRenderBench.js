'use strict';
/* global performance -- used inside page.evaluate callbacks, which run in the browser */
// Time to first render of the task pane in headless Chromium: the minified production preview build (preview/,
// the real pane and the self-hosted office.js over the fake Excel with samples/clients.xlsx), opened 5 times, each in
// a fresh browser context. The figure is the page's own performance mark 'tierbook:pane-rendered' (the first frame
// after React committed the pane, whose <h1> is then visible), measured from navigation start; the marks for
// office.js being ready and the sample being loaded show where the time goes. Figures only.
const fs = require('node:fs');
const path = require('node:path');

const RUNS = 5;
const CHROMIUM = process.env.TIERBOOK_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** preview/previewGlobals.ts PREVIEW_MARKS. */
const MARKS = { officeReady: 'tierbook:office-ready', sampleReady: 'tierbook:sample-ready', paneRendered: 'tierbook:pane-rendered' };
/** What the preview build reads: a build older than any of these is rebuilt. */
const SOURCES = ['preview', 'src', 'test/fake-excel', 'samples/clients.xlsx', 'webpack.config.js'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), stat.mtimeMs);
}

/**
 * Reuses out/preview-bench/ when it is newer than every source; otherwise builds it (minified, as the add-in ships).
 * `minimize: false` builds out/preview-bench-names/ instead, whose function names a profile can show.
 */
async function previewBuild(root, write, minimize = true) {
  const outDir = path.join(root, 'out', minimize ? 'preview-bench' : 'preview-bench-names');
  const page = path.join(outDir, 'index.html');
  const sourcesChanged = () => Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source)))) > fs.statSync(page).mtimeMs;
  if (fs.existsSync(page) && !sourcesChanged()) {
    write(`reusing ${path.relative(root, outDir)}/ (newer than its sources)\n`);
    return outDir;
  }
  const { buildPreview } = require(path.join(root, 'preview', 'buildPreview.js'));
  const built = await buildPreview({ mode: 'production', minimize, outDir });
  write(`built ${path.relative(root, outDir)}/ (production, ${minimize ? 'minified' : 'names kept'}) in ${(built.ms / 1000).toFixed(1)} s\n`);
  return outDir;
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('h1', { state: 'visible', timeout: 60000 });
    const wallMs = Date.now() - started;
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.paneRendered, { timeout: 60000 });
    const marks = await page.evaluate((names) => Object.fromEntries(Object.entries(names).map(([key, name]) => [key, performance.getEntriesByName(name)[0]?.startTime ?? NaN])), MARKS);
    return { ...marks, wallMs };
  } finally {
    await context.close();
  }
}

async function run({ root, section, write }) {
  section(`Task pane: time to first render in headless Chromium (minified preview build, ${RUNS} loads, fresh context each)`);
  await withPreviewBrowser(root, write, async (browser, url) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, url));
    const fmt = (key) => `${median(runs.map((r) => r[key])).toFixed(0)} ms`;
    write(`runs (pane rendered, ms from navigation start): ${runs.map((r) => r.paneRendered.toFixed(0)).join(', ')}\n`);
    write(`median time to first render: ${fmt('paneRendered')}  (office.js ready ${fmt('officeReady')}, sample workbook loaded ${fmt('sampleReady')}; goto → <h1> visible as seen by the test driver ${fmt('wallMs')})\n`);
  });
}

/**
 * Serves the minified preview and opens Debian's Chromium on it for `work`, then closes both; says "skipped" when
 * there is no Chromium. The page benches (first render, responsiveness) share it.
 */
async function withPreviewBrowser(root, write, work, { minimize = true } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    write(`skipped: no Chromium at ${CHROMIUM} (set TIERBOOK_CHROMIUM)\n`);
    return;
  }
  const { chromium } = require(require.resolve('playwright-core', { paths: [root] }));
  const { servePreview } = require(path.join(root, 'preview', 'previewServer.js'));
  const server = await servePreview(await previewBuild(root, write, minimize));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await work(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { run, withPreviewBrowser };

if (require.main === module) {
  run({ root: path.join(__dirname, '..', '..'), section: (t) => process.stdout.write(`\n## ${t}\n`), write: (s) => process.stdout.write(s) })
    .catch((error) => { process.stderr.write(`${error.stack || error}\n`); process.exitCode = 1; });
}
