/*
 * The build surface without running a build: the webpack config, the pages' Content-Security-Policy,
 * the self-hosted office.js file list and the production base URL.
 */
import fs from 'fs';
import path from 'path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration, RuleSetRule } from 'webpack';
import build from '../../webpack.config';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Directive name → its sources, from a CSP string. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

function htmlPlugins(config: Configuration): HtmlWebpackPlugin[] {
  return (config.plugins ?? []).filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin);
}

function tsRule(config: Configuration): RuleSetRule {
  const rule = (config.module?.rules ?? []).find(
    (candidate): candidate is RuleSetRule => typeof candidate === 'object' && candidate !== null && String(candidate.test) === String(/\.tsx?$/),
  );
  if (!rule) throw new Error('no rule for .ts/.tsx');
  return rule;
}

describe('Content-Security-Policy of the pages', () => {
  const policy = parseCsp(build.contentSecurityPolicy());

  it('allows only the add-in origin by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it("lets Fluent UI's runtime styles in, but never eval or a third-party origin", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((source) => /^(https?|wss?):/.test(source))).toEqual([]);
  });

  it("adds only Microsoft's office.js origin when office.js comes from the CDN", () => {
    const cdn = parseCsp(build.contentSecurityPolicy({ officeJs: 'cdn' }));
    expect(cdn.get('script-src')).toEqual(["'self'", build.OFFICE_JS_CDN_ORIGIN]);
    expect(cdn.get('connect-src')).toEqual(["'self'"]);
  });

  it.each(['src/taskpane/taskpane.html', 'src/functions/functions.html'])('%s carries the policy and has no inline script', (page) => {
    const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>" />');
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    for (const script of scripts) expect(script).toMatch(/^<script src="[^"]+"><\/script>$/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});

describe.each(['production', 'development'] as const)('webpack config, %s', (mode) => {
  let config: Configuration;

  beforeAll(async () => {
    config = await build({ WEBPACK_BUILD: true }, { mode });
  });

  it('builds the task pane and the custom functions, for modern browsers only', () => {
    expect(config.mode).toBe(mode);
    expect(config.entry).toEqual({ taskpane: './src/taskpane/index.tsx', functions: './src/functions/functions.ts' });
    expect(config.target).toEqual(['web', 'es2020']);
    expect(JSON.stringify(config.entry)).not.toMatch(/core-js|polyfill|regenerator/);
  });

  it('compiles TypeScript to ES modules so that webpack can tree-shake', () => {
    const use = tsRule(config).use as { loader: string; options: { transpileOnly: boolean; compilerOptions: { module: string } } };
    expect(use.loader).toBe('ts-loader');
    expect(use.options.transpileOnly).toBe(true);
    expect(use.options.compilerOptions.module).toBe('es2020');
  });

  it('never uses eval source maps (the CSP has no unsafe-eval) and ships none by default', () => {
    expect(String(config.devtool)).not.toContain('eval');
    if (mode === 'production') expect(config.devtool).toBe(false);
  });

  it('writes each page with its own chunk, the CSP and the self-hosted office.js', () => {
    const pages = htmlPlugins(config).map((plugin) => plugin.userOptions as HtmlWebpackPlugin.Options);
    expect(pages.map((page) => [page.filename, page.chunks])).toEqual([
      ['taskpane.html', ['taskpane']],
      ['functions.html', ['functions']],
    ]);
    for (const page of pages) {
      expect(page.contentSecurityPolicy).toBe(build.contentSecurityPolicy());
      expect(page.officeJsScript).toBe(`${build.OFFICE_JS_DIR}office.js`);
      expect(page.customFunctionsRuntimeScript).toBe(`${build.OFFICE_JS_DIR}custom-functions-runtime.js`);
    }
  });

  it('has performance hints off and budgets on the initial JavaScript', () => {
    expect(config.performance).toEqual({ hints: false });
    expect(build.GZIP_BUDGETS).toEqual({ taskpane: 169 * 1024, functions: 60 * 1024 });
  });
});

describe('self-hosted office.js', () => {
  const files = build.officeJsFiles();

  it.each([
    'office.js',
    'custom-functions-runtime.js',
    'excel-win32-16.01.js',
    'excel-win32-16.00.js',
    'excel-web-16.00.js',
    'excel-mac-16.00.js',
    'zh-cn/office_strings.js',
    'en-us/office_strings.js',
  ])('includes %s', (file) => {
    expect(files).toContain(file);
  });

  it('takes only files that exist in @microsoft/office-js, and no debug builds or other hosts', () => {
    for (const file of files) expect(fs.existsSync(path.join(OFFICE_JS_DIST, file))).toBe(true);
    expect(files.filter((file) => file.includes('.debug.'))).toEqual([]);
    expect(files.filter((file) => /^(word|outlook|powerpoint|onenote|project|access)-/.test(file))).toEqual([]);
  });

  it('is part of what the build emits, unless office.js comes from the CDN', () => {
    expect(build.emittedFiles()).toContain(`${build.OFFICE_JS_DIR}office.js`);
    expect(build.emittedFiles({ officeJs: 'cdn' }).filter((file) => file.startsWith(build.OFFICE_JS_DIR))).toEqual([]);
  });
});

describe('production base URL (TIERBOOK_BASE_URL)', () => {
  it('defaults to the documented placeholder', () => {
    expect(build.productionBaseUrl('')).toBe(build.DEFAULT_PRODUCTION_BASE_URL);
    expect(build.DEFAULT_PRODUCTION_BASE_URL).toBe('https://tierbook.example.com/');
  });

  it('adds the trailing slash', () => {
    expect(build.productionBaseUrl('https://intranet.broker.cn/addins/tierbook')).toBe('https://intranet.broker.cn/addins/tierbook/');
  });

  it.each(['http://intranet.broker.cn/', 'intranet.broker.cn', 'https://intranet.broker.cn/?v=1'])('rejects %s', (raw) => {
    expect(() => build.productionBaseUrl(raw)).toThrow(/TIERBOOK_BASE_URL/);
  });

  it('refuses a manifest that would still point at localhost', () => {
    expect(() => build.rewriteManifestUrls('<a href="https://localhost:3001/x"/>', 'https://x.example/')).toThrow(/localhost/);
  });
});
