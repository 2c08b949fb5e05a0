/*
 * Claim 2: the shipped bundles (dist/**\/*.js but Microsoft's verbatim office.js copy in dist/office-js/) and the
 * TypeScript sources make no network calls and hold no URL outside an explicit allow-list.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DIST_DIR, ROOT, described, securityCheck } from './securityCheck';

const bundles = (): string[] => securityCheck.bundleFiles(DIST_DIR);

describe('network calls in what ships', () => {
  it('scans taskpane.js, functions.js and every other bundle, but not dist/office-js/', () => {
    const names = bundles().map((file) => path.relative(DIST_DIR, file).split(path.sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js']));
    expect(names.filter((name) => name.startsWith(`${securityCheck.OFFICE_JS_DIR}/`))).toEqual([]);
    // The exclusion is real: office.js is in dist/, it is just not ours to scan.
    expect(fs.existsSync(path.join(DIST_DIR, securityCheck.OFFICE_JS_DIR, 'office.js'))).toBe(true);
  });

  it('the bundles use no network API', () => {
    expect(described(securityCheck.scanFiles(bundles(), securityCheck.NETWORK_RULES))).toEqual([]);
  });

  it('the bundles hold no URL outside the allow-list, and every allow-list entry is still needed', () => {
    expect(described(securityCheck.rejectedUrlsInFiles(bundles()))).toEqual([]);
    expect(securityCheck.unusedAllowListEntries(bundles())).toEqual([]);
  });

  it('every allow-listed URL says why it can never cause a request', () => {
    for (const entry of [...securityCheck.URL_ALLOW_LIST, ...securityCheck.SOURCE_URL_ALLOW_LIST]) {
      expect('url' in entry ? entry.url : entry.prefix).toMatch(/^https?:\/\/[^/]+\//);
      expect(entry.reason.length).toBeGreaterThan(30);
    }
  });

  it('src/ uses no network API and holds no URL outside its allow-list (comments aside)', () => {
    const sources = securityCheck.sourceFiles();
    expect(sources.length).toBeGreaterThan(50);
    expect(described(securityCheck.scanFiles(sources, securityCheck.NETWORK_RULES))).toEqual([]);
    expect(described(securityCheck.rejectedUrlsInFiles(sources, ROOT, securityCheck.SOURCE_URL_ALLOW_LIST))).toEqual([]);
    expect(securityCheck.unusedAllowListEntries(sources, securityCheck.SOURCE_URL_ALLOW_LIST)).toEqual([]);
  });
});

describe('the network rules catch what they are for', () => {
  const calls: readonly [string, string][] = [
    ['fetch', 'const r = await fetch("/api/clients", { method: "POST", body });'],
    ['fetch', 'window.fetch(url)'],
    ['fetch', 'const send = globalThis.fetch; send(u);'],
    ['XMLHttpRequest', 'const x = new XMLHttpRequest(); x.open("POST", u);'],
    ['WebSocket', 'new WebSocket("wss://x")'],
    ['EventSource', 'new EventSource(u)'],
    ['sendBeacon', 'navigator.sendBeacon(u, JSON.stringify(rows))'],
    ['importScripts', 'importScripts(u)'],
    ['new Image', 'new Image().src = u + "?id=" + clientId'],
    ['RTCPeerConnection', 'new RTCPeerConnection(config)'],
  ];

  it.each(calls)('%s: %s', (rule, code) => {
    expect(securityCheck.scanText(code, securityCheck.NETWORK_RULES).map((hit) => hit.rule)).toContain(rule);
  });

  it('leaves look-alikes alone', () => {
    const harmless = 'prefetchRows(x); options.fetch(); const fetched = 1; const webSocketLike = 2; imageRows.push(new ImageData(1, 1));';
    expect(described(securityCheck.scanText(harmless, securityCheck.NETWORK_RULES))).toEqual([]);
  });

  it('rejects URLs not on the allow-list, including protocol-relative ones, and prints where they are', () => {
    const text = 'const a = "http://www.w3.org/2000/svg"; const b = "https://collector.example.com/t?id="; const c = "//cdn.example.com/p.gif";';
    const hits = securityCheck.rejectedUrls(text, 'sample.js');
    expect(hits.map((hit) => hit.match)).toEqual(['https://collector.example.com/t?id=', '"//cdn.example.com']);
    expect(securityCheck.describeHit(hits[0])).toMatch(/^sample\.js:1:\d+ \[url\] https:\/\/collector\.example\.com/);
  });

  it('scans TypeScript without its comments but with its strings and JSX', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-security-'));
    try {
      const file = path.join(dir, 'Pane.tsx');
      fs.writeFileSync(
        file,
        [
          '// fetch("https://in-a-comment.example.com") is only a comment',
          '/* new XMLHttpRequest() */',
          'export const Pane = () => <p title="x">{/* navigator.sendBeacon(u) */}text</p>;',
          'export const send = (u: string): Promise<Response> => fetch(u);',
          "export const home = 'https://vendor.example.com/help';",
        ].join('\n'),
      );
      expect(securityCheck.scanFiles([file], securityCheck.NETWORK_RULES, dir).map((hit) => `${hit.rule}@${hit.line}`)).toEqual(['fetch@4']);
      expect(securityCheck.rejectedUrlsInFiles([file], dir, []).map((hit) => `${hit.match}@${hit.line}`)).toEqual(['https://vendor.example.com/help@5']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
