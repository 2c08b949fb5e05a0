/*
 * Claim 4: the built task pane and functions pages carry a Content-Security-Policy before any script:
 * default-src 'self', no 'unsafe-eval', no third-party origin anywhere (office.js is self-hosted); the CDN
 * build is opt-in and adds exactly one origin to script-src.
 */
import fs from 'fs';
import path from 'path';
import build from '../../webpack.config';
import { DIST_DIR, readDist, securityCheck } from './securityCheck';

const PAGES = ['taskpane.html', 'functions.html'];

function policyOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!match) throw new Error('no CSP <meta> in the page');
  return securityCheck.parseCsp(match[1]);
}

describe.each(PAGES)('dist/%s', (page) => {
  const html = (): string => readDist(page);

  it('passes every CSP and script rule', () => {
    expect(securityCheck.pageProblems(html())).toEqual([]);
  });

  it("has default-src 'self', script-src and connect-src 'self' only, and no 'unsafe-eval'", () => {
    const policy = policyOf(html());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src') ?? ["'self'"]).toEqual(["'self'"]);
    expect(policy.get('connect-src') ?? ["'self'"]).toEqual(["'self'"]);
    expect(html()).not.toContain('unsafe-eval');
  });

  it('loads every script, office.js included, from its own origin', () => {
    const sources = [...html().matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/gi)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) {
      expect(source).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
      expect(fs.existsSync(path.join(DIST_DIR, source))).toBe(true);
    }
    expect(sources.some((source) => source.startsWith(`${build.OFFICE_JS_DIR}`))).toBe(true);
  });
});

describe('the CDN build of office.js is opt-in', () => {
  it('adds only the office.js CDN origin, and only to script-src', () => {
    const cdn = build.contentSecurityPolicy({ officeJs: 'cdn' });
    expect(securityCheck.cspProblems(cdn, { allowedScriptOrigins: [build.OFFICE_JS_CDN_ORIGIN] })).toEqual([]);
    expect(securityCheck.cspProblems(cdn)).toEqual([`script-src allows ${build.OFFICE_JS_CDN_ORIGIN}, which is not the add-in's own origin`]);
    expect(securityCheck.parseCsp(cdn).get('connect-src')).toEqual(["'self'"]);
  });

  it('the default policy, which the production build uses, names no other origin', () => {
    expect(securityCheck.cspProblems(build.contentSecurityPolicy())).toEqual([]);
  });
});

describe('the CSP rules catch what they are for', () => {
  it('rejects a wide default-src, unsafe-eval, inline scripts and third-party origins', () => {
    const problems = securityCheck.cspProblems("default-src *; script-src 'self' 'unsafe-eval' 'unsafe-inline'; connect-src https://api.example.com; object-src 'none'");
    expect(problems).toEqual([
      `default-src must be exactly 'self', is ["*"]`,
      "the policy allows 'unsafe-eval'",
      "script-src allows 'unsafe-inline'",
      "default-src allows *, which is not the add-in's own origin",
      "script-src allows 'unsafe-eval', which is not the add-in's own origin",
      "connect-src allows https://api.example.com, which is not the add-in's own origin",
    ]);
  });

  it('rejects a page whose script precedes the policy, an inline script, or a script from another origin', () => {
    const policy = `<meta http-equiv=Content-Security-Policy content="${build.contentSecurityPolicy()}">`;
    expect(securityCheck.pageProblems(`<head><script src=a.js></script>${policy}</head>`)).toEqual(['a <script> comes before the CSP <meta>, which only covers what follows it']);
    expect(securityCheck.pageProblems(`<head>${policy}<script>track()</script></head>`)).toEqual(['an inline <script> (track()…)']);
    expect(securityCheck.pageProblems(`<head>${policy}<script src="https://cdn.example.com/x.js"></script></head>`)).toEqual([
      '<script src="https://cdn.example.com/x.js"> loads from another origin',
    ]);
    expect(securityCheck.pageProblems('<head><script src=a.js></script></head>')).toEqual(['found 0 Content-Security-Policy <meta> elements, expected 1']);
  });
});
