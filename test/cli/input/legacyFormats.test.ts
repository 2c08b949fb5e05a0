/**
 * Legacy workbooks through LibreOffice (.xls, .ods; .xlsb and WPS .et take the same path), and every file that is
 * not a workbook refused with one line and exit 2: never a stack trace.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { zipSync, strToU8 } from 'fflate';
import { makeTempDir, removeTempDir } from '../../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli, sha256, type CliJson } from '../runCli';
import { writeBytes } from './textExports';

const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'samples', 'clients.xlsx');
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p)) ?? 'soffice';

/** The sample saved by LibreOffice in another format, as a user's Calc or Excel would save it. */
function saveSampleAs(dir: string, format: 'xls' | 'ods'): string {
  const outDir = path.join(dir, format);
  fs.mkdirSync(outDir);
  execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(path.join(dir, `profile-${format}`)).href}`, '--headless', '--norestore',
    '--convert-to', format, '--outdir', outDir, SAMPLE], { stdio: 'ignore', timeout: 300_000 });
  return path.join(outDir, `clients.${format}`);
}

/** A PATH holding node's folder but no LibreOffice. */
function pathWithoutSoffice(dir: string): string {
  const bin = path.join(dir, 'bin-without-soffice');
  fs.mkdirSync(bin, { recursive: true });
  return bin;
}

function expectOneLine(stderr: string): string {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /u);
  return stderr.trimEnd();
}

describe('tierbook on legacy workbooks', () => {
  let dir: string;
  let expected: CliJson;
  beforeAll(async () => {
    dir = makeTempDir('tierbook-legacy-');
    const run = await runCli([SAMPLE, '--json', '-o', path.join(dir, 'from-xlsx.xlsx')]);
    expect(run.code).toBe(0);
    expected = parseJsonOutput(run.stdout);
  });
  afterAll(() => removeTempDir(dir));

  it.each(['xls', 'ods'] as const)('the sample saved as .%s: converted by LibreOffice, same rows, scores and tiers; the input unchanged and no lock file left', async (format) => {
    const file = saveSampleAs(dir, format);
    const before = sha256(file);
    const run = await runCli([file, '--json', '-o', path.join(dir, `from-${format}.xlsx`), '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^tierbook: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} is .*\\.${format}\\): converting it to a temporary \\.xlsx with LibreOffice \\(the input is not changed\\)\\n$`, 'u'));
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toEqual(expected.clients);
    expect(json.tiers).toEqual(expected.tiers);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  }, 600_000);

  it.each([
    ['report.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'Excel 97-2003 (.xls)'],
    ['report.et', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'WPS 表格 (.et)'],
    ['report.ods', Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') })), 'OpenDocument (.ods)'],
    ['report.xlsb', Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) })), 'Excel Binary (.xlsb)'],
  ])('without LibreOffice on PATH, %s is exit 2 with one line naming the format and the fix', async (name, bytes, label) => {
    const file = writeBytes(path.join(dir, name), bytes);
    const run = await runCli([file, '--lang', 'en-US', '-o', path.join(dir, 'none.xlsx')], { pathValue: pathWithoutSoffice(dir) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(expectOneLine(run.stderr)).toBe(`tierbook: ${file} is ${label}; TierBook reads .xlsx directly: save it as .xlsx in Excel or WPS, or install LibreOffice (apt-get install libreoffice-calc-nogui) so TierBook converts it`);
  });

  it('a file LibreOffice cannot load (soffice exits 0 and writes nothing, as it does): exit 2, one error line, temp folder removed', async () => {
    const bin = path.join(dir, 'bin-failing-soffice');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'soffice'), '#!/bin/sh\necho "Error: source file could not be loaded"\nexit 0\n', { mode: 0o755 });
    const file = writeBytes(path.join(dir, 'locked.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const tmpBefore = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('tierbook-convert-')).length;
    const run = await runCli([file, '--lang', 'en-US', '-o', path.join(dir, 'locked-out.xlsx')], { pathValue: bin });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2); // the note that it converts, then the error
    expect(lines[1]).toBe(`tierbook: LibreOffice could not convert ${file} (Excel 97-2003 (.xls)) to .xlsx (is it damaged or password-protected?): open it in Excel or WPS and save it as .xlsx. LibreOffice: Error: source file could not be loaded`);
    expect(fs.existsSync(path.join(dir, 'locked-out.xlsx'))).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('tierbook-convert-')).length).toBeLessThanOrEqual(tmpBefore);
  });

  it('junk under an .xls name that LibreOffice opens as text: exit 2 naming the sheet after the file', async () => {
    const file = writeBytes(path.join(dir, 'junk.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const run = await runCli([file, '--lang', 'en-US', '-o', path.join(dir, 'junk-out.xlsx')]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^tierbook: no sheet holds the client table \(tried "junk"\)/u);
  }, 600_000);

  it.each([
    ['random bytes named .xlsx', 'random.xlsx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)), 'it is neither an .xlsx (zip) nor a legacy Excel file'],
    ['a zip of text files named .xlsx', 'texts.xlsx', Buffer.from(zipSync({ 'readme.txt': strToU8('hello'), 'notes.txt': strToU8('world') })), 'a zip file, but not an Office Open XML package'],
    ['a zip cut short', 'cut.xlsx', Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })).subarray(0, 40), 'no end-of-central-directory record (not a .zip file)'],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0), 'the file is empty'],
  ])('%s: exit 2 with one clear line', async (_name, fileName, bytes, why) => {
    const file = writeBytes(path.join(dir, fileName), bytes);
    // One reading path (issue 15): the package reader judges every zip; the format detector only routes.
    const run = await runCli([file, '--lang', 'en-US', '-o', path.join(dir, 'junk-out.xlsx')]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toContain(`tierbook: cannot read ${file} (not a valid .xlsx file?): ${why}`);
  });
});
