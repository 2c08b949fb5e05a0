/*
 * A case through the add-in's workbook layer on the fake, as the task pane drives it (src/taskpane/paneActions.ts):
 * findClientTable → readRows → engine → composeOutputPlan → writePlan.
 */
import {
  OUTPUT_LABELS, createDefaultModel, tierClientTable, type CellValue, type OutputPlan, type TierModel, type TieringResult,
} from '../../../src/engine';
import { ADDIN_EXTRA_ROLES, DEFAULT_ADDIN_CHOICES, composeOutputPlan, type AddinOutputChoices } from '../../../src/engine/plan/composeOutputPlan';
import { createOfficeWorkbookGateway, type OfficeWorkbookGateway } from '../../../src/excel/officeWorkbookGateway';
import type { ClientTableSource, WriteReport } from '../../../src/excel/workbookGateway';
import { parseModelJson } from '../../../src/taskpane/modelFile';
import { buildTableFromChunks, extraColumnsFromChunks, withHiddenRows, type RowChunk } from '../../../src/taskpane/pipeline/rowChunks';
import { locateSourceLayout, sourceLastRow } from '../../../src/taskpane/pipeline/sourceLayout';
import { createFakeExcel, type FakeExcel, type SeedCell } from '../../fake-excel';
import { DEFAULT_MODEL_SHEET, sheetNameOf, type CaseWorkbook, type Grid } from '../corpusCase';
import { errorOutcome, resultOutcome, type Outcome } from '../outcome';

/** The run log's fixed clock, so two runs differ only by the log row they append. */
export const ADDIN_RUN = { timestamp: '2026-06-30T09:00:00.000Z', user: 'tester', tool: 'TierBook add-in (corpus)' };

/** Text that starts with "=" is what Excel shows for a cell typed with a leading apostrophe: seeded as text below. */
const isFormulaLookalike = (v: CellValue): v is string => typeof v === 'string' && v.length > 1 && v.startsWith('=');

function seedRows(grid: Grid): SeedCell[][] {
  return grid.map((row) => row.map((v) => (isFormulaLookalike(v) ? null : v)));
}

function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function applySeedCells(rows: SeedCell[][], cells: Readonly<Record<string, SeedCell>>, sheet: string, clientSheet: string): void {
  for (const [key, value] of Object.entries(cells)) {
    const bang = key.lastIndexOf('!');
    if ((bang < 0 ? clientSheet : key.slice(0, bang)) !== sheet) continue;
    const m = /^([A-Z]+)(\d+)$/u.exec(bang < 0 ? key : key.slice(bang + 1));
    if (!m) throw new Error(`bad address ${key}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
  }
}

/** Where the user clicks: column A of the row below the first 客户号 header, else A1. */
function defaultSelection(grid: Grid): string {
  const header = grid.findIndex((row) => row.some((v) => typeof v === 'string' && v.trim() === '客户号'));
  return header >= 0 && header + 1 < grid.length ? a1(header + 1, 0) : 'A1';
}

/** The case's workbook in the fake, the client sheet selected. */
export async function createCaseFake(c: CaseWorkbook): Promise<FakeExcel> {
  const clientSheet = sheetNameOf(c);
  const sheets: Record<string, SeedCell[][]> = {};
  const add = (name: string, grid: Grid): void => {
    const rows = seedRows(grid);
    applySeedCells(rows, c.fake?.cells ?? {}, name, clientSheet);
    sheets[name] = rows;
  };
  for (const [name, grid] of Object.entries(c.sheetsBefore ?? {})) add(name, grid);
  add(clientSheet, c.grid);
  for (const [name, grid] of Object.entries(c.sheetsAfter ?? {})) add(name, grid);
  if (c.modelSheet) add(c.modelSheetName ?? DEFAULT_MODEL_SHEET, c.modelSheet);
  const hiddenRows = { ...c.fake?.options?.hiddenRows, ...(c.hiddenRows ? { [clientSheet]: c.hiddenRows.map((row) => row - 1) } : {}) };
  const fake = createFakeExcel({ ...c.fake?.options, sheets, activeSheet: clientSheet, hiddenRows });
  const texts: [string, number, number, string][] = [];
  c.grid.forEach((row, r) => row.forEach((v, col) => { if (isFormulaLookalike(v)) texts.push([clientSheet, r, col, v]); }));
  if (texts.length > 0) {
    await fake.host.run(async (context) => {
      for (const [sheet, r, col, v] of texts) {
        const range = context.workbook.worksheets.getItem(sheet).getRange(a1(r, col));
        range.numberFormat = [['@']];
        range.values = [[v]];
      }
      await context.sync();
    });
  }
  await c.fake?.prepare?.(fake, clientSheet);
  fake.select(clientSheet, c.fake?.select ?? defaultSelection(c.grid));
  return fake;
}

export function caseGateway(fake: FakeExcel): OfficeWorkbookGateway {
  return createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
}

async function addinModel(c: CaseWorkbook, gateway: OfficeWorkbookGateway): Promise<TierModel> {
  if (c.modelSheet) return (await gateway.readStoredModel())?.model ?? createDefaultModel();
  if (c.modelText !== undefined) return parseModelJson(c.modelText, 'model.json');
  if (c.model !== undefined) return parseModelJson(JSON.stringify(c.model), 'model.json');
  return createDefaultModel();
}

/** What one add-in run read, computed and wrote. */
export interface AddinRun {
  readonly source: ClientTableSource;
  readonly result: TieringResult;
  readonly plan: OutputPlan;
  readonly report: WriteReport;
}

export interface AddinLegRun {
  readonly outcome: Outcome;
  /** Set when the run got as far as a plan (the write may still have been refused). */
  readonly source?: ClientTableSource;
  readonly run?: AddinRun;
}

/**
 * One run of the pane's "read table" then "run", with values output and every other choice at its default (or as
 * `choices` say). `beforeWrite` sees the source found, just before writePlan (for before/after snapshots).
 */
export async function runAddin(
  c: CaseWorkbook, fake: FakeExcel, beforeWrite?: (source: ClientTableSource) => void, choices: Partial<AddinOutputChoices> = {},
): Promise<AddinLegRun> {
  const gateway = caseGateway(fake);
  let source: ClientTableSource | undefined;
  try {
    const model = await addinModel(c, gateway);
    source = await gateway.findClientTable();
    const read: RowChunk[] = [];
    const found = source;
    const { hiddenRowNumbers } = await gateway.readRows(found, (rows, firstRowNumber) => { read.push({ rows, firstRowNumber }); });
    const chunks = withHiddenRows(read, hiddenRowNumbers);
    const layout = locateSourceLayout(found, model, {});
    const table = buildTableFromChunks(chunks, layout, model, found.sheetName);
    const result = tierClientTable(table, model);
    const extras = extraColumnsFromChunks(chunks, layout, ADDIN_EXTRA_ROLES, model, table.rowNumbers);
    const plan = composeOutputPlan({
      result, locale: 'zh-CN', extras, run: ADDIN_RUN,
      choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', ...choices },
      source: { sheetName: found.sheetName, firstColumn: found.firstColumn, lastUsedColumn: found.lastUsedColumn, lastRow: sourceLastRow(found) },
      // The cases are bad input on purpose; the corpus checks what is written, the data checks have their own tests.
      confirmedChecks: true,
    });
    beforeWrite?.(found);
    const report = await gateway.writePlan(plan);
    return { outcome: resultOutcome(result), source, run: { source: found, result, plan, report } };
  } catch (error) {
    return { outcome: errorOutcome(error), source };
  }
}

/**
 * The tier TierBook wrote on each client's row, read back from the fake (its 客户等级 column right of the source),
 * so a correct result in memory that was written to the wrong rows would still fail.
 */
export function writtenTiers(fake: FakeExcel, run: AddinRun): Map<number, string | null> {
  const sheet = fake.sheet(run.source.sheetName);
  const grid = sheet.grid();
  const headerRow = run.result.table.layout.headerRow;
  const header = grid[headerRow - 1] ?? [];
  const column = header.findIndex((v, i) => i > run.source.lastUsedColumn && v === OUTPUT_LABELS.tierColumn['zh-CN']);
  if (column < 0) throw new Error(`no ${OUTPUT_LABELS.tierColumn['zh-CN']} column in row ${headerRow} of ${run.source.sheetName}`);
  const tiers = new Map<number, string | null>();
  for (const row of run.result.table.rowNumbers) {
    const v = grid[row - 1]?.[column] ?? null;
    tiers.set(row, v === null || v === '' ? null : String(v));
  }
  return tiers;
}
