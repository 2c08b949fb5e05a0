/**
 * Proves the LibreOffice harness recalculates for real, and checks the native formulas that the
 * "portable" output mode plans to use (docs/research/portable-formulas.md) against plain TypeScript
 * oracles. Every formula cell is written with a deliberately wrong cached result, so a value that
 * matches can only come from LibreOffice's own evaluation.
 *
 * One workbook carries all checks: each soffice run costs 1.5–2 s.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RISK_LEVEL_SCORES } from '../../src/engine/model/defaultModel';
import {
  disposeProfileTemplates,
  LibreOfficeConversionError,
  LibreOfficeNotFoundError,
  parseA1,
  parseCsv,
  recalculateSheetToCsv,
  recalculateXlsx,
  resolveSoffice,
  type RecalculatedSheet,
  type RecalculatedValue,
  type RecalculatedWorkbook,
} from './libreoffice';

/** The wrong cached result written into every formula cell. */
const STALE = -424242;
const MODEL_SHEET = '分级模型';
const CLIENT_SHEET = '客户清单';
const CHECK_SHEET = 'Checks';

// ---------------------------------------------------------------- test data

type RawCell = number | string | null;

/** 总资产 when the snapshot was taken (duplicates on purpose). */
const SNAPSHOT_ASSETS = [5, 10, 10, 20, 35, 35, 35, 50, 80, 100, 60, 20];
/** The same clients after edits: below the minimum, between snapshot values, above the maximum, text, blank. */
const CURRENT_ASSETS: RawCell[] = [5, 7, 10, -3, 0, 35, null, 50, 80, 150, 64.5, '未知', 20, 100, 35.0000001];
const RISK_LABELS: RawCell[] = ['稳健型', 'C4', ' 激进型 ', 'c2', '未知', null, 'C1', '保守型', 'C5', '积极型', 'C3', '谨慎型', 'C4', 'C5', '最低类别'];
const TENURE_YEARS: RawCell[] = [1, 3, 5, 10, 0.5, 7, 2, 12, 4, 6, '—', 15, 8, 9, 11];
const YEARLY_TRADES: RawCell[] = [0, 5, 50, 500, 12, 3, 100, 1000, 25, 8, 250, 1, null, 40, 60];
/** Horizontal, in score-column order: asset percentile, risk category, tenure minmax, trades log. */
const WEIGHTS = [35, 15, 15, 20];
const THRESHOLD_TIERS = [
  { name: '钻石', minScore: 80 },
  { name: '黄金', minScore: 60 },
  { name: '白银', minScore: 40 },
  { name: '普通', minScore: 0 },
];
/** Cumulative share from the top; the last tier takes the rest. */
const QUOTA_TIERS = [
  { name: '钻石', topShare: 0.1 },
  { name: '黄金', topShare: 0.3 },
  { name: '白银', topShare: 0.6 },
  { name: '普通' },
];

// ---------------------------------------------------------------- oracles (the rules the formulas must equal)

const isNumber = (v: RawCell): v is number => typeof v === 'number';

function percentileRule(x: RawCell, snapshot: readonly number[]): number {
  if (!isNumber(x)) return 0;
  return (100 * snapshot.filter((v) => v < x).length) / (snapshot.length - 1);
}

function categoryRule(label: RawCell): number {
  if (typeof label !== 'string') return 0;
  const wanted = label.trim().toLowerCase();
  const key = Object.keys(RISK_LEVEL_SCORES).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? 0 : RISK_LEVEL_SCORES[key];
}

function minmaxRule(x: RawCell, column: readonly RawCell[]): number {
  if (!isNumber(x)) return 0;
  const nums = column.filter(isNumber);
  const [min, max] = [Math.min(...nums), Math.max(...nums)];
  return max > min ? (100 * (x - min)) / (max - min) : 0;
}

function logRule(x: RawCell, column: readonly RawCell[]): number {
  if (!isNumber(x)) return 0;
  const logs = column.filter(isNumber).map((v) => Math.log10(1 + Math.max(0, v)));
  const [min, max] = [Math.min(...logs), Math.max(...logs)];
  return max > min ? (100 * (Math.log10(1 + Math.max(0, x)) - min)) / (max - min) : 0;
}

function compositeRule(scores: readonly number[]): number {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  return scores.reduce((sum, s, i) => sum + s * WEIGHTS[i], 0) / total;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function thresholdTierRule(score: number): string {
  return (THRESHOLD_TIERS.find((t) => round6(score) >= t.minScore) ?? THRESHOLD_TIERS[THRESHOLD_TIERS.length - 1]).name;
}

/** k = ceil(share × n) after rounding away float noise; cutoff = k-th largest score (ties included). */
function quotaCutoffs(scores: readonly number[]): number[] {
  const desc = [...scores].sort((a, b) => b - a);
  return QUOTA_TIERS.slice(0, -1).map((t) => {
    const k = Math.ceil(round6((t.topShare ?? 1) * scores.length));
    return k >= 1 ? desc[k - 1] : Number.MAX_VALUE;
  });
}

function quotaTierRule(score: number, cutoffs: readonly number[]): string {
  const index = cutoffs.findIndex((c) => score >= c);
  return QUOTA_TIERS[index === -1 ? QUOTA_TIERS.length - 1 : index].name;
}

// ---------------------------------------------------------------- workbook layout

const distinctAscending = (values: readonly number[]): number[] => [...new Set(values)].sort((a, b) => a - b);
const SNAP_VALUES = distinctAscending(SNAPSHOT_ASSETS);
const CLIENTS = CURRENT_ASSETS.length;
const FIRST_CLIENT_ROW = 2;
const LAST_CLIENT_ROW = FIRST_CLIENT_ROW + CLIENTS - 1;
const SNAP_FIRST_ROW = 2;
const SNAP_LAST_ROW = SNAP_FIRST_ROW + SNAP_VALUES.length - 1;

/** Client sheet columns. F:I are the factor scores SUMPRODUCT reads as one horizontal range. */
const COL = {
  id: 'A', assets: 'B', risk: 'C', tenure: 'D', trades: 'E',
  assetScore: 'F', riskScore: 'G', tenureScore: 'H', tradesScore: 'I',
  composite: 'J', thresholdLookup: 'K', thresholdCount: 'L', quotaTier: 'M',
  pctByEquality: 'N', pctByMatchDesc: 'O',
} as const;

const absRange = (col: string, first: number, last: number): string => `$${col}$${first}:$${col}$${last}`;
const modelRef = (range: string): string => `'${MODEL_SHEET}'!${range}`;
const clientColumn = (col: string): string => `'${CLIENT_SHEET}'!${absRange(col, FIRST_CLIENT_ROW, LAST_CLIENT_ROW)}`;

/** Workbook-scoped names on the model sheet; formulas on the client sheet use them. */
const NAMES = {
  snapAsc: modelRef(absRange('A', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapBelow: modelRef(absRange('B', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapAtOrBelow: modelRef(absRange('C', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapNegAsc: modelRef(absRange('E', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapNegBelow: modelRef(absRange('F', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapDesc: modelRef(absRange('H', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapDescBelow: modelRef(absRange('I', SNAP_FIRST_ROW, SNAP_LAST_ROW)),
  snapCount: modelRef('$K$2'),
  tenureMin: modelRef('$K$3'),
  tenureMax: modelRef('$K$4'),
  tradesLogMin: modelRef('$K$5'),
  tradesLogMax: modelRef('$K$6'),
  weights: modelRef('$M$2:$P$2'),
  weightTotal: modelRef('$K$7'),
  riskKeys: modelRef(`$R$2:$S$${1 + Object.keys(RISK_LEVEL_SCORES).length}`),
  tierMinAsc: modelRef('$U$2:$U$5'),
  tierNamesAsc: modelRef('$V$2:$V$5'),
  tierMinDescTop: modelRef('$X$2:$X$4'),
  tierNamesDesc: modelRef('$Y$2:$Y$5'),
  scoredCount: modelRef('$K$8'),
  quotaCutDesc: modelRef('$AB$2:$AB$4'),
} as const;

function stale(formula: string): ExcelJS.CellFormulaValue {
  return { formula, result: STALE, date1904: false };
}

function writeModelSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).values = ['snapValue', 'countBelow', 'countAtOrBelow', '', '-snapValue', 'countBelow', '', 'snapDesc', 'countBelow', '', 'helpers'];
  const desc = [...SNAP_VALUES].reverse();
  SNAP_VALUES.forEach((v, i) => {
    const row = SNAP_FIRST_ROW + i;
    const below = SNAPSHOT_ASSETS.filter((s) => s < v).length;
    const atOrBelow = SNAPSHOT_ASSETS.filter((s) => s <= v).length;
    sheet.getCell(`A${row}`).value = v;
    sheet.getCell(`B${row}`).value = below;
    sheet.getCell(`C${row}`).value = atOrBelow;
    // Ascending −v is descending v: LOOKUP(−x) finds the smallest snapshot value ≥ x.
    sheet.getCell(`E${row}`).value = -desc[i];
    sheet.getCell(`F${row}`).value = SNAPSHOT_ASSETS.filter((s) => s < desc[i]).length;
    sheet.getCell(`H${row}`).value = desc[i];
    sheet.getCell(`I${row}`).value = SNAPSHOT_ASSETS.filter((s) => s < desc[i]).length;
  });
  sheet.getCell('K2').value = SNAPSHOT_ASSETS.length;
  sheet.getCell('K3').value = stale(`MIN(${clientColumn(COL.tenure)})`);
  sheet.getCell('K4').value = stale(`MAX(${clientColumn(COL.tenure)})`);
  sheet.getCell('K5').value = stale(`LOG10(1+MAX(0,MIN(${clientColumn(COL.trades)})))`);
  sheet.getCell('K6').value = stale(`LOG10(1+MAX(0,MAX(${clientColumn(COL.trades)})))`);
  WEIGHTS.forEach((w, i) => (sheet.getCell(2, 13 + i).value = w));
  sheet.getCell('K7').value = stale('SUM($M$2:$P$2)');
  Object.entries(RISK_LEVEL_SCORES).forEach(([key, score], i) => {
    sheet.getCell(`R${2 + i}`).value = key;
    sheet.getCell(`S${2 + i}`).value = score;
  });
  [...THRESHOLD_TIERS].reverse().forEach((t, i) => {
    sheet.getCell(`U${2 + i}`).value = t.minScore;
    sheet.getCell(`V${2 + i}`).value = t.name;
  });
  THRESHOLD_TIERS.forEach((t, i) => {
    if (i < THRESHOLD_TIERS.length - 1) sheet.getCell(`X${2 + i}`).value = t.minScore;
    sheet.getCell(`Y${2 + i}`).value = t.name;
  });
  sheet.getCell('K8').value = stale(`COUNT(${clientColumn(COL.composite)})`);
  QUOTA_TIERS.slice(0, -1).forEach((t, i) => {
    const row = 2 + i;
    sheet.getCell(`AA${row}`).value = stale(`ROUNDUP(ROUND(${t.topShare}*scoredCount,6),0)`);
    sheet.getCell(`AB${row}`).value = stale(`IF(AA${row}>=1,LARGE(${clientColumn(COL.composite)},AA${row}),9.99E+307)`);
  });
}

/** Per-row formulas: each is O(factors) or one binary-search lookup, never a whole-column scan. */
function clientRowFormulas(r: number): Record<string, string> {
  const x = `${COL.assets}${r}`;
  const score = `ROUND(${COL.composite}${r},6)`;
  return {
    [COL.assetScore]: `IF(ISNUMBER(${x}),100*IFERROR(LOOKUP(-${x},snapNegAsc,snapNegBelow),snapCount)/(snapCount-1),0)`,
    [COL.riskScore]: `IFERROR(VLOOKUP(TRIM(${COL.risk}${r}),riskKeys,2,FALSE),0)`,
    [COL.tenureScore]: `IF(ISNUMBER(${COL.tenure}${r}),IF(tenureMax>tenureMin,100*(${COL.tenure}${r}-tenureMin)/(tenureMax-tenureMin),0),0)`,
    [COL.tradesScore]: `IF(ISNUMBER(${COL.trades}${r}),IF(tradesLogMax>tradesLogMin,100*(LOG10(1+MAX(0,${COL.trades}${r}))-tradesLogMin)/(tradesLogMax-tradesLogMin),0),0)`,
    [COL.composite]: `SUMPRODUCT(${COL.assetScore}${r}:${COL.tradesScore}${r},weights)/weightTotal`,
    [COL.thresholdLookup]: `LOOKUP(${score},tierMinAsc,tierNamesAsc)`,
    [COL.thresholdCount]: `INDEX(tierNamesDesc,1+SUMPRODUCT(--(${score}<tierMinDescTop)))`,
    [COL.quotaTier]: `INDEX(tierNamesDesc,1+SUMPRODUCT(--(${COL.composite}${r}<quotaCutDesc)))`,
    [COL.pctByEquality]:
      `IF(ISNUMBER(${x}),IF(${x}<INDEX(snapAsc,1),0,100*IF(LOOKUP(${x},snapAsc)=${x},LOOKUP(${x},snapAsc,snapBelow),LOOKUP(${x},snapAsc,snapAtOrBelow))/(snapCount-1)),0)`,
    [COL.pctByMatchDesc]: `IF(ISNUMBER(${x}),100*IFERROR(INDEX(snapDescBelow,MATCH(${x},snapDesc,-1)),snapCount)/(snapCount-1),0)`,
  };
}

function writeClientSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).values = ['客户号', '总资产', '风险等级', '开户年限', '年交易次数', '资产分', '风险分', '忠诚分', '交易分', '综合分', '门槛分级', '门槛分级2', '配额分级', '资产分(等值)', '资产分(MATCH-1)'];
  for (let i = 0; i < CLIENTS; i++) {
    const r = FIRST_CLIENT_ROW + i;
    sheet.getCell(`${COL.id}${r}`).value = `C${String(i + 1).padStart(3, '0')}`;
    sheet.getCell(`${COL.assets}${r}`).value = CURRENT_ASSETS[i];
    sheet.getCell(`${COL.risk}${r}`).value = RISK_LABELS[i];
    sheet.getCell(`${COL.tenure}${r}`).value = TENURE_YEARS[i];
    sheet.getCell(`${COL.trades}${r}`).value = YEARLY_TRADES[i];
    for (const [col, formula] of Object.entries(clientRowFormulas(r))) sheet.getCell(`${col}${r}`).value = stale(formula);
  }
}

interface FunctionCheck {
  formula: string;
  expected: RecalculatedValue;
}

/** Single-function checks on a small sorted vector; expectations are Excel's documented results. */
const SORTED = [10, 20, 20, 30, 50, 80];
const LABELS = ['保守型', '稳健型', '积极型', '激进型', 'C3', '谨慎型'];
const AMOUNTS = [1, 2, 3, 4, 5, 6];
/** A score row with two missing factors (text), for the "exclude" missing policy. */
const PARTIAL_SCORES: RawCell[] = [80, '缺', 50, '缺'];
const PARTIAL_WEIGHTS = [1, 2, 3, 4];
function excludeMissingComposite(): number {
  const present = PARTIAL_SCORES.map((s, i) => [s, PARTIAL_WEIGHTS[i]] as const).filter((p): p is readonly [number, number] => isNumber(p[0]));
  return present.reduce((sum, [s, w]) => sum + s * w, 0) / present.reduce((sum, [, w]) => sum + w, 0);
}
const FUNCTION_CHECKS: readonly FunctionCheck[] = [
  { formula: 'A1*2', expected: 20 },
  { formula: 'LOOKUP(25,$A$1:$A$6)', expected: 20 },
  { formula: 'LOOKUP(1000,$A$1:$A$6,$C$1:$C$6)', expected: 6 },
  { formula: 'LOOKUP(5,$A$1:$A$6)', expected: { error: '#N/A' } },
  { formula: 'LOOKUP(20,$A$1:$A$6,$C$1:$C$6)', expected: 3 }, // duplicates: the last of the equal run
  { formula: 'INDEX($C$1:$C$6,MATCH(25,$A$1:$A$6,1))', expected: 3 },
  { formula: 'MATCH(30,$A$1:$A$6,0)', expected: 4 },
  { formula: 'IFERROR(MATCH(31,$A$1:$A$6,0),"无")', expected: '无' },
  { formula: 'SUMPRODUCT($A$1:$A$6,$C$1:$C$6)', expected: SORTED.reduce((s, v, i) => s + v * AMOUNTS[i], 0) },
  { formula: 'SUMPRODUCT(--($A$1:$A$6>=20))', expected: SORTED.filter((v) => v >= 20).length },
  { formula: 'SUMPRODUCT($A$1:$A$2,$A$1:$B$1)', expected: { error: '#VALUE!' } }, // shapes must match: weights row vs score row
  // Missing policy "exclude": text marks a missing factor score; only present factors' weights count.
  { formula: 'SUMPRODUCT($L$1:$O$1,$L$2:$O$2)/SUMPRODUCT(--ISNUMBER($L$1:$O$1),$L$2:$O$2)', expected: excludeMissingComposite() },
  { formula: 'LARGE($A$1:$A$6,2)', expected: 50 },
  { formula: 'LARGE($A$1:$A$6,5)', expected: 20 },
  { formula: 'LOG10(1000)', expected: 3 },
  { formula: 'LOG10(2)', expected: Math.log10(2) },
  { formula: 'MAX($A$1:$A$6)', expected: 80 },
  { formula: 'MIN($A$1:$A$6)', expected: 10 },
  { formula: 'IF(A2>15,"高","低")', expected: '高' },
  { formula: 'IFERROR(1/0,"缺失")', expected: '缺失' },
  { formula: 'ISNUMBER(A1)', expected: true },
  { formula: 'ISNUMBER(B1)', expected: false },
  { formula: 'COUNTIF($A$1:$A$6,">=20")', expected: 5 },
  { formula: 'COUNTIF($B$1:$B$6,"稳健型")', expected: 1 },
  { formula: 'VLOOKUP("积极型",$B$1:$C$6,2,FALSE)', expected: 3 },
  { formula: 'VLOOKUP("c3",$B$1:$C$6,2,FALSE)', expected: 5 }, // exact match is case-insensitive
  { formula: 'IFERROR(VLOOKUP("冒险型",$B$1:$C$6,2,FALSE),-1)', expected: -1 },
  { formula: 'ROUND(2.5,0)', expected: 3 },
  { formula: 'ROUND(-2.5,0)', expected: -3 }, // half away from zero, unlike Math.round
  { formula: 'ROUND(1.005,2)', expected: 1.01 }, // JS Math.round(1.005*100)/100 gives 1
  { formula: 'ROUNDUP(2.1,0)', expected: 3 },
  { formula: 'ROUNDUP(ROUND(0.07*100,6),0)', expected: 7 },
  { formula: 'CEILING(2.1,1)', expected: 3 },
  { formula: 'SUM(snapAsc)', expected: SNAP_VALUES.reduce((a, b) => a + b, 0) }, // defined name → other sheet
  { formula: `'${MODEL_SHEET}'!K2+0`, expected: SNAPSHOT_ASSETS.length }, // Chinese sheet name, quoted
  { formula: `'${MODEL_SHEET}'!B3`, expected: SNAPSHOT_ASSETS.filter((s) => s < SNAP_VALUES[1]).length },
  { formula: 'PERCENTRANK($A$1:$A$6,20)', expected: 0.2 },
  { formula: '_xlfn.PERCENTRANK.INC($A$1:$A$6,20)', expected: 0.2 },
];

/** What LibreOffice 7.4 does with spellings we must therefore never write. */
const PITFALL_CHECKS: readonly FunctionCheck[] = [
  { formula: 'PERCENTRANK.INC($A$1:$A$6,20)', expected: { error: '#NAME?' } }, // Excel 2010 name without _xlfn.
  { formula: '_xlfn.IFERROR(1/0,"y")', expected: { error: '#DIV/0!' } }, // IFERROR must NOT carry _xlfn.
  // Microsoft's own example (data in J1:J10): Excel documents 0.666 (truncated), LibreOffice rounds.
  { formula: '_xlfn.PERCENTRANK.INC($J$1:$J$10,8)', expected: 0.667 },
];
/** The data of Microsoft's PERCENTRANK.INC help example. */
const MS_PERCENTRANK_EXAMPLE = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1];

function writeCheckSheet(sheet: ExcelJS.Worksheet): void {
  SORTED.forEach((v, i) => (sheet.getCell(`A${i + 1}`).value = v));
  LABELS.forEach((v, i) => (sheet.getCell(`B${i + 1}`).value = v));
  AMOUNTS.forEach((v, i) => (sheet.getCell(`C${i + 1}`).value = v));
  MS_PERCENTRANK_EXAMPLE.forEach((v, i) => (sheet.getCell(`J${i + 1}`).value = v));
  PARTIAL_SCORES.forEach((v, i) => (sheet.getCell(1, 12 + i).value = v));
  PARTIAL_WEIGHTS.forEach((v, i) => (sheet.getCell(2, 12 + i).value = v));
  [...FUNCTION_CHECKS, ...PITFALL_CHECKS].forEach((check, i) => {
    sheet.getCell(`E${i + 1}`).value = check.formula;
    sheet.getCell(`F${i + 1}`).value = stale(check.formula);
  });
  // A shared formula (one master, followers reference it), as ExcelJS's fillFormula writes it.
  sheet.fillFormula('H1:H6', 'A1*10', [STALE, STALE, STALE, STALE, STALE, STALE]);
}

async function buildWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Excel recalculates on load with this flag; the 'never' run shows LibreOffice 7.4 ignores it.
  workbook.calcProperties.fullCalcOnLoad = true;
  const staleSheet = workbook.addWorksheet('Stale');
  staleSheet.getCell('A1').value = 21;
  staleSheet.getCell('B1').value = { formula: 'A1*2', result: 999, date1904: false };
  // No cached value at all: LibreOffice computes such a cell even when told never to recalculate.
  staleSheet.getCell('C1').value = { formula: 'A1*3', date1904: false };
  writeCheckSheet(workbook.addWorksheet(CHECK_SHEET));
  writeClientSheet(workbook.addWorksheet(CLIENT_SHEET));
  writeModelSheet(workbook.addWorksheet(MODEL_SHEET));
  for (const [name, range] of Object.entries(NAMES)) workbook.definedNames.add(range, name);
  await workbook.xlsx.writeFile(path);
}

// ---------------------------------------------------------------- assertions helpers

function expectValue(actual: RecalculatedValue, expected: RecalculatedValue, label: string): void {
  if (typeof expected === 'number') {
    // LibreOffice exports 15 significant digits, so numbers match within a relative 1e-12.
    const close = typeof actual === 'number' && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
    expect({ label, actual, expected, close }).toEqual({ label, actual, expected, close: true });
  } else {
    expect({ label, value: actual }).toEqual({ label, value: expected });
  }
}

/** Processes still running with this profile on their command line. */
function sofficeProcessesOn(profileDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', `UserInstallation=file://${profileDir} `], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '');
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Non-zombie processes of a process group. soffice.bin, orphaned by the kill, stays a zombie
 *  (state Z) where PID 1 does not reap, as in containers: dead, but still listed. */
function liveProcessesInGroup(pgid: number): string[] {
  return execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, group, stat]) => pid !== undefined && Number(group) === pgid && stat !== undefined && !stat.startsWith('Z'))
    .map((fields) => fields.join(' '));
}

function columnValues(sheet: RecalculatedSheet, col: string): RecalculatedValue[] {
  const values: RecalculatedValue[] = [];
  for (let r = FIRST_CLIENT_ROW; r <= LAST_CLIENT_ROW; r++) values.push(sheet.value(`${col}${r}`));
  return values;
}

// ---------------------------------------------------------------- tests

describe('LibreOffice recalculation harness', () => {
  let dir: string;
  let workbookPath: string;
  let recalculated: RecalculatedWorkbook;
  let kept: RecalculatedWorkbook;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tierbook-lo-test-'));
    workbookPath = join(dir, 'portable-checks.xlsx');
    await buildWorkbook(workbookPath);
    // Two concurrent calls: each must get its own profile, with its own recalc setting.
    [recalculated, kept] = await Promise.all([recalculateXlsx(workbookPath), recalculateXlsx(workbookPath, { recalc: 'never' })]);
    process.stdout.write(
      `LibreOffice timings (ms): recalc=${JSON.stringify(recalculated.timing)} never=${JSON.stringify(kept.timing)}\n`,
    );
    if (process.env.TIERBOOK_LO_DUMP) process.stdout.write(JSON.stringify(recalculated.sheet(CLIENT_SHEET).values) + '\n');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    disposeProfileTemplates();
  });

  it('recalculates a formula whose cached result is stale', () => {
    expect(recalculated.sheet('Stale').value('A1')).toBe(21);
    expect(recalculated.sheet('Stale').value('B1')).toBe(42);
    expect(recalculated.sheet('Stale').formula('B1')).toBe('A1*2');
  });

  it('keeps the stale cached value when the profile does not ask for recalculation (the setting matters)', () => {
    expect(kept.sheet('Stale').value('B1')).toBe(999);
    expect(kept.sheet(CHECK_SHEET).value('F1')).toBe(STALE);
    expect(kept.sheet(CLIENT_SHEET).value(`${COL.composite}${FIRST_CLIENT_ROW}`)).toBe(STALE);
  });

  it('computes a formula that has no cached value even without recalculation, and ignores fullCalcOnLoad', () => {
    expect(kept.sheet('Stale').value('C1')).toBe(63);
    expect(recalculated.sheet('Stale').value('C1')).toBe(63);
    // B1 stayed 999 above although the workbook carries calcPr fullCalcOnLoad="1".
  });

  it('reports timing for every phase', () => {
    const t = recalculated.timing;
    expect(t.sofficeMs).toBeGreaterThan(0);
    expect(t.totalMs).toBeGreaterThanOrEqual(t.profileMs + t.sofficeMs + t.readMs);
  });

  it.each(FUNCTION_CHECKS.map((check, i) => [check.formula, i] as const))('evaluates %s like Excel', (_formula, i) => {
    expectValue(recalculated.sheet(CHECK_SHEET).value(`F${i + 1}`), FUNCTION_CHECKS[i].expected, FUNCTION_CHECKS[i].formula);
  });

  it('shows the spellings that break in LibreOffice 7.4 (why the doc bans them)', () => {
    PITFALL_CHECKS.forEach((check, i) => {
      const row = FUNCTION_CHECKS.length + i + 1;
      expectValue(recalculated.sheet(CHECK_SHEET).value(`F${row}`), check.expected, check.formula);
    });
  });

  it('reads shared formulas written by ExcelJS', () => {
    const checks = recalculated.sheet(CHECK_SHEET);
    SORTED.forEach((v, i) => expect(checks.value(`H${i + 1}`)).toBe(v * 10));
  });

  it('scores the asset percentile by the snapshot rule for every kind of edit, with all three lookup designs', () => {
    const clients = recalculated.sheet(CLIENT_SHEET);
    const expected = CURRENT_ASSETS.map((x) => percentileRule(x, SNAPSHOT_ASSETS));
    for (const col of [COL.assetScore, COL.pctByEquality, COL.pctByMatchDesc]) {
      columnValues(clients, col).forEach((v, i) => expectValue(v, expected[i], `${col} row ${i + FIRST_CLIENT_ROW} x=${String(CURRENT_ASSETS[i])}`));
    }
    // The edge cases really occur in the data: below the minimum, above the maximum (past 100), between values.
    expect(expected).toContain(0);
    expect(Math.max(...expected)).toBeGreaterThan(100);
  });

  it('scores category, minmax and log factors with table lookups and helper cells', () => {
    const clients = recalculated.sheet(CLIENT_SHEET);
    columnValues(clients, COL.riskScore).forEach((v, i) => expectValue(v, categoryRule(RISK_LABELS[i]), `risk ${String(RISK_LABELS[i])}`));
    columnValues(clients, COL.tenureScore).forEach((v, i) => expectValue(v, minmaxRule(TENURE_YEARS[i], TENURE_YEARS), `tenure row ${i}`));
    columnValues(clients, COL.tradesScore).forEach((v, i) => expectValue(v, logRule(YEARLY_TRADES[i], YEARLY_TRADES), `trades row ${i}`));
  });

  it('composes the weighted score and assigns threshold and quota tiers', () => {
    const clients = recalculated.sheet(CLIENT_SHEET);
    const composites = CURRENT_ASSETS.map((_, i) =>
      compositeRule([
        percentileRule(CURRENT_ASSETS[i], SNAPSHOT_ASSETS),
        categoryRule(RISK_LABELS[i]),
        minmaxRule(TENURE_YEARS[i], TENURE_YEARS),
        logRule(YEARLY_TRADES[i], YEARLY_TRADES),
      ]),
    );
    columnValues(clients, COL.composite).forEach((v, i) => expectValue(v, composites[i], `composite row ${i}`));
    const thresholdTiers = composites.map(thresholdTierRule);
    expect(columnValues(clients, COL.thresholdLookup)).toEqual(thresholdTiers);
    expect(columnValues(clients, COL.thresholdCount)).toEqual(thresholdTiers);
    expect(new Set(thresholdTiers).size).toBeGreaterThan(2);
    const cutoffs = quotaCutoffs(composites);
    const model = recalculated.sheet(MODEL_SHEET);
    cutoffs.forEach((c, i) => expectValue(model.value(`AB${2 + i}`), c, `quota cutoff ${i}`));
    const quotaTiers = composites.map((s) => quotaTierRule(s, cutoffs));
    expect(columnValues(clients, COL.quotaTier)).toEqual(quotaTiers);
    expect(quotaTiers.filter((t) => t === QUOTA_TIERS[0].name)).toHaveLength(Math.ceil(round6(0.1 * CLIENTS)));
  });

  it('exports one recalculated sheet as CSV, by position or by a Chinese name', async () => {
    const [byPosition, byName] = await Promise.all([
      recalculateSheetToCsv(workbookPath, { sheet: 1 }),
      recalculateSheetToCsv(workbookPath, { sheet: MODEL_SHEET }),
    ]);
    expect(byPosition.rows).toEqual([['21', '42', '63']]);
    expect(byName.rows[0][0]).toBe('snapValue');
    expect(Number(byName.rows[2][10])).toBe(TENURE_YEARS.filter(isNumber).reduce((a, b) => Math.min(a, b)));
    expect(byName.timing.sofficeMs).toBeGreaterThan(0);
  });

  it('kills soffice and fails clearly on timeout', async () => {
    const started = Date.now();
    let run: { pid: number; profileDir: string } | undefined;
    // A conversion takes ≥ 1.2 s, so 700 ms lands while soffice.bin is running.
    const failure = recalculateXlsx(workbookPath, { timeoutMs: 700, onStart: (r) => (run = r) });
    await expect(failure).rejects.toThrow(LibreOfficeConversionError);
    await expect(failure).rejects.toThrow(/timed out after 700 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run).toBeDefined();
    // Neither oosplash nor soffice.bin of that run survives (other harness users may run meanwhile).
    expect(sofficeProcessesOn(run?.profileDir ?? '')).toEqual([]);
    expect(liveProcessesInGroup(run?.pid ?? 0)).toEqual([]);
  });

  it('kills the whole process group, not only the direct child', async () => {
    // Like oosplash → soffice.bin: a wrapper whose child holds the output pipes and never ends.
    const hangingSoffice = join(dir, 'hanging-soffice');
    writeFileSync(hangingSoffice, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    let run: { pid: number; profileDir: string } | undefined;
    const started = Date.now();
    await expect(recalculateXlsx(workbookPath, { sofficePath: hangingSoffice, timeoutMs: 300, onStart: (r) => (run = r) })).rejects.toThrow(
      /timed out after 300 ms/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(liveProcessesInGroup(run?.pid ?? 0)).toEqual([]);
  });

  it('fails clearly when the input cannot be loaded', async () => {
    await expect(recalculateXlsx(join(dir, 'missing.xlsx'))).rejects.toThrow(/input file not readable/);
    // soffice exits 0 on an unloadable file; the harness must still notice that nothing was written.
    const garbage = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(garbage, 'this is not a zip');
    await expect(recalculateXlsx(garbage)).rejects.toThrow(/produced no output[\s\S]*could not be loaded/);
  });
});

describe('locating soffice', () => {
  it('names the missing binary and how to install it', async () => {
    await expect(recalculateXlsx('/nonexistent.xlsx', { sofficePath: '/nonexistent/soffice' })).rejects.toThrow(LibreOfficeNotFoundError);
    expect(() => resolveSoffice('/nonexistent/soffice')).toThrow(/apt-get install -y libreoffice-calc/);
  });

  it('searches PATH when nothing is configured', () => {
    const saved = { path: process.env.PATH, configured: process.env.TIERBOOK_SOFFICE };
    try {
      delete process.env.TIERBOOK_SOFFICE;
      process.env.PATH = '/nonexistent-dir';
      expect(() => resolveSoffice()).toThrow(/neither soffice nor libreoffice is on PATH/);
      process.env.PATH = saved.path;
      expect(resolveSoffice()).toMatch(/(soffice|libreoffice)$/);
    } finally {
      process.env.PATH = saved.path;
      if (saved.configured !== undefined) process.env.TIERBOOK_SOFFICE = saved.configured;
    }
  });
});

describe('parseCsv and parseA1', () => {
  it('handles quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c","say ""hi"""\r\n"line1\nline2",,3\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line1\nline2', '', '3'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('x')).toEqual([['x']]);
  });

  it('reads A1 addresses', () => {
    expect(parseA1('B3')).toEqual({ row: 3, col: 2 });
    expect(parseA1('$AB$10')).toEqual({ row: 10, col: 28 });
    expect(() => parseA1('3B')).toThrow(RangeError);
  });
});
