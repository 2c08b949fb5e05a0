/*
 * Claim 5: TierBook keeps no client data outside the workbook's visible cells: src/ (and what ships) never uses
 * Office.context.document.settings, custom XML parts, OfficeRuntime.storage, localStorage, sessionStorage,
 * indexedDB, WebSQL, cookies or the Cache API. The allow-list is empty.
 */
import { DIST_DIR, described, securityCheck } from './securityCheck';

describe('storage APIs', () => {
  it('src/ uses none of them (comments aside)', () => {
    expect(described(securityCheck.scanFiles(securityCheck.sourceFiles(), securityCheck.STORAGE_RULES))).toEqual([]);
  });

  it('the built bundles use none of them either', () => {
    expect(described(securityCheck.scanFiles(securityCheck.bundleFiles(DIST_DIR), securityCheck.STORAGE_RULES))).toEqual([]);
  });
});

describe('the storage rules catch what they are for', () => {
  const uses: readonly [string, string][] = [
    ['document.settings', "Office.context.document.settings.set('lastClients', rows);"],
    ['document.settings', 'const s = context.document.settings; s.saveAsync();'],
    ['customXmlParts', 'context.workbook.customXmlParts.add(xml);'],
    ['OfficeRuntime.storage', "await OfficeRuntime.storage.setItem('model', json);"],
    ['localStorage', "localStorage.setItem('tiers', JSON.stringify(tiers));"],
    ['localStorage', "window['localStorage'].getItem('x')"],
    ['sessionStorage', 'sessionStorage.setItem(k, v)'],
    ['indexedDB', "indexedDB.open('tierbook')"],
    ['openDatabase', "openDatabase('tb', '1', 'x', 1024)"],
    ['cookie', 'document.cookie = `id=${clientId}`;'],
    ['caches', "await caches.open('v1')"],
  ];

  it.each(uses)('%s: %s', (rule, code) => {
    expect(securityCheck.scanText(code, securityCheck.STORAGE_RULES).map((hit) => hit.rule)).toContain(rule);
  });

  it('leaves look-alikes alone', () => {
    const harmless = 'const styles = useStyles(); <div className={styles.settings} />; const tierSettings = {}; const cacheSize = 1; cookieless();';
    expect(described(securityCheck.scanText(harmless, securityCheck.STORAGE_RULES))).toEqual([]);
  });
});
