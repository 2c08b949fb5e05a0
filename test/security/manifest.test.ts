/*
 * Claim 1: the manifest asks for ReadWriteDocument and nothing broader, names no AppDomains and no single
 * sign-on, and every URL in it (source and built) is https.
 */
import fs from 'fs';
import path from 'path';
import { ROOT, readDist, securityCheck } from './securityCheck';

const SOURCE_MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`test mutation does not apply: ${from}`);
  return xml.replace(from, to);
}

/** Every absolute URL in attribute values and texts, namespace declarations left out. */
function manifestUrls(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return [...withoutNamespaces.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^"<\s]+/gi)].map((match) => match[0]);
}

describe('manifest permissions and URLs', () => {
  it('the source manifest.xml has ReadWriteDocument, no AppDomains, no SSO and only https URLs', () => {
    expect(securityCheck.manifestProblems(SOURCE_MANIFEST)).toEqual([]);
    expect(SOURCE_MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('the built dist/manifest.xml passes the same rules and points at https, never localhost', () => {
    const built = readDist('manifest.xml');
    expect(securityCheck.manifestProblems(built)).toEqual([]);
    const urls = manifestUrls(built);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect(built).not.toMatch(/localhost/i);
  });

  it('rejects a narrower or broader permission than ReadWriteDocument', () => {
    for (const permission of ['ReadAllDocument', 'WriteDocument', 'ReadWriteMailbox', 'Restricted']) {
      const xml = replaceOnce(SOURCE_MANIFEST, '<Permissions>ReadWriteDocument', `<Permissions>${permission}`);
      expect(securityCheck.manifestProblems(xml)).toEqual([`Permissions must be exactly one ReadWriteDocument, found ["${permission}"]`]);
    }
  });

  it('rejects AppDomains, even an empty list', () => {
    const withDomain = replaceOnce(SOURCE_MANIFEST, '<Permissions>', '<AppDomains><AppDomain>https://cdn.example.com</AppDomain></AppDomains>\n  <Permissions>');
    expect(securityCheck.manifestProblems(withDomain).join('\n')).toContain('https://cdn.example.com');
    const empty = replaceOnce(SOURCE_MANIFEST, '<Permissions>', '<AppDomains></AppDomains>\n  <Permissions>');
    expect(securityCheck.manifestProblems(empty)).toHaveLength(1);
  });

  it('rejects single sign-on (WebApplicationInfo)', () => {
    const sso = replaceOnce(
      SOURCE_MANIFEST,
      '</Resources>',
      '</Resources>\n    <WebApplicationInfo><Id>00000000-0000-0000-0000-000000000000</Id><Resource>api://x</Resource><Scopes><Scope>Files.Read</Scope></Scopes></WebApplicationInfo>',
    );
    expect(securityCheck.manifestProblems(sso).some((problem) => problem.startsWith('<WebApplicationInfo>'))).toBe(true);
  });

  it('rejects an http URL in an attribute or a text, but not the http namespace names', () => {
    const httpIcon = replaceOnce(SOURCE_MANIFEST, 'DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"');
    expect(securityCheck.manifestProblems(httpIcon)).toEqual(['<bt:Url DefaultValue="http://localhost:3000/functions.js"> is not https']);
    expect(SOURCE_MANIFEST).toContain('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
  });
});
