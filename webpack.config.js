/*
 * webpack build of the TierBook Excel add-in (task pane + TIER.* custom functions). See docs/architecture.md.
 *
 *   npm run build        production build into dist/ (manifest URLs rewritten to TIERBOOK_BASE_URL)
 *   npm run build:dev    development build into dist/
 *   npm run dev-server   https://localhost:3000/ (office-addin-dev-certs), or http when TIERBOOK_DEV_HTTP=1
 *
 * Environment:
 *   TIERBOOK_BASE_URL     https origin + path the add-in is served from in production
 *                         (default https://tierbook.example.com/, a placeholder).
 *   TIERBOOK_OFFICE_JS    "self" (default): serve office.js from dist/office-js/, copied from @microsoft/office-js;
 *                         "cdn": load it from Microsoft's CDN instead.
 *   TIERBOOK_SOURCE_MAPS  "1": emit hidden source maps in production (not referenced from the bundles).
 *   TIERBOOK_DEV_HTTP     "1": dev-server over plain http (headless preview without dev certificates).
 *
 * Besides the webpack config function, this module exports the build's constants and helpers
 * (emitted file names, CSP, manifest URL rewriting) for scripts/check-manifest.js and the tests.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const ROOT = __dirname;
const DIST_DIR = path.join(ROOT, 'dist');
const ASSETS_DIR = path.join(ROOT, 'assets');

/** The origin every URL in manifest.xml is written against; the dev-server serves it. */
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_SERVER_PORT = 3000;
/** Placeholder production location; set TIERBOOK_BASE_URL to the firm's own https server. */
const DEFAULT_PRODUCTION_BASE_URL = 'https://tierbook.example.com/';

const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN_BASE = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/`;
/** Folder of dist/ that holds the self-hosted copy of office.js and the files it loads next to itself. */
const OFFICE_JS_DIR = 'office-js/';
const OFFICE_JS_PACKAGE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** Entry chunk name → source; each becomes dist/<name>.js (OUTPUT_FILENAME). */
const ENTRIES = {
  taskpane: './src/taskpane/index.tsx',
  functions: './src/functions/functions.ts',
};
const OUTPUT_FILENAME = '[name].js';
/**
 * Chunks loaded on demand (the task pane's other tabs, charts, the run's plan, the worker): same-origin scripts, so
 * the pages' CSP (script-src 'self') allows them. The hash changes with the content, so a new build is never
 * served from a stale cache.
 */
const CHUNK_FILENAME = '[name].[contenthash:8].js';

const PAGES = [
  { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunk: 'taskpane' },
  { filename: 'functions.html', template: './src/functions/functions.html', chunk: 'functions' },
];

/** functions.json is generated from the JSDoc of the custom functions entry. */
const FUNCTIONS_METADATA = { input: './src/functions/functions.ts', output: 'functions.json' };

const MANIFEST_FILE = 'manifest.xml';

/**
 * Initial JavaScript of each entry (what its page loads before anything else; chunks loaded later do not count),
 * gzip-compressed, in bytes; enforced in production builds. The task pane's is the official feature-less React
 * template's 169 KB (issue 10).
 */
const GZIP_BUDGETS = { taskpane: 169 * 1024, functions: 60 * 1024 };

/** office.js picks `<host>-<platform>-<version>.js` for the running Excel; these are the Excel ones for Office 2016+. */
const OFFICE_JS_EXCEL_HOST_FILE = /^excel-(android|ios|mac|web|win32|winrt)-16\.\d\d(-core)?\.js$/;

/**
 * The files of @microsoft/office-js/dist that Excel needs when office.js is self-hosted, relative to that
 * dist folder: the two loaders, the Excel host files, every locale's office_strings.js (office.js loads
 * the one of Office's UI language), the telemetry shim it loads lazily, and the host-mapping table it
 * loads when it finds no Office host (a plain browser, e.g. the headless preview) before Office.onReady
 * can resolve.
 */
function officeJsFiles() {
  const entries = fs.readdirSync(OFFICE_JS_PACKAGE_DIST, { withFileTypes: true });
  const hostFiles = entries.filter((entry) => entry.isFile() && OFFICE_JS_EXCEL_HOST_FILE.test(entry.name)).map((entry) => entry.name);
  const localeStrings = entries
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(OFFICE_JS_PACKAGE_DIST, entry.name, 'office_strings.js')))
    .map((entry) => `${entry.name}/office_strings.js`);
  const loaderFiles = ['office.js', 'custom-functions-runtime.js', 'o15apptofilemappingtable.js', 'telemetry/oteljs_agave.js'];
  return [...loaderFiles, ...hostFiles, ...localeStrings].sort();
}

function assetFiles() {
  return fs
    .readdirSync(ASSETS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

/** Which office.js to load: the self-hosted copy (default) or Microsoft's CDN. */
function officeJsSource(raw = process.env.TIERBOOK_OFFICE_JS) {
  const value = (raw || 'self').trim().toLowerCase();
  if (value !== 'self' && value !== 'cdn') throw new Error(`TIERBOOK_OFFICE_JS must be "self" or "cdn", got "${raw}"`);
  return value;
}

/** Every file a build writes to dist/, relative to dist/ (for the manifest check). */
function emittedFiles({ officeJs = officeJsSource() } = {}) {
  return [
    ...Object.keys(ENTRIES).map((name) => OUTPUT_FILENAME.replace('[name]', name)),
    ...PAGES.map((page) => page.filename),
    FUNCTIONS_METADATA.output,
    MANIFEST_FILE,
    ...assetFiles().map((file) => `assets/${file}`),
    ...(officeJs === 'self' ? [...officeJsFiles(), 'LICENSE.md'].map((file) => OFFICE_JS_DIR + file) : []),
  ].sort();
}

/** The production base URL from TIERBOOK_BASE_URL: https only, always ending in "/". */
function productionBaseUrl(raw = process.env.TIERBOOK_BASE_URL) {
  const value = (raw || '').trim() || DEFAULT_PRODUCTION_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`TIERBOOK_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`TIERBOOK_BASE_URL must be an https URL (Office requires it), got "${value}"`);
  if (url.search || url.hash) throw new Error(`TIERBOOK_BASE_URL must not have a query or fragment, got "${value}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Points every dev-server URL in the manifest at `baseUrl`, and refuses to leave a localhost URL behind. */
function rewriteManifestUrls(manifestXml, baseUrl) {
  const rewritten = manifestXml.split(DEV_BASE_URL).join(baseUrl);
  if (/localhost/i.test(rewritten)) throw new Error(`${MANIFEST_FILE} still mentions localhost after rewriting to ${baseUrl}`);
  return rewritten;
}

/**
 * The pages' Content-Security-Policy (a <meta> tag, so frame-ancestors can't be set here). The reason for
 * each directive is in docs/architecture.md.
 */
function contentSecurityPolicy({ officeJs = 'self', devServerOrigins = [] } = {}) {
  const scriptSources = ["'self'", ...(officeJs === 'cdn' ? [OFFICE_JS_CDN_ORIGIN] : [])];
  const directives = [
    ["default-src", "'self'"],
    ['script-src', ...scriptSources],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...devServerOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Reports the gzip size of each entry's initial JavaScript and fails the build when one exceeds its budget. */
class GzipBudgetPlugin {
  constructor(budgets, { enforce }) {
    this.budgets = budgets;
    this.enforce = enforce;
  }

  apply(compiler) {
    const name = 'GzipBudgetPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        const logger = compilation.getLogger('TierBook');
        for (const [entryName, entrypoint] of compilation.entrypoints) {
          const files = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
          const gzipBytes = files.reduce((sum, file) => sum + zlib.gzipSync(compilation.getAsset(file).source.buffer()).length, 0);
          const budget = this.budgets[entryName];
          logger.info(`${entryName}: ${files.join(' + ')} = ${kilobytes(gzipBytes)} gzip (budget ${budget ? kilobytes(budget) : 'none'}${this.enforce ? '' : ', enforced in production builds only'})`);
          if (this.enforce && budget !== undefined && gzipBytes > budget) {
            compilation.errors.push(
              new webpack.WebpackError(`${entryName}: initial JavaScript is ${kilobytes(gzipBytes)} gzip, over its ${kilobytes(budget)} budget`),
            );
          }
        }
      });
    });
  }
}

/** Warns in production builds that still point the manifest at the placeholder host. */
class PlaceholderBaseUrlWarningPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PlaceholderBaseUrlWarningPlugin', (compilation) => {
      if (this.baseUrl === DEFAULT_PRODUCTION_BASE_URL) {
        compilation.warnings.push(
          new webpack.WebpackError(`TIERBOOK_BASE_URL is not set: dist/${MANIFEST_FILE} points at the placeholder ${this.baseUrl}`),
        );
      }
    });
  }
}

/** https options from office-addin-dev-certs (which installs a localhost CA on first use), or undefined for http. */
async function devServerHttpsOptions() {
  if (process.env.TIERBOOK_DEV_HTTP === '1') return undefined;
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`[tierbook] no localhost dev certificate (${error instanceof Error ? error.message : error}); serving http instead`);
    return undefined;
  }
}

function officeJsCopyPattern() {
  const wanted = new Set(officeJsFiles().map((file) => path.join(OFFICE_JS_PACKAGE_DIST, file)));
  return [
    {
      from: OFFICE_JS_PACKAGE_DIST,
      to: ({ context, absoluteFilename }) => OFFICE_JS_DIR + path.relative(context, absoluteFilename).split(path.sep).join('/'),
      filter: (absoluteFilename) => wanted.has(path.normalize(absoluteFilename)),
      // Microsoft ships these minified; running Terser over 10 MB of them would only slow the build.
      info: { minimized: true },
    },
    { from: path.join(OFFICE_JS_PACKAGE_DIST, '..', 'LICENSE.md'), to: `${OFFICE_JS_DIR}LICENSE.md` },
  ];
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource();
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;
  const httpsOptions = serving ? await devServerHttpsOptions() : undefined;
  const devServerOrigins = serving
    ? [`${httpsOptions ? 'wss' : 'ws'}://localhost:${DEV_SERVER_PORT}`]
    : [];
  const csp = contentSecurityPolicy({ officeJs, devServerOrigins });
  const officeJsBase = officeJs === 'cdn' ? OFFICE_JS_CDN_BASE : OFFICE_JS_DIR;

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: production ? (process.env.TIERBOOK_SOURCE_MAPS === '1' ? 'hidden-source-map' : false) : 'source-map',
    entry: ENTRIES,
    output: {
      path: DIST_DIR,
      filename: OUTPUT_FILENAME,
      chunkFilename: CHUNK_FILENAME,
      // Chunks sit next to the page that loads them. An explicit public path also keeps webpack's "auto" detection
      // (which probes for importScripts, the worker loader) out of the bundles.
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules for webpack's tree shaking; tsconfig.json itself stays commonjs for jest and the CLI.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
          },
          // Our modules only declare things (the entries, which run code, are always kept): webpack may drop a module
          // whose exports are unused, so a barrel import does not drag the whole engine into the first screen.
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin(FUNCTIONS_METADATA),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: [page.chunk],
            contentSecurityPolicy: csp,
            officeJsScript: `${officeJsBase}office.js`,
            customFunctionsRuntimeScript: `${officeJsBase}custom-functions-runtime.js`,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: MANIFEST_FILE,
            to: MANIFEST_FILE,
            transform: production ? (content) => rewriteManifestUrls(content.toString('utf8'), baseUrl) : undefined,
          },
          ...(officeJs === 'self' ? officeJsCopyPattern() : []),
        ],
      }),
      new GzipBudgetPlugin(GZIP_BUDGETS, { enforce: production }),
      ...(production ? [new PlaceholderBaseUrlWarningPlugin(baseUrl)] : []),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      server: httpsOptions ? { type: 'https', options: httpsOptions } : 'http',
      // Only the build output is served, never the repository.
      static: false,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

Object.assign(module.exports, {
  DEV_BASE_URL,
  DEFAULT_PRODUCTION_BASE_URL,
  OFFICE_JS_CDN_ORIGIN,
  OFFICE_JS_DIR,
  ENTRIES,
  PAGES,
  FUNCTIONS_METADATA,
  MANIFEST_FILE,
  GZIP_BUDGETS,
  officeJsFiles,
  emittedFiles,
  productionBaseUrl,
  rewriteManifestUrls,
  contentSecurityPolicy,
});
