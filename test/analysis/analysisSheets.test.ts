import * as path from 'path';
import ExcelJS from 'exceljs';
import { composeOutputPlan, DEFAULT_ADDIN_CHOICES } from '../../src/engine/plan/composeOutputPlan';
import { ANALYSIS_LABELS, type AnalysisChoices, type Locale } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { runCli } from '../cli/runCli';
import { createFakeExcel } from '../fake-excel';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { readCell } from '../support/exceljsCell';
import { recalculateXlsx } from '../support/libreoffice';
import { findAndRead, generatedClients, RUN_CONTEXT, tierTable, type ReadTable } from '../excel/pipeline';

const ALL: AnalysisChoices = { sensitivity: { margin: 1 }, upgrade: { maxPoints: 5, maxAssetIncrease: 0.2 }, clusters: { k: 4 } };

function plan(read: ReadTable, analysis: AnalysisChoices | undefined, locale: Locale = 'zh-CN') {
  const { result, extras } = tierTable(read);
  return composeOutputPlan({
    result, locale, extras, run: RUN_CONTEXT, analysis,
    choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', pivots: false, chart: false },
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
  });
}

async function readFake(count: number) {
  const fake = createFakeExcel({ sheets: { 客户清单: generatedClients(count) } });
  fake.select('客户清单', 'A1');
  const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
  return { fake, gateway, read: await findAndRead(gateway) };
}

describe('analysis sheets in the output plan', () => {
  it('are not written by default, so the default output is unchanged', async () => {
    const { read } = await readFake(60);
    const keys = plan(read, undefined).sheets.map((s) => s.key);
    expect(keys.some((k) => ['sensitivity', 'upgrade', 'clusters'].includes(k))).toBe(false);
  });

  it('adds 敏感性分析, 升级潜力, 聚类画像 and the 聚类 column when chosen, in both languages', async () => {
    const { read } = await readFake(300);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const p = plan(read, ALL, locale);
      const names = p.sheets.filter((s) => s.role === 'analysis').map((s) => s.preferredName);
      expect(names).toEqual([ANALYSIS_LABELS.sensitivitySheet[locale], ANALYSIS_LABELS.upgradeSheet[locale], ANALYSIS_LABELS.clusterSheet[locale]]);
      const column = p.columns.find((c) => c.key === 'cluster');
      expect(column?.header).toBe(ANALYSIS_LABELS.clusterColumn[locale]);
      expect(String(column?.cellAt(0))).toMatch(/^C[1-4] · /u);
      const clusters = p.sheets.find((s) => s.key === 'clusters');
      // The cross-table's total equals the tiered clients; every generated client is complete and tiered.
      const totalRow = clusters?.rows.find((r) => r[0] === ANALYSIS_LABELS.total[locale]);
      expect(totalRow?.[totalRow.length - 1]).toBe(300);
    }
  });
});

describe('analysis sheets: the runner and the add-in on the fake write the same cells', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-analysis-'); });
  afterAll(() => removeTempDir(dir));

  it('敏感性分析, 升级潜力 and 聚类画像 are equal cell for cell', async () => {
    const input = await writeGridXlsx(generatedClients(300), '客户清单', path.join(dir, 'clients.xlsx'));
    const output = path.join(dir, 'out.xlsx');
    const run = await runCli([input, '-o', output, '--formulas', 'values', '--analysis']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);

    const { fake, gateway, read } = await readFake(300);
    const report = await gateway.writePlan(plan(read, ALL));
    expect(report.incomplete).toBe(false);
    for (const name of ['敏感性分析', '升级潜力', '聚类画像']) {
      const sheet = workbook.getWorksheet(name);
      expect(sheet).toBeDefined();
      const fromRunner: unknown[][] = [];
      sheet?.eachRow((row, n) => { const cells: unknown[] = []; row.eachCell((cell, c) => { cells[c - 1] = readCell(cell, false); }); fromRunner[n - 1] = cells; });
      const fromAddin = fake.sheet(name).grid();
      const width = Math.max(...fromAddin.map((r) => r.length));
      const normalise = (rows: unknown[][]) => Array.from({ length: Math.max(rows.length, 1) }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null))
        .filter((row, r, all) => r < all.length && row.some((v) => v !== null && v !== ''));
      expect(normalise(fromRunner).length).toBeGreaterThan(8);
      expect(normalise(fromRunner)).toEqual(normalise(fromAddin.map((r) => r.map((v) => (v === '' ? null : v)))));
    }
    const header = (workbook.worksheets[0].getRow(1).values as unknown[]).filter((v) => v === '聚类');
    expect(header).toHaveLength(1);

    // Every output must open in LibreOffice: the analysis sheets convert and keep their cells.
    const loaded = await recalculateXlsx(output, { recalc: 'never' });
    expect(loaded.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['敏感性分析', '升级潜力', '聚类画像']));
    expect(loaded.sheet('聚类画像').value('A1')).toBe(fake.sheet('聚类画像').grid()[0][0]);
    expect(loaded.sheet('升级潜力').value('A3')).toBe('客户号');
  }, 240_000);
});
