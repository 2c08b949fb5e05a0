/*
 * Data safety on every corpus case with a result, and on the bundled sample:
 * (a) the CLI never changes its input file, and its output keeps every input cell (value and formula);
 * (b) the add-in's write leaves the client columns and the user's other sheets exactly as they were;
 * (c) running again on TierBook's own output adds only the migration report, and from then on changes nothing but
 *     one more run-log row.
 * Add-in refusals (protected, read-only, invalid input) change nothing at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readCell } from '../support/exceljsCell';
import type { CellValue } from '../../src/engine';
import { sha256 } from '../cli/runCli';
import type { FakeExcel } from '../fake-excel';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { CORPUS } from './cases';
import { isNotApplicable, legExpectation, sheetNameOf, type CaseWorkbook, type CorpusCase, type Leg } from './corpusCase';
import { observableState, otherSheets, sourcePart, stateDifferences } from './fakeCompare';
import { createCaseFake, runAddin } from './legs/addinLeg';
import { cliOutcome, prepareCliInput } from './legs/cliLeg';
import { expectInputCellsKept, expectOnlyMigrationAdded, expectSameApartFromLog, readWorkbook } from './workbookCompare';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');

const roots: string[] = [];
afterAll(() => { for (const dir of roots) removeTempDir(dir); });
function tempDir(label: string): string {
  const dir = makeTempDir(`tierbook-safety-${label}-`);
  roots.push(dir);
  return dir;
}

function expectsResult(c: CorpusCase, leg: Leg): boolean {
  const e = legExpectation(c, leg);
  return !isNotApplicable(e) && e.kind === 'result';
}

/** samples/clients.xlsx as a case workbook: the grid as Office.js would give it (dates as serials). */
async function sampleCase(): Promise<CaseWorkbook> {
  const workbook = await readWorkbook(SAMPLE);
  const sheet = workbook.worksheets[0];
  const width = sheet.columnCount; // a getter that walks every row: read it once
  const grid: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    grid[rowNumber - 1] = Array.from({ length: width }, (_, c) => readCell(row.getCell(c + 1), false));
  });
  return { id: 'sample', grid, sheetName: sheet.name };
}

/** A case's input written into a fresh directory (the sample copied as it ships). */
async function inputFor(c: CaseWorkbook, label: string): Promise<string> {
  const dir = tempDir(label);
  if (c.id === 'sample') fs.copyFileSync(SAMPLE, path.join(dir, 'input.xlsx'));
  return (await prepareCliInput(c, dir)).input;
}

async function cliKeepsInput(c: CaseWorkbook): Promise<void> {
  const input = await inputFor(c, `${c.id}-cli`);
  const before = sha256(input);
  const run = await cliOutcome(c, path.dirname(input));
  expect(run.outcome.kind).toBe('result');
  expect(sha256(input)).toBe(before);
  expectInputCellsKept(await readWorkbook(input), await readWorkbook(run.output), sheetNameOf(c));
}

async function cliRerunIsStable(c: CaseWorkbook): Promise<void> {
  const input = await inputFor(c, `${c.id}-rerun`);
  const dir = path.dirname(input);
  const first = await cliOutcome(c, dir, { outputName: 'first.xlsx' });
  expect(first.outcome.kind).toBe('result');
  const firstHash = sha256(first.output);
  const second = await cliOutcome(c, dir, { input: first.output, outputName: 'second.xlsx' });
  expect(second.outcome).toEqual(first.outcome);
  expect(sha256(first.output)).toBe(firstHash);
  // The second run reports the migration from the first (change columns, the 等级迁移 sheet); from then on a run
  // changes nothing but one more log row: run three equals run two.
  expectOnlyMigrationAdded(await readWorkbook(first.output), await readWorkbook(second.output));
  const third = await cliOutcome(c, dir, { input: second.output, outputName: 'third.xlsx' });
  expect(third.outcome).toEqual(first.outcome);
  expectSameApartFromLog(await readWorkbook(second.output), await readWorkbook(third.output));
}

/** Runs the add-in once and checks that its write left the source columns and the user's other sheets alone. */
async function addinKeepsSource(c: CaseWorkbook, fake?: FakeExcel): Promise<FakeExcel> {
  const workbook = fake ?? await createCaseFake(c);
  let before: { source: unknown; others: unknown[]; names: string[]; lastColumn: number; sheet: string } | undefined;
  const leg = await runAddin(c, workbook, (source) => {
    const others = otherSheets(workbook, source.sheetName);
    before = { source: sourcePart(workbook, source.sheetName, source.lastUsedColumn), others, names: others.map((s) => s.name), lastColumn: source.lastUsedColumn, sheet: source.sheetName };
  });
  expect(leg.outcome.kind).toBe('result');
  if (!before) throw new Error('the add-in never reached its write');
  const { names } = before;
  expect(sourcePart(workbook, before.sheet, before.lastColumn)).toEqual(before.source);
  expect(otherSheets(workbook, before.sheet).filter((s) => names.includes(s.name))).toEqual(before.others);
  return workbook;
}

/** On a workbook the add-in already ran on: one more run changes nothing but one more log row. */
async function addinRerunIsStable(c: CaseWorkbook, ranOnce?: FakeExcel): Promise<void> {
  const fake = ranOnce ?? await createCaseFake(c);
  if (!ranOnce) expect((await runAddin(c, fake)).outcome.kind).toBe('result');
  const once = observableState(fake);
  const again = await runAddin(c, fake);
  expect(again.outcome.kind).toBe('result');
  const twice = observableState(fake);
  expect(stateDifferences(once.state, twice.state)).toEqual([]);
  expect(twice.logRows).toHaveLength(once.logRows.length + 1);
  expect(twice.logRows.slice(0, once.logRows.length)).toEqual(once.logRows);
  expect(twice.historyRows.slice(0, once.historyRows.length)).toEqual(once.historyRows);
}

const cliCases = CORPUS.filter((c) => expectsResult(c, 'cli'));
const addinCases = CORPUS.filter((c) => expectsResult(c, 'addin'));
const addinRefusals = CORPUS.filter((c) => !isNotApplicable(legExpectation(c, 'addin')) && !expectsResult(c, 'addin'));

describe('CLI data safety', () => {
  describe.each(cliCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it('keeps the input file (sha256) and every input cell in the output', async () => {
      await cliKeepsInput(c);
    });
    it('run again on its own output: the migration report once, then nothing but one more log row', async () => {
      await cliRerunIsStable(c);
    });
  });

  it('sample: keeps the input file and every input cell', async () => {
    await cliKeepsInput(await sampleCase());
  });

  it('sample: re-runs on its own output add the migration report, then change nothing but the log', async () => {
    await cliRerunIsStable(await sampleCase());
  });
});

describe('add-in data safety (fake workbook)', () => {
  describe.each(addinCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it('writePlan leaves the source columns and the user\'s other sheets as they were', async () => {
      await addinKeepsSource(c);
    });
    it('run twice: the same workbook but one more log row', async () => {
      await addinRerunIsStable(c);
    });
  });

  describe.each(addinRefusals.map((c) => [c.id, c] as const))('%s (refused)', (_id, c) => {
    it('changes nothing in the workbook', async () => {
      const fake = await createCaseFake(c);
      const before = fake.snapshot();
      const leg = await runAddin(c, fake);
      expect(leg.outcome.kind).toBe('error');
      expect(fake.snapshot()).toEqual(before);
    });
  });

  it('sample: writePlan keeps the source, and a second run changes nothing but the log', async () => {
    const sample = await sampleCase();
    // One workbook for both checks: the sample's write is the slow part.
    await addinRerunIsStable(sample, await addinKeepsSource(sample));
  });
});
