import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';

const REPO = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO, 'scripts', 'make-sample.js');
const CLIENTS_PATH = path.join(REPO, 'samples', 'clients.xlsx');
const PRODUCTS_PATH = path.join(REPO, 'samples', 'products.xlsx');

const CLIENT_HEADERS = [
  '客户号', '客户姓名', '客户类型', '开户营业部', '开户日期', '总资产', '金融资产', '近三年年均收入',
  '投资经验年限', '年交易次数', '客户需求', '风险等级', '开户年限', '近一年佣金贡献',
];
const RISK_LABELS = new Set(['C1', 'C2', 'C3', 'C4', 'C5', '最低类别']);
const REFERENCE_DATE_MS = Date.UTC(2026, 5, 30);

type Row = Record<string, ExcelJS.CellValue>;

function sha256(filePath: string): string {
  return createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as ExcelJS.CellValue[];
  return values.slice(1).map((v) => String(v));
}

/** Data rows keyed by header, so assertions read like the sheet. */
function rowsOf(sheet: ExcelJS.Worksheet): Row[] {
  const headers = headerOf(sheet);
  const rows: Row[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: Row = {};
    headers.forEach((header, i) => {
      record[header] = row.getCell(i + 1).value;
    });
    rows.push(record);
  });
  return rows;
}

function numberOf(value: ExcelJS.CellValue): number {
  if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('samples/clients.xlsx', () => {
  let sheet: ExcelJS.Worksheet;
  let rows: Row[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(CLIENTS_PATH);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['客户清单']);
    sheet = workbook.getWorksheet('客户清单') as ExcelJS.Worksheet;
    rows = rowsOf(sheet);
  });

  it('has the Chinese headers in row 1', () => {
    expect(headerOf(sheet)).toEqual(CLIENT_HEADERS);
  });

  it('holds 5,000 clients with unique ids of the form 3100 + 8 digits', () => {
    expect(rows).toHaveLength(5000);
    const ids = rows.map((r) => r['客户号']);
    for (const id of ids) expect(id).toMatch(/^3100\d{8}$/);
    expect(new Set(ids).size).toBe(rows.length);
  });

  it('uses only valid risk labels, with about 1% 最低类别 and every level C1–C5 present', () => {
    const labels = rows.map((r) => String(r['风险等级']));
    for (const label of labels) expect(RISK_LABELS.has(label)).toBe(true);
    expect(new Set(labels)).toEqual(RISK_LABELS);
    const lowest = labels.filter((l) => l === '最低类别').length / labels.length;
    expect(lowest).toBeGreaterThan(0.005);
    expect(lowest).toBeLessThan(0.02);
  });

  it('stores 开户日期 as real, yyyy-mm-dd formatted dates between 2005 and 2025', () => {
    const dateColumn = CLIENT_HEADERS.indexOf('开户日期') + 1;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const cell = row.getCell(dateColumn);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
    });
    for (const r of rows) {
      const opened = r['开户日期'] as Date;
      expect(opened.getUTCFullYear()).toBeGreaterThanOrEqual(2005);
      expect(opened.getUTCFullYear()).toBeLessThanOrEqual(2025);
    }
  });

  it('derives 开户年限 from 开户日期 as of 2026-06-30, to one decimal', () => {
    for (const r of rows) {
      const opened = (r['开户日期'] as Date).getTime();
      const years = (REFERENCE_DATE_MS - opened) / 86400000 / 365.25;
      expect(numberOf(r['开户年限'])).toBeCloseTo(Math.round(years * 10) / 10, 5);
    }
  });

  it('has positive, heavy-tailed assets with 金融资产 a bit below 总资产', () => {
    const assets = rows.map((r) => numberOf(r['总资产']));
    for (const r of rows) {
      const total = numberOf(r['总资产']);
      const financial = numberOf(r['金融资产']);
      expect(total).toBeGreaterThan(0);
      expect(financial).toBeGreaterThan(0);
      expect(financial).toBeLessThanOrEqual(total);
      expect(financial).toBeGreaterThanOrEqual(total * 0.85);
      expect(Math.round(total * 100) / 100).toBe(total);
    }
    const mostlyTypical = assets.filter((a) => a >= 1e4 && a <= 2e6).length / assets.length;
    expect(mostlyTypical).toBeGreaterThan(0.85);
    const veryRich = assets.filter((a) => a > 5e7).length;
    expect(veryRich).toBeGreaterThanOrEqual(2);
    expect(veryRich).toBeLessThanOrEqual(50);
  });

  it('has integer, heavy-tailed trade counts: many small, some 500+', () => {
    const trades = rows.map((r) => numberOf(r['年交易次数']));
    for (const t of trades) {
      expect(Number.isInteger(t)).toBe(true);
      expect(t).toBeGreaterThanOrEqual(0);
    }
    expect(trades.filter((t) => t <= 20).length / trades.length).toBeGreaterThan(0.5);
    expect(trades.filter((t) => t >= 500).length).toBeGreaterThanOrEqual(10);
  });

  it('has mostly 个人 clients and about 3% 机构', () => {
    const institutions = rows.filter((r) => r['客户类型'] === '机构').length / rows.length;
    expect(rows.every((r) => r['客户类型'] === '个人' || r['客户类型'] === '机构')).toBe(true);
    expect(institutions).toBeGreaterThan(0.015);
    expect(institutions).toBeLessThan(0.05);
  });

  it('correlates needs and risk with assets: richer clients are more often 专业投资 and C4/C5', () => {
    const assetsOf = (pick: (r: Row) => boolean): number[] => rows.filter(pick).map((r) => numberOf(r['总资产']));
    expect(rows.every((r) => r['客户需求'] === '专业投资' || r['客户需求'] === '基础理财')).toBe(true);
    expect(median(assetsOf((r) => r['客户需求'] === '专业投资'))).toBeGreaterThan(2 * median(assetsOf((r) => r['客户需求'] === '基础理财')));
    expect(median(assetsOf((r) => r['风险等级'] === 'C5'))).toBeGreaterThan(median(assetsOf((r) => r['风险等级'] === 'C1')));
  });

  it('has non-negative integer experience and non-negative commission', () => {
    for (const r of rows) {
      const experience = numberOf(r['投资经验年限']);
      expect(Number.isInteger(experience)).toBe(true);
      expect(experience).toBeGreaterThanOrEqual(0);
      expect(numberOf(r['近一年佣金贡献'])).toBeGreaterThanOrEqual(0);
      expect(numberOf(r['近三年年均收入'])).toBeGreaterThan(0);
    }
  });
});

describe('samples/products.xlsx', () => {
  it('lists about 20 products with R1–R5 levels and a 是/否 professional flag', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(PRODUCTS_PATH);
    const sheet = workbook.getWorksheet('产品目录') as ExcelJS.Worksheet;
    expect(headerOf(sheet)).toEqual(['产品代码', '产品名称', '产品类型', '风险等级', '最低投资额', '专业投资者专属']);
    const products = rowsOf(sheet);
    expect(products.length).toBeGreaterThanOrEqual(15);
    expect(products.length).toBeLessThanOrEqual(30);
    expect(new Set(products.map((p) => p['产品代码'])).size).toBe(products.length);
    expect(new Set(products.map((p) => p['风险等级']))).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'R5']));
    for (const p of products) {
      expect(['是', '否']).toContain(p['专业投资者专属']);
      expect(numberOf(p['最低投资额'])).toBeGreaterThan(0);
    }
  });
});

describe('scripts/make-sample.js', () => {
  let outputDir: string;

  beforeAll(() => {
    outputDir = makeTempDir('tierbook-sample-');
  });

  afterAll(() => {
    removeTempDir(outputDir);
  });

  it('regenerates byte-identical workbooks (output dir as an argument)', () => {
    execFileSync(process.execPath, [SCRIPT, outputDir], { cwd: REPO, stdio: 'pipe' });
    expect(sha256(path.join(outputDir, 'clients.xlsx'))).toBe(sha256(CLIENTS_PATH));
    expect(sha256(path.join(outputDir, 'products.xlsx'))).toBe(sha256(PRODUCTS_PATH));
  });

  it('writes to TIERBOOK_SAMPLE_DIR and does not depend on the time zone', () => {
    const envDir = path.join(outputDir, 'from-env');
    execFileSync(process.execPath, [SCRIPT], {
      cwd: REPO,
      stdio: 'pipe',
      env: { ...process.env, TIERBOOK_SAMPLE_DIR: envDir, TZ: 'America/New_York' },
    });
    expect(sha256(path.join(envDir, 'clients.xlsx'))).toBe(sha256(CLIENTS_PATH));
    expect(sha256(path.join(envDir, 'products.xlsx'))).toBe(sha256(PRODUCTS_PATH));
  });
});
