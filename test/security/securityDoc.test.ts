/*
 * docs/security.md stays true to its checks: every claim names what checks it, every named file exists, every
 * security test is named, the URL allow-list table matches the script's, and the zh-CN summary is there.
 */
import fs from 'fs';
import path from 'path';
import { ROOT, securityCheck } from './securityCheck';

const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'security.md'), 'utf8');
const CLAIM_HEADINGS = ['### 1.', '### 2.', '### 3.', '### 4.', '### 5.', '### 6.', '### 7.', '### 8.', '### 9.', '### CLI'];

/** The text of each "### " section, by its heading's start. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n${heading}`);
  if (start === -1) throw new Error(`docs/security.md has no section "${heading}"`);
  const next = DOC.slice(start + 1).search(/\n#{2,3} /);
  return next === -1 ? DOC.slice(start) : DOC.slice(start, start + 1 + next);
}

describe('docs/security.md', () => {
  it.each(CLAIM_HEADINGS)('section "%s" says what checks it, and every file it names exists', (heading) => {
    const text = section(heading);
    const checkedBy = /\nChecked by: ([\s\S]*?)(?:\n\n|$)/.exec(text);
    expect(checkedBy).not.toBeNull();
    const files = [...(checkedBy?.[1] ?? '').matchAll(/`((?:test|scripts)\/[^`\s]+)`/g)].map((match) => match[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !fs.existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('names every security test file', () => {
    const tests = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.ts') && name !== path.basename(__filename));
    expect(tests.filter((name) => !DOC.includes(`test/security/${name}`))).toEqual([]);
  });

  it("lists exactly the bundles' URL allow-list of scripts/security-check.js", () => {
    const documented = [...section('### 2.').matchAll(/^\| `(https?:\/\/[^`]+)` \|/gm)].map((match) => match[1]).sort();
    const allowed = securityCheck.URL_ALLOW_LIST.map((entry) => ('url' in entry ? entry.url : entry.prefix)).sort();
    expect(documented).toEqual(allowed);
  });

  it('states that the model-sheet lock is not a security boundary, and records the audit result', () => {
    expect(section('### 8.')).toContain('**not a security boundary**');
    expect(section('### 7.')).toMatch(/Result on \d{4}-\d{2}-\d{2}/);
  });

  it('has a zh-CN summary covering every claim', () => {
    const summary = DOC.slice(DOC.indexOf('## 中文摘要'));
    expect(summary.length).toBeGreaterThan(500);
    for (const claim of ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']) expect(summary).toContain(`\n${claim} `);
    expect(summary).toContain('命令行工具');
  });
});
