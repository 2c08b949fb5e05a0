/*
 * webpack build of the preview page: the real task pane (src/taskpane/App.tsx) on the Office.js workbook gateway,
 * over the fake Excel of test/fake-excel seeded with samples/clients.xlsx, next to a read-only view of the fake
 * workbook. It loads the same self-hosted office.js as the add-in and has the add-in pages' CSP (self only).
 * Never shipped: the add-in build (webpack.config.js) does not include it, and it builds into its own folder.
 *
 *   node scripts/preview.js          build (production) into out/preview/ and serve it on http://127.0.0.1:<port>/
 *   node preview/buildPreview.js     build only (see that file)
 *
 * The module rules, resolve and target come from webpack.config.js, so the pane compiles exactly as in the add-in.
 */
'use strict';

const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const addinConfig = require('../webpack.config.js');
const { SampleWorkbookPlugin } = require('./sampleWorkbookPlugin');

const ROOT = path.join(__dirname, '..');
const DEFAULT_OUT_DIR = path.join(ROOT, 'out', 'preview');
const SAMPLE_FILE = path.join(ROOT, 'samples', 'clients.xlsx');
const OFFICE_JS_PACKAGE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
/** The page; index.html so that the server's "/" is the preview. */
const PAGE_FILE = 'index.html';

/**
 * The same office.js files the add-in build self-hosts (webpack.config.js officeJsFiles), at the same place. One
 * pattern with a filter: a pattern per file would glob the package's 146 folders once per file.
 */
function officeJsCopyPatterns() {
  const dir = addinConfig.OFFICE_JS_DIR;
  const wanted = new Set(addinConfig.officeJsFiles().map((file) => path.join(OFFICE_JS_PACKAGE_DIST, file)));
  return [
    {
      from: OFFICE_JS_PACKAGE_DIST,
      to: ({ context, absoluteFilename }) => dir + path.relative(context, absoluteFilename).split(path.sep).join('/'),
      filter: (absoluteFilename) => wanted.has(path.normalize(absoluteFilename)),
      info: { minimized: true },
    },
    { from: path.join(OFFICE_JS_PACKAGE_DIST, '..', 'LICENSE.md'), to: `${dir}LICENSE.md` },
  ];
}

/**
 * The preview's webpack configuration.
 * `minimize: false` keeps production mode (React's production build, tree shaking, no source maps) but skips Terser,
 * the slowest step by far; the end-to-end test builds that way, the bench and `npm run preview` minify.
 * @param {{ mode?: 'production' | 'development', outDir?: string, minimize?: boolean }} options
 */
async function previewConfig({ mode = 'production', outDir = DEFAULT_OUT_DIR, minimize = mode === 'production' } = {}) {
  const production = mode === 'production';
  const base = await addinConfig({}, { mode });
  return {
    mode,
    context: ROOT,
    target: base.target,
    devtool: production ? false : 'source-map',
    entry: { preview: './preview/previewEntry.tsx' },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: base.resolve,
    module: base.module,
    optimization: { minimize },
    // Rebuilds (the e2e test, the bench, npm run preview) reuse compiled modules; webpack checks every input file.
    cache: {
      type: 'filesystem',
      name: `tierbook-preview-${mode}`,
      cacheDirectory: path.join(ROOT, 'node_modules', '.cache', 'webpack'),
      buildDependencies: { config: [path.join(__dirname, 'webpack.preview.js'), path.join(ROOT, 'webpack.config.js')] },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: PAGE_FILE,
        template: path.join(__dirname, 'preview.html'),
        chunks: ['preview'],
        contentSecurityPolicy: addinConfig.contentSecurityPolicy({ officeJs: 'self' }),
        officeJsScript: `${addinConfig.OFFICE_JS_DIR}office.js`,
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-32.png', to: 'assets/icon-32.png' }, ...officeJsCopyPatterns()] }),
      new SampleWorkbookPlugin({ file: SAMPLE_FILE }),
    ],
    performance: { hints: false },
    infrastructureLogging: { level: 'warn' },
  };
}

module.exports = { previewConfig, DEFAULT_OUT_DIR, PAGE_FILE };
