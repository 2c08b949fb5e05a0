/*
 * The offline manifest check (scripts/check-manifest.js): the real manifest passes every rule, in
 * development and after the production URL rewrite, and each rule really catches what it is for.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { CHECKS, buildContext, checkManifestXml, pngSize, type ManifestProblem } from '../../scripts/check-manifest';
import build from '../../webpack.config';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const CHECK_SCRIPT = path.join(ROOT, 'scripts', 'check-manifest.js');

/** Checks against the webpack config and the source assets/ folder, never against a (possibly stale) dist/. */
function problemsIn(xml: string, baseUrl: string = build.DEV_BASE_URL): ManifestProblem[] {
  return checkManifestXml(xml, buildContext({ baseUrl }));
}

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`test mutation does not apply: ${from}`);
  return xml.replace(from, to);
}

describe('manifest.xml', () => {
  it('passes every rule against the dev-server URLs', () => {
    expect(problemsIn(MANIFEST_XML)).toEqual([]);
  });

  it('passes every rule once rewritten for production, with no localhost left', () => {
    const baseUrl = build.productionBaseUrl('https://addins.broker.example.cn/tierbook');
    expect(baseUrl).toBe('https://addins.broker.example.cn/tierbook/');
    const production = build.rewriteManifestUrls(MANIFEST_XML, baseUrl);
    expect(production).not.toMatch(/localhost/i);
    expect(production.split(baseUrl).length).toBe(MANIFEST_XML.split(build.DEV_BASE_URL).length);
    expect(problemsIn(production, baseUrl)).toEqual([]);
  });

  it('is checked by every rule the script defines', () => {
    expect(CHECKS.map(([rule]) => rule)).toEqual(
      expect.arrayContaining(['resources', 'ids', 'https', 'icons', 'permissions', 'app-domains', 'emitted-urls', 'zh-CN', 'custom-functions']),
    );
  });
});

/** [what is broken, how, the rule that must report it, words of its message]. */
const BROKEN_MANIFESTS: ReadonlyArray<readonly [string, (xml: string) => string, string, string]> = [
  ['not well-formed XML', (xml) => replaceOnce(xml, '</Hosts>', '</Hostz>'), 'xml', 'not well-formed'],
  ['a second VersionOverrides type', (xml) => replaceOnce(xml, 'VersionOverridesV1_0', 'VersionOverridesV1_1'), 'version-overrides', 'VersionOverridesV1_1'],
  ['a three-part version', (xml) => replaceOnce(xml, '<Version>0.1.0.0</Version>', '<Version>0.1.0</Version>'), 'identity', 'n.n.n.n'],
  ['a non-GUID id', (xml) => replaceOnce(xml, '<Id>664e1484-', '<Id>tierbook-'), 'identity', 'not a GUID'],
  ['a wider permission', (xml) => replaceOnce(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'), 'permissions', 'ReadWriteMailbox'],
  ['an AppDomains list', (xml) => replaceOnce(xml, '<Hosts>', '<AppDomains><AppDomain>https://cdn.example.com</AppDomain></AppDomains>\n  <Hosts>'), 'app-domains', 'AppDomains'],
  ['a shared runtime requirement', (xml) => replaceOnce(xml, '<Set Name="CustomFunctionsRuntime"', '<Set Name="SharedRuntime" MinVersion="1.1" /><Set Name="CustomFunctionsRuntime"'), 'runtime', 'SharedRuntime'],
  ['a resid nobody defines', (xml) => replaceOnce(xml, '<Label resid="TierBook.Button.Label" />', '<Label resid="TierBook.Button.Labl" />'), 'resources', 'TierBook.Button.Labl'],
  ['an unused resource', (xml) => replaceOnce(xml, '</bt:ShortStrings>', '<bt:String id="Unused.Label" DefaultValue="x"><bt:Override Locale="zh-CN" Value="x" /></bt:String></bt:ShortStrings>'), 'resources', '"Unused.Label", which nothing uses'],
  ['a label pointing at a long string', (xml) => replaceOnce(xml, '<Label resid="TierBook.Group.Label" />', '<Label resid="TierBook.Button.Tooltip" />'), 'resources', 'needs one from bt:ShortStrings'],
  ['a duplicated id', (xml) => replaceOnce(xml, 'id="TierBook.OpenTaskpane"', 'id="TierBook.Group"'), 'ids', '"TierBook.Group" is used 2 times'],
  ['an http URL', (xml) => replaceOnce(xml, 'DefaultValue="https://localhost:3000/taskpane.html" />\n  </DefaultSettings>', 'DefaultValue="http://localhost:3000/taskpane.html" />\n  </DefaultSettings>'), 'https', 'not https'],
  ['an icon of the wrong size', (xml) => replaceOnce(xml, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png" />'), 'icons', 'is 16x16, not 32x32'],
  ['a missing icon file', (xml) => replaceOnce(xml, 'assets/icon-80.png', 'assets/icon-81.png'), 'icons', 'icon-81.png is missing'],
  ['a ribbon icon set without 80px', (xml) => replaceOnce(xml, '<bt:Image size="80" resid="TierBook.Icon.80" />\n                </Icon>\n                <Control', '</Icon>\n                <Control'), 'icons', 'no 80px image'],
  ['a functions script the build does not emit', (xml) => replaceOnce(xml, 'https://localhost:3000/functions.js', 'https://localhost:3000/public/functions.js'), 'emitted-urls', 'public/functions.js, which the webpack build does not emit'],
  ['functions metadata swapped with the page', (xml) => replaceOnce(xml, 'https://localhost:3000/functions.json', 'https://localhost:3000/functions.html'), 'custom-functions', 'Metadata'],
  ['another namespace', (xml) => replaceOnce(xml, 'id="Functions.Namespace" DefaultValue="TIER"', 'id="Functions.Namespace" DefaultValue="TIERBOOK"'), 'custom-functions', 'not TIER'],
  ['a URL on another host', (xml) => replaceOnce(xml, '<SupportUrl DefaultValue="https://localhost:3000/" />', '<SupportUrl DefaultValue="https://support.example.com/" />'), 'emitted-urls', 'not under the add-in\'s base URL'],
  ['no zh-CN display name', (xml) => replaceOnce(xml, '<Override Locale="zh-CN" Value="TierBook 客户分级" />', ''), 'zh-CN', 'DisplayName has no zh-CN Override'],
  ['no zh-CN tooltip', (xml) => replaceOnce(xml, '<bt:Override Locale="zh-CN" Value="打开 TierBook 窗格：为客户打分、分级，并把结果写回工作簿。" />', ''), 'zh-CN', '"TierBook.Button.Tooltip" has no zh-CN'],
  ['a label over 125 characters', (xml) => replaceOnce(xml, 'DefaultValue="Tier Clients"', `DefaultValue="${'x'.repeat(126)}"`), 'limits', 'longer than 125'],
  ['the button opening another page', (xml) => replaceOnce(xml, '<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Functions.Page.Url" />'), 'ribbon', 'not https://localhost:3000/taskpane.html'],
];

describe('each rule catches what it is for', () => {
  it.each(BROKEN_MANIFESTS)('%s', (_what, breakManifest, rule, words) => {
    const problems = problemsIn(breakManifest(MANIFEST_XML));
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ rule, message: expect.stringContaining(words) })]));
  });

  it('reports every problem at once, not just the first', () => {
    const checkable = BROKEN_MANIFESTS.filter(([, , rule]) => rule !== 'xml' && rule !== 'version-overrides');
    const broken = checkable.reduce((xml, [, breakManifest]) => breakManifest(xml), MANIFEST_XML);
    const rulesReported = new Set(problemsIn(broken).map((found) => found.rule));
    for (const [, , rule] of checkable) expect(rulesReported).toContain(rule);
  });
});

describe('icons in assets/', () => {
  it.each([16, 32, 64, 80, 128])('icon-%i.png is a square PNG of that size', (size) => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('are exactly what scripts/make-icons.js draws', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.js'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('pngSize rejects what is not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a-not-a-png-at-all-really'))).toBeUndefined();
    expect(pngSize(undefined)).toBeUndefined();
  });
});

describe('node scripts/check-manifest.js', () => {
  it('exits 0 on manifest.xml', () => {
    const result = spawnSync(process.execPath, [CHECK_SCRIPT, '--no-dist'], { encoding: 'utf8', cwd: ROOT });
    expect(result.stdout).toContain('manifest rules pass');
    expect(result.status).toBe(0);
  });

  it('exits 1 and lists every problem of a broken manifest', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-manifest-'));
    const brokenFile = path.join(folder, 'manifest.xml');
    const broken = replaceOnce(
      replaceOnce(MANIFEST_XML, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'),
      '<Override Locale="zh-CN" Value="TierBook 客户分级" />',
      '',
    );
    fs.writeFileSync(brokenFile, broken);
    try {
      const result = spawnSync(process.execPath, [CHECK_SCRIPT, '--manifest', brokenFile, '--no-dist', '--json'], { encoding: 'utf8', cwd: ROOT });
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as { problems: ManifestProblem[] };
      expect(report.problems.map((found) => found.rule).sort()).toEqual(['permissions', 'zh-CN']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
