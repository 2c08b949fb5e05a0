/*
 * One plan, two renderers: the add-in's (Office.js, on the fake) and the runner's (the package editor), cell for
 * cell. Every write decision lives in the engine (src/engine/plan: sheet actions, cell looks, markers, references),
 * so what the two draw must be the same: values, formulas, number formats, bold and wrap, under the same sheet names.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { composeOutputPlan, isLazyPlanSheet, parseCellReference, rowsMaterialized, type AddinOutputChoices, type OutputPlan } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { brokerWorkbook } from '../cli/brokerWorkbook';
import { CORPUS } from '../corpus/cases';
import { isNotApplicable, legExpectation } from '../corpus/corpusCase';
import { createCaseFake, runAddin } from '../corpus/legs/addinLeg';
import { writeCaseXlsx } from '../corpus/writeCaseXlsx';
import { findAndRead, RUN_CONTEXT, tierTable } from '../excel/pipeline';
import { createFakeExcel, type FakeExcel, type SeedCell } from '../fake-excel';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { readCell } from '../support/exceljsCell';
import { fakeCell, planAreas, renderedDifferences, xlsxCell } from './renderedCells';
import { renderPlanWithPackageEditor } from './streamRender';

/** What the runner writes: everything but PivotTables and charts, which the package editor does not make. */
const RUNNER_CHOICES: Partial<AddinOutputChoices> = { pivots: false, chart: false, strategySheets: true, runLog: true, segments: true };

let dir: string;
beforeAll(() => { dir = makeTempDir('tierbook-renderers-'); });
afterAll(() => removeTempDir(dir));

/** Plan sheet key → sheet name, from the fake's `_TierBook_sheet_*` markers. */
function fakeSheetNames(fake: FakeExcel): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of fake.names()) {
    const sheet = parseCellReference(n.formula)?.sheet;
    if (n.name.startsWith('_TierBook_sheet_') && sheet) names.set(n.name, sheet);
  }
  return names;
}

/**
 * Renders `plan` with the package editor onto `input` (at `output`) and compares it with what the add-in wrote on
 * `fake`; `runs` is how many runs the log holds by now.
 */
async function compareRenderers(fake: FakeExcel, plan: OutputPlan, input: string, label: string, runs = 1, output = path.join(dir, `${label}-out.xlsx`)): Promise<number> {
  const runnerNames = await renderPlanWithPackageEditor(input, output, plan);
  const addinMarkers = fakeSheetNames(fake);
  const addinNames = new Map(plan.sheets.map((s) => [s.key, addinMarkers.get(`_TierBook_sheet_${s.key.replace(/[^A-Za-z0-9]/gu, (ch) => `_${ch.codePointAt(0)?.toString(16)}`)}`) ?? '(none)']));
  expect({ label, names: Object.fromEntries(runnerNames) }).toEqual({ label, names: Object.fromEntries(addinNames) });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  const { compared, differences } = renderedDifferences(planAreas(plan, runnerNames, runs),
    (sheet, r, c) => fakeCell(fake, sheet, r, c), (sheet, r, c) => xlsxCell(workbook, sheet, r, c));
  expect({ label, differences: differences.slice(0, 20) }).toEqual({ label, differences: [] });
  return compared;
}

/** An .xlsx as the fake's seed: every sheet's values, formula-like text kept as text (as Excel holds it). */
async function fakeFromXlsx(file: string, activeSheet: string): Promise<FakeExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, SeedCell[][]> = {};
  const texts: [string, string, string][] = [];
  for (const sheet of workbook.worksheets) {
    const rows: SeedCell[][] = [];
    sheet.eachRow((row, n) => {
      const cells: SeedCell[] = [];
      row.eachCell((cell, c) => {
        const value = readCell(cell, false);
        const isText = typeof value === 'string' && value.startsWith('=') && !(typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value);
        if (isText) texts.push([sheet.name, cell.address, value]);
        cells[c - 1] = isText ? null : value;
      });
      rows[n - 1] = Array.from(cells, (v) => v ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (r) => r ?? []);
  }
  const fake = createFakeExcel({ sheets, activeSheet });
  await fake.host.run(async (context) => {
    for (const [sheet, address, value] of texts) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.numberFormat = [['@']];
      range.values = [[value]];
    }
    await context.sync();
  });
  return fake;
}

/** The pane's read and plan on the fake, with the runner's choices, in `mode`. */
async function brokerPlan(fake: FakeExcel, mode: OutputPlan['mode'], options: { strategySheets: boolean; timestamp: string; write?: boolean }): Promise<OutputPlan> {
  fake.select('Clients', 'A3');
  const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
  const read = await findAndRead(gateway);
  const { result, extras } = tierTable(read);
  const plan = composeOutputPlan({
    result, locale: 'zh-CN', extras, run: { ...RUN_CONTEXT, timestamp: options.timestamp }, confirmedChecks: true,
    choices: { mode, pivots: false, chart: false, strategySheets: options.strategySheets, runLog: true, segments: true, suitabilityColumns: extras.columns.risk !== undefined },
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
  });
  if (options.write !== false) expect((await gateway.writePlan(plan)).incomplete).toBe(false);
  return plan;
}

describe('the broker workbook through both renderers', () => {
  it('has the package editor write the lazy plan sheets a row at a time, never building one whole', async () => {
    const input = path.join(dir, 'broker-lazy.xlsx');
    await brokerWorkbook().xlsx.writeFile(input);
    const fake = await fakeFromXlsx(input, 'Clients');
    const plan = await brokerPlan(fake, 'portable', { strategySheets: true, timestamp: RUN_CONTEXT.timestamp, write: false });
    const lazy = plan.sheets.filter(isLazyPlanSheet);
    expect(lazy.map((s) => s.key)).toEqual(expect.arrayContaining(['model', 'strategy:钻石', 'compliance']));
    await renderPlanWithPackageEditor(input, path.join(dir, 'broker-lazy-out.xlsx'), plan);
    expect(lazy.filter(rowsMaterialized).map((s) => s.key)).toEqual([]);
  });


  it.each(['values', 'portable', 'live'] as const)('draws the same cells in %s mode', async (mode) => {
    const input = path.join(dir, `broker-${mode}.xlsx`);
    await brokerWorkbook().xlsx.writeFile(input);
    const fake = await fakeFromXlsx(input, 'Clients');
    const plan = await brokerPlan(fake, mode, { strategySheets: true, timestamp: RUN_CONTEXT.timestamp });
    expect(await compareRenderers(fake, plan, input, `broker-${mode}`)).toBeGreaterThan(100);
  });

  it('draws the same cells on a re-run over its own output: sheets reused under their names, stale ones gone, the log continued', async () => {
    const input = path.join(dir, 'broker-rerun.xlsx');
    await brokerWorkbook().xlsx.writeFile(input);
    const fake = await fakeFromXlsx(input, 'Clients');
    const first = await brokerPlan(fake, 'values', { strategySheets: true, timestamp: '2026-06-30T09:00:00.000Z' });
    const firstOutput = path.join(dir, 'broker-rerun-1.xlsx');
    await compareRenderers(fake, first, input, 'broker-rerun-1', 1, firstOutput);
    // The user renames the summary in both, then runs again without strategy sheets.
    await fake.host.run(async (context) => { context.workbook.worksheets.getItem('分级汇总 (2)').name = '我的汇总'; await context.sync(); });
    const renamed = path.join(dir, 'broker-rerun-renamed.xlsx');
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(firstOutput);
    (edited.getWorksheet('分级汇总 (2)') as ExcelJS.Worksheet).name = '我的汇总';
    edited.definedNames.model = edited.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace("'分级汇总 (2)'!", "'我的汇总'!")) }));
    await edited.xlsx.writeFile(renamed);
    const second = await brokerPlan(fake, 'values', { strategySheets: false, timestamp: '2026-07-01T09:00:00.000Z' });
    expect(await compareRenderers(fake, second, renamed, 'broker-rerun-2', 2)).toBeGreaterThan(100);
    const output = new ExcelJS.Workbook();
    await output.xlsx.readFile(path.join(dir, 'broker-rerun-2-out.xlsx'));
    expect(output.worksheets.map((s) => s.name)).toEqual(fake.sheetNames());
  });
});

/**
 * Cases whose workbook the fake cannot hold as the file does, so the add-in's plan does not fit the file: the fake has
 * no merges, so a header merged over the first free column (merged-cells) puts the add-in's columns under the merge.
 */
const FAKE_DIFFERS_FROM_FILE: ReadonlySet<string> = new Set(['merged-cells']);

const written = CORPUS.filter((c) => {
  const e = legExpectation(c, 'addin');
  return !isNotApplicable(e) && e.kind === 'result' && !FAKE_DIFFERS_FROM_FILE.has(c.id);
});

it('takes every corpus case the add-in writes, but one the fake cannot hold', () => {
  expect(written.length).toBeGreaterThanOrEqual(35);
});

describe.each(written.map((c) => [c.id, c] as const))('corpus case %s through both renderers', (id, c) => {
  it('draws the same cells', async () => {
    const fake = await createCaseFake(c);
    const { run } = await runAddin(c, fake, undefined, RUNNER_CHOICES);
    if (!run) throw new Error(`${id}: the add-in did not write`);
    const input = path.join(dir, `${id}.xlsx`);
    await writeCaseXlsx(c, input);
    expect(await compareRenderers(fake, run.plan, input, id)).toBeGreaterThan(0);
  });
});
