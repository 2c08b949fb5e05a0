/**
 * LibreOffice headless recalculation harness for tests.
 *
 * `recalculateXlsx` opens an .xlsx in `soffice --headless` with a throwaway user profile whose
 * registry says "always recalculate on load" (OOXML and ODF), converts it back to .xlsx and reads
 * every cell with ExcelJS. Cached values written into the input file are therefore NOT trusted:
 * what comes back is what LibreOffice computed. `recalculateSheetToCsv` does the same through
 * LibreOffice's CSV filter, which is lighter for big sheets.
 *
 * Facts about LibreOffice 7.4 (Debian bookworm) this relies on, checked by libreoffice.test.ts:
 * - the default for /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode is 1 ("never"), so
 *   without our profile a stale cached value survives the conversion;
 * - exported numbers (xlsx, csv and ods alike) carry 15 significant digits: compare with a
 *   tolerance, never with exact equality of long fractions.
 */
import { spawn } from 'child_process';
import { accessSync, constants as fsConstants, cpSync, rmSync } from 'fs';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { basename, delimiter, extname, join } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';

/** "always" makes LibreOffice recompute every formula on load; "never" keeps the cached values. */
export type RecalcMode = 'always' | 'never';

export interface RecalculateOptions {
  /** Default "always"; "never" exists so tests can show that the setting matters. */
  recalc?: RecalcMode;
  /** Kill soffice after this long. Default 180 000 ms. */
  timeoutMs?: number;
  /** Defaults to $TIERBOOK_SOFFICE, then `soffice` or `libreoffice` on PATH. */
  sofficePath?: string;
  /** Called once soffice runs: its process-group id and throwaway profile (for diagnostics and tests). */
  onStart?: (run: { pid: number; profileDir: string }) => void;
}

export interface CsvRecalculateOptions extends RecalculateOptions {
  /** 1-based sheet position, or a sheet name (a name makes LibreOffice write every sheet). */
  sheet: number | string;
}

/** An Excel error value such as #N/A or #DIV/0!, as ExcelJS reports it. */
export interface CellErrorValue {
  error: string;
}

export type RecalculatedValue = number | string | boolean | Date | CellErrorValue | null;

export interface RecalcTiming {
  /** Preparing the throwaway profile (copying the warmed-up template). */
  profileMs: number;
  /** Wall clock of the soffice process: load, recalculate, export. */
  sofficeMs: number;
  /** Reading the exported file back. */
  readMs: number;
  totalMs: number;
}

export interface RecalculatedSheet {
  name: string;
  /** values[r][c] is the cell at row r+1, column c+1; rectangular over the used range. */
  values: RecalculatedValue[][];
  /** Formula text without "=", or null for a constant or empty cell; same shape as values. */
  formulas: (string | null)[][];
  /** Value at an A1 address ("B3"); null outside the used range. */
  value(address: string): RecalculatedValue;
  formula(address: string): string | null;
}

export interface RecalculatedWorkbook {
  sheets: RecalculatedSheet[];
  /** Throws when there is no sheet of that name. */
  sheet(name: string): RecalculatedSheet;
  timing: RecalcTiming;
}

export interface RecalculatedCsv {
  /** The sheet's cells as LibreOffice printed them (numbers with up to 15 significant digits). */
  rows: string[][];
  timing: RecalcTiming;
}

/** soffice is not installed or not executable: the message says how to get it. */
export class LibreOfficeNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `LibreOffice (soffice) was not found: ${detail}. Install it (apt-get install -y libreoffice-calc) ` +
        'or point $TIERBOOK_SOFFICE at the soffice binary.',
    );
    this.name = 'LibreOfficeNotFoundError';
  }
}

/** soffice ran but did not produce a result (timeout, crash, unreadable input). */
export class LibreOfficeConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibreOfficeConversionError';
  }
}

const DEFAULT_TIMEOUT_MS = 180_000;
const XLSX_FILTER = 'xlsx:Calc MS Excel 2007 XML';
/** Tokens: comma, double quote, UTF-8 (76), from line 1, no column formats, language 0, quoted fields
 *  not as text, detect special numbers, contents NOT "as shown" (raw values), no formulas, no space
 *  trimming, then the sheet selector (1-based index, -1 = every sheet into <name>-<sheet>.csv). */
const CSV_FILTER_PREFIX = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,';

// ---------------------------------------------------------------- locating soffice

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(names: readonly string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The soffice binary to run; throws LibreOfficeNotFoundError when there is none. */
export function resolveSoffice(explicitPath?: string): string {
  const configured = explicitPath ?? process.env.TIERBOOK_SOFFICE;
  if (configured !== undefined && configured !== '') {
    if (!isExecutable(configured)) throw new LibreOfficeNotFoundError(`"${configured}" is not an executable file`);
    return configured;
  }
  const found = findOnPath(['soffice', 'libreoffice']);
  if (found === undefined) throw new LibreOfficeNotFoundError('neither soffice nor libreoffice is on PATH');
  return found;
}

/** True when soffice can be found; lets callers decide how to report a missing LibreOffice. */
export function isLibreOfficeAvailable(explicitPath?: string): boolean {
  try {
    resolveSoffice(explicitPath);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- running soffice

interface SofficeRun {
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs soffice in its own process group so a timeout can kill oosplash and soffice.bin together. */
function runSoffice(soffice: string, args: readonly string[], timeoutMs: number, onSpawn?: (pid: number) => void): Promise<SofficeRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      killProcessGroup(child.pid);
    }, timeoutMs);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === 'ENOENT' ? new LibreOfficeNotFoundError(`cannot start "${soffice}"`) : err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (timedOut) {
        reject(new LibreOfficeConversionError(`soffice timed out after ${timeoutMs} ms and was killed. stderr: ${stderr.trim()}`));
      } else if (code !== 0) {
        reject(new LibreOfficeConversionError(`soffice exited with ${code ?? signal}. stdout: ${stdout.trim()} stderr: ${stderr.trim()}`));
      } else {
        resolve({ stdout, stderr, ms });
      }
    });
  });
}

function killProcessGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

// ---------------------------------------------------------------- throwaway profiles

/** The registry of a fresh profile: recalculation on load for OOXML and ODF documents. */
export function recalcRegistryXml(mode: RecalcMode): string {
  // 0 = always recalculate, 1 = never (LibreOffice's default), 2 = ask (which headless cannot do).
  const value = mode === 'always' ? 0 : 1;
  const item = (prop: string): string =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    item('OOXMLRecalcMode'),
    item('ODFRecalcMode'),
    '</oor:items>',
    '',
  ].join('\n');
}

async function seedProfile(profileDir: string, mode: RecalcMode): Promise<void> {
  await mkdir(join(profileDir, 'user'), { recursive: true });
  await writeFile(join(profileDir, 'user', 'registrymodifications.xcu'), recalcRegistryXml(mode), 'utf8');
}

function profileArg(profileDir: string): string {
  return `-env:UserInstallation=${pathToFileURL(profileDir).href}`;
}

/** Warmed-up profiles, one per soffice binary and recalc mode. */
const templates = new Map<string, Promise<string | undefined>>();
const templateDirs = new Set<string>();

/** First start of a profile costs ~10% of a small conversion; each process warms one template per
 *  binary and mode and every call copies it. A failed warm-up is forgotten (a later call retries)
 *  and this call seeds a fresh profile instead. */
function profileTemplate(soffice: string, mode: RecalcMode, timeoutMs: number): Promise<string | undefined> {
  const key = `${soffice}\u0000${mode}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = createTemplate(soffice, mode, timeoutMs).then((dir) => {
      if (dir === undefined) templates.delete(key);
      return dir;
    });
    templates.set(key, template);
  }
  return template;
}

const TEMPLATE_PREFIX = 'tierbook-lo-template-';

/** Jest may end its workers with a signal, which skips 'exit' handlers: templates are named after
 *  their process, and those of processes that are gone are removed here. */
async function removeOrphanTemplates(): Promise<void> {
  const entries = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const entry of entries) {
    const owner = /^tierbook-lo-template-(\d+)-/.exec(entry);
    if (owner !== null && !isProcessAlive(Number(owner[1]))) await rm(join(tmpdir(), entry), { recursive: true, force: true });
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createTemplate(soffice: string, mode: RecalcMode, timeoutMs: number): Promise<string | undefined> {
  await removeOrphanTemplates();
  const dir = await mkdtemp(join(tmpdir(), `${TEMPLATE_PREFIX}${process.pid}-${mode}-`));
  templateDirs.add(dir);
  if (templateDirs.size === 1) process.once('exit', removeTemplatesSync);
  try {
    await seedProfile(dir, mode);
    await runSoffice(soffice, [profileArg(dir), '--headless', '--norestore', '--terminate_after_init'], Math.min(timeoutMs, DEFAULT_TIMEOUT_MS));
    return dir;
  } catch {
    templateDirs.delete(dir);
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
}

function removeTemplatesSync(): void {
  for (const dir of templateDirs) rmSync(dir, { recursive: true, force: true });
  templateDirs.clear();
}

/** Removes the warmed-up profile templates now (they are also removed when the process exits). */
export function disposeProfileTemplates(): void {
  removeTemplatesSync();
  templates.clear();
}

async function createProfile(workDir: string, soffice: string, mode: RecalcMode, timeoutMs: number): Promise<string> {
  const profileDir = join(workDir, 'profile');
  const template = await profileTemplate(soffice, mode, timeoutMs);
  if (template !== undefined) cpSync(template, profileDir, { recursive: true });
  else await seedProfile(profileDir, mode);
  return profileDir;
}

// ---------------------------------------------------------------- conversion

interface Conversion {
  outDir: string;
  files: string[];
  timing: Omit<RecalcTiming, 'readMs' | 'totalMs'>;
}

/** Converts inputPath with the given --convert-to argument inside workDir; returns the produced files. */
async function convert(inputPath: string, convertTo: string, workDir: string, opts: RecalculateOptions): Promise<Conversion> {
  const soffice = resolveSoffice(opts.sofficePath);
  const mode = opts.recalc ?? 'always';
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await access(inputPath, fsConstants.R_OK).catch(() => {
    throw new LibreOfficeConversionError(`input file not readable: ${inputPath}`);
  });
  const profileStart = Date.now();
  const profileDir = await createProfile(workDir, soffice, mode, timeoutMs);
  const profileMs = Date.now() - profileStart;
  const outDir = join(workDir, 'out');
  await mkdir(outDir);
  const run = await runSoffice(
    soffice,
    [profileArg(profileDir), '--headless', '--norestore', '--nolockcheck', '--convert-to', convertTo, '--outdir', outDir, inputPath],
    timeoutMs,
    (pid) => opts.onStart?.({ pid, profileDir }),
  );
  const files = await readdir(outDir);
  if (files.length === 0) {
    // soffice exits 0 even when it could not load the input; its stdout/stderr say why.
    throw new LibreOfficeConversionError(`soffice produced no output for ${inputPath}. stdout: ${run.stdout.trim()} stderr: ${run.stderr.trim()}`);
  }
  return { outDir, files, timing: { profileMs, sofficeMs: run.ms } };
}

async function withWorkDir<T>(work: (workDir: string) => Promise<T>): Promise<T> {
  const workDir = await mkdtemp(join(tmpdir(), 'tierbook-lo-'));
  try {
    return await work(workDir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Recalculates every formula of an .xlsx in LibreOffice and returns each sheet's values and formulas. */
export async function recalculateXlsx(inputPath: string, opts: RecalculateOptions = {}): Promise<RecalculatedWorkbook> {
  const started = Date.now();
  return withWorkDir(async (workDir) => {
    const conversion = await convert(inputPath, XLSX_FILTER, workDir, opts);
    const readStart = Date.now();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(conversion.outDir, conversion.files[0]));
    const sheets = workbook.worksheets.map(toRecalculatedSheet);
    const readMs = Date.now() - readStart;
    return {
      sheets,
      sheet: (name: string) => findSheet(sheets, name),
      timing: { ...conversion.timing, readMs, totalMs: Date.now() - started },
    };
  });
}

/** Recalculates an .xlsx in LibreOffice and returns one sheet as CSV rows (faster for big sheets). */
export async function recalculateSheetToCsv(inputPath: string, opts: CsvRecalculateOptions): Promise<RecalculatedCsv> {
  const started = Date.now();
  const selector = typeof opts.sheet === 'number' ? String(opts.sheet) : '-1';
  if (typeof opts.sheet === 'number' && (!Number.isInteger(opts.sheet) || opts.sheet < 1)) {
    throw new RangeError(`sheet position must be a 1-based integer, got ${opts.sheet}`);
  }
  return withWorkDir(async (workDir) => {
    const conversion = await convert(inputPath, CSV_FILTER_PREFIX + selector, workDir, opts);
    const readStart = Date.now();
    const file = pickCsvFile(conversion.files, inputPath, opts.sheet);
    const rows = parseCsv(await readFile(join(conversion.outDir, file), 'utf8'));
    const readMs = Date.now() - readStart;
    return { rows, timing: { ...conversion.timing, readMs, totalMs: Date.now() - started } };
  });
}

/** LibreOffice names a per-sheet CSV "<input base>-<sheet name>.csv". */
function pickCsvFile(files: readonly string[], inputPath: string, sheet: number | string): string {
  if (typeof sheet === 'number') return files[0];
  const wanted = `${basename(inputPath, extname(inputPath))}-${sheet}.csv`;
  const file = files.find((f) => f.normalize('NFC') === wanted.normalize('NFC'));
  if (file === undefined) throw new LibreOfficeConversionError(`no sheet named "${sheet}"; LibreOffice wrote: ${files.join(', ')}`);
  return file;
}

// ---------------------------------------------------------------- reading results

function findSheet(sheets: readonly RecalculatedSheet[], name: string): RecalculatedSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet "${name}" in the recalculated workbook (have: ${sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

function toRecalculatedSheet(worksheet: ExcelJS.Worksheet): RecalculatedSheet {
  const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
  const columnCount = worksheet.actualColumnCount === 0 ? 0 : worksheet.columnCount;
  const values: RecalculatedValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const rowValues: RecalculatedValue[] = new Array<RecalculatedValue>(columnCount).fill(null);
    const rowFormulas: (string | null)[] = new Array<string | null>(columnCount).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      rowValues[col - 1] = cellResult(cell);
      rowFormulas[col - 1] = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
    });
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  const at = <T>(grid: (T | null)[][], address: string): T | null => {
    const { row, col } = parseA1(address);
    return grid[row - 1]?.[col - 1] ?? null;
  };
  return {
    name: worksheet.name,
    values,
    formulas,
    value: (address) => at(values, address),
    formula: (address) => at(formulas, address),
  };
}

/** The computed value of a cell: a formula's result, or the constant itself. */
function cellResult(cell: ExcelJS.Cell): RecalculatedValue {
  if (cell.type === ExcelJS.ValueType.Formula) return plainValue(cell.result);
  return plainValue(cell.value);
}

function plainValue(value: unknown): RecalculatedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { error?: unknown; richText?: { text: string }[]; text?: unknown };
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return String(value);
}

/** "B3" → { row: 3, col: 2 }; "$AB$10" is accepted too. */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (match === null) throw new RangeError(`not an A1 address: "${address}"`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes); a trailing newline adds no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
