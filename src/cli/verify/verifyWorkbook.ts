import {
  FINDING_KINDS, NOTICE_KINDS, RUN_LOG_COL, cellAddress, cellText, clientDataSha256, complianceCountsOfPlan, complianceCountsOfRows,
  VERIFIED_COLUMN_KEYS, indexMarkers, markedColumnOf, markedSheetOf, modelSha256, planCellValue, sameStoredValue, quoteSheetName, text, type CellValue, type ComplianceCounts, type Locale, type LocalizedText, type OutputMode, type MarkerIndex,
} from '../../engine';
import { CliError } from '../cliError';
import type { CliIO } from '../cliIo';
import type { CliOptions } from '../parseArgs';
import { buildRunPlan } from '../runPlan';
import { readTopRows, type PackageReadContext } from '../stream/chooseStreamedSheet';
import { firstPass } from '../stream/runStreamedTierbook';
import { readSharedStrings } from '../stream/readSharedStrings';
import { StylesBook } from '../stream/stylesBook';
import { readWorkbookPackage, type SheetEntry, type WorkbookPackage } from '../stream/workbookPackage';
import { ZipArchive } from '../stream/zipArchive';
import { ZIP_LIMITS } from '../stream/zipLimits';

/** One cell whose stored value is not what the workbook's own data and model give. */
export interface VerifyDifference {
  readonly address: string;
  readonly header: string;
  readonly stored: CellValue;
  readonly expected: CellValue;
}

export interface VerifyOutcome {
  readonly match: boolean;
  readonly sheet: string;
  readonly runDate: string;
  readonly checkedCells: number;
  /** The first differing cells, in column then row order, at most `limit`. */
  readonly differences: readonly VerifyDifference[];
  readonly differenceCount: number;
  readonly dataHash: { readonly stored: string | null; readonly now: string };
  readonly modelHash: { readonly stored: string | null; readonly now: string };
  /** Compliance counts (notices left out: they compare with the run before, whose data is gone) that differ. */
  readonly complianceDifferences: readonly { readonly kind: string; readonly stored: number; readonly expected: number }[];
}

const MODES: readonly string[] = ['values', 'live', 'portable'];

function refuse(zh: string, en: string): CliError {
  return new CliError('INPUT_UNREADABLE', text(zh, en));
}

async function packageContext(archive: ZipArchive, pkg: WorkbookPackage): Promise<PackageReadContext> {
  const stylesEntry = pkg.stylesPart ? archive.find(pkg.stylesPart) : undefined;
  const styles = new StylesBook(stylesEntry ? await archive.readText(stylesEntry) : undefined);
  const sstEntry = pkg.sharedStringsPart ? archive.find(pkg.sharedStringsPart) : undefined;
  const sharedStrings = sstEntry ? await readSharedStrings(archive.textStream(sstEntry, ZIP_LIMITS.maxSharedStringBytes)) : [];
  return { sharedStrings, dateStyles: styles.dateStyles, date1904: pkg.date1904 };
}

/** The package's TierBook markers, indexed by the engine as every host finds them (case-insensitive). */
function packageMarkers(pkg: WorkbookPackage): MarkerIndex {
  return indexMarkers(pkg.definedNames.map((n) => ({ name: n.name, reference: n.formula })), pkg.sheets.map((s) => s.name));
}

function markedSheet(pkg: WorkbookPackage, key: string): SheetEntry | undefined {
  const sheet = markedSheetOf(packageMarkers(pkg), key);
  return sheet === undefined ? undefined : pkg.sheets.find((s) => s.name === sheet);
}

const grid = (rows: ReadonlyMap<number, CellValue[]>): CellValue[][] => {
  let last = 0;
  for (const r of rows.keys()) last = Math.max(last, r);
  return Array.from({ length: last }, (_, r) => rows.get(r + 1) ?? []);
};

/**
 * Recomputes the last run of a TierBook workbook from its own client sheet and model sheet (and templates), and
 * compares the stored scores, tiers, suitability and compliance columns cell by cell, and the run log's SHA-256 of
 * the data and of the model with the ones the workbook gives now.
 */
export async function verifyWorkbook(inputPath: string, io: CliIO, limit = 10): Promise<VerifyOutcome> {
  const archive = ZipArchive.open(inputPath);
  try {
    const pkg = await readWorkbookPackage(archive);
    const context = await packageContext(archive, pkg);
    const logSheet = markedSheet(pkg, 'log');
    if (!logSheet) throw refuse(`${inputPath} 中没有 TierBook 运行日志，无从核对`, `${inputPath} has no TierBook run log to verify against`);
    const logRows = grid(await readTopRows(archive, logSheet, context, new Map(), 1_000_000));
    const last = [...logRows].reverse().find((row) => typeof row[RUN_LOG_COL.rowsRead] === 'number');
    if (!last) throw refuse('运行日志中没有任何运行记录', 'the run log records no run');
    const logLocale: Locale = cellText(logRows[0]?.[0] ?? '').trim() === '时间' ? 'zh-CN' : 'en-US';
    const mode = cellText(last[RUN_LOG_COL.mode] ?? '').trim();
    const runDate = cellText(last[RUN_LOG_COL.runDate] ?? '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(runDate)) {
      throw refuse('运行日志的最后一行没有运行日期（该工作簿由不支持核对的旧版本写入）', 'the run log\'s last row has no run date (written by a version without verification)');
    }
    const sourceSheet = cellText(last[RUN_LOG_COL.sourceSheet] ?? '').trim();
    const options: CliOptions = {
      input: inputPath, sheet: sourceSheet, locale: logLocale, json: false, formulas: (MODES.includes(mode) ? mode : 'portable') as OutputMode,
      runDate, help: false, confirmDataChecks: true,
    };
    const pass = await firstPass(archive, pkg, undefined, options, { update: () => undefined, finish: () => undefined });
    const plan = buildRunPlan(pass.result, options, io, pass.sheet.name, pass.extent, {
      extras: pass.extras, previousTiers: pass.previousTiers, previousComplianceStates: pass.previousComplianceStates, settings: pass.settings, idCells: pass.idCells,
    });
    const stored = await readTopRows(archive, pass.sheet, context, new Map(), pass.extent.lastRow);
    const differences: VerifyDifference[] = [];
    let differenceCount = 0;
    let checkedCells = 0;
    const markers = packageMarkers(pkg);
    for (const key of VERIFIED_COLUMN_KEYS) {
      const column = plan.columns.find((c) => c.key === key);
      if (!column) continue;
      const ref = markedColumnOf(markers, key); // 0-based header cell
      if (!ref || ref.sheet !== pass.sheet.name) {
        differenceCount++;
        if (differences.length < limit) differences.push({ address: `${quoteSheetName(pass.sheet.name)}`, header: column.header, stored: null, expected: column.header });
        continue;
      }
      for (let o = 0; o < column.length; o++) {
        const row = ref.row + 2 + o; // 1-based worksheet row below the header
        const have = stored.get(row)?.[ref.column] ?? null;
        const want = planCellValue(column.cellAt(o));
        checkedCells++;
        if (sameStoredValue(have, want)) continue;
        differenceCount++;
        if (differences.length < limit) differences.push({ address: `${quoteSheetName(pass.sheet.name)}!${cellAddress(row - 1, ref.column)}`, header: column.header, stored: have, expected: want });
      }
    }
    const complianceDifferences: VerifyOutcome['complianceDifferences'][number][] = [];
    const expectedCounts: ComplianceCounts | undefined = complianceCountsOfPlan(plan);
    const complianceSheet = markedSheet(pkg, 'compliance');
    if (expectedCounts && complianceSheet) {
      const storedCounts = complianceCountsOfRows(grid(await readTopRows(archive, complianceSheet, context, new Map(), 40)));
      for (const kind of FINDING_KINDS) {
        if (NOTICE_KINDS.includes(kind)) continue;
        const s = storedCounts[kind] ?? 0;
        const e = expectedCounts[kind] ?? 0;
        if (s !== e) complianceDifferences.push({ kind, stored: s, expected: e });
      }
    }
    const storedHash = (col: number): string | null => { const v = cellText(last[col] ?? '').trim(); return v === '' ? null : v; };
    const dataHash = { stored: storedHash(RUN_LOG_COL.dataSha256), now: clientDataSha256(pass.result, pass.extras) };
    const modelHash = { stored: storedHash(RUN_LOG_COL.modelSha256), now: modelSha256(pass.result.model) };
    const match = differenceCount === 0 && complianceDifferences.length === 0 && dataHash.stored === dataHash.now && modelHash.stored === modelHash.now;
    return { match, sheet: pass.sheet.name, runDate, checkedCells, differences, differenceCount, dataHash, modelHash, complianceDifferences };
  } finally {
    archive.close();
  }
}

const show = (v: CellValue): string => (v === null ? '∅' : typeof v === 'string' ? `"${v}"` : String(v));

const VERIFY_LABELS = {
  match: text('核对通过：存储的结果与工作簿自身的数据和模型一致', 'Verified: the stored results match the workbook\'s own data and model'),
  mismatch: text('核对未通过：存储的结果与工作簿自身的数据和模型不一致', 'Not verified: the stored results do not match the workbook\'s own data and model'),
} as const satisfies Record<string, LocalizedText>;

/** The report printed by `tierbook verify`. */
export function verifyReport(outcome: VerifyOutcome, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const lines = [outcome.match ? VERIFY_LABELS.match[locale] : VERIFY_LABELS.mismatch[locale]];
  lines.push(zh ? `客户表：${outcome.sheet}；运行日期：${outcome.runDate}；核对单元格 ${outcome.checkedCells.toLocaleString('en-US')} 个`
    : `Client sheet: ${outcome.sheet}; run date: ${outcome.runDate}; ${outcome.checkedCells.toLocaleString('en-US')} cells checked`);
  const hashLine = (what: LocalizedText, h: VerifyOutcome['dataHash']): string => {
    const same = h.stored === h.now;
    return zh ? `${what[locale]} SHA-256：${same ? '一致' : `不一致（日志 ${h.stored ?? '无'}，现为 ${h.now}）`}`
      : `${what[locale]} SHA-256: ${same ? 'matches' : `differs (log ${h.stored ?? 'none'}, now ${h.now})`}`;
  };
  lines.push(hashLine(text('数据', 'Data'), outcome.dataHash), hashLine(text('模型', 'Model'), outcome.modelHash));
  if (outcome.differenceCount > 0) {
    lines.push(zh ? `不一致的单元格 ${outcome.differenceCount.toLocaleString('en-US')} 个，前 ${outcome.differences.length} 个：` : `${outcome.differenceCount.toLocaleString('en-US')} differing cells, the first ${outcome.differences.length}:`);
    for (const d of outcome.differences) lines.push(zh ? `  ${d.address}（${d.header}）：存储 ${show(d.stored)}，应为 ${show(d.expected)}` : `  ${d.address} (${d.header}): stored ${show(d.stored)}, expected ${show(d.expected)}`);
  }
  for (const c of outcome.complianceDifferences) {
    lines.push(zh ? `  合规检查 ${c.kind}：存储 ${c.stored}，应为 ${c.expected}` : `  Compliance ${c.kind}: stored ${c.stored}, expected ${c.expected}`);
  }
  return `${lines.join('\n')}\n`;
}
