/*
 * Every bad-input case through the engine, the CLI (its package reader) and the add-in on the fake
 * workbook, each against the case's written expectation (test/corpus/cases, docs/corpus.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { CORPUS } from './cases';
import { isNotApplicable, legExpectation, type CorpusCase, type Expectation, type Leg } from './corpusCase';
import { createCaseFake, runAddin, writtenTiers } from './legs/addinLeg';
import { cliOutcome } from './legs/cliLeg';
import { engineOutcome } from './legs/engineLeg';
import { expectOutcome } from './outcome';

const roots: string[] = [];
afterAll(() => { for (const dir of roots) removeTempDir(dir); });

function caseDir(c: CorpusCase, leg: string): string {
  const root = makeTempDir(`tierbook-corpus-${c.id}-${leg}-`);
  roots.push(root);
  return root;
}

describe('the corpus itself', () => {
  it('holds at least 40 cases with unique ids, one file per case, every file listed', () => {
    const files = fs.readdirSync(path.join(__dirname, 'cases')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
    const ids = CORPUS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it('is documented: docs/corpus.md has a table row for every case', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'corpus.md'), 'utf8');
    expect(CORPUS.map((c) => c.id).filter((id) => !doc.includes(`| \`${id}\` |`))).toEqual([]);
  });

  it('states every outcome: counts for every tier, or an error code with message fragments in both languages', () => {
    for (const c of CORPUS) {
      for (const leg of ['engine', 'cli', 'addin'] as const) {
        const e = legExpectation(c, leg);
        if (isNotApplicable(e)) continue;
        const stated = e.kind === 'result'
          ? Object.keys(e.tierCounts).length > 0
          : e.messageIncludes['zh-CN'].length > 0 && e.messageIncludes['en-US'].length > 0;
        expect({ id: c.id, leg, stated }).toEqual({ id: c.id, leg, stated: true });
      }
    }
  });
});

function applicable(c: CorpusCase, leg: Leg): Expectation | undefined {
  const e = legExpectation(c, leg);
  return isNotApplicable(e) ? undefined : e;
}

describe.each(CORPUS.map((c) => [c.id, c] as const))('corpus case %s', (_id, c) => {
  const engine = applicable(c, 'engine');
  const addin = applicable(c, 'addin');

  if (engine) {
    it(`engine: ${c.title}`, () => {
      expectOutcome(engineOutcome(c), engine, `${c.id} [engine]`);
    });
  }

  const cli = applicable(c, 'cli');
  if (cli) {
    it(`CLI: ${c.title}`, async () => {
      const run = await cliOutcome(c, caseDir(c, 'cli'));
      expectOutcome(run.outcome, cli, `${c.id} [CLI]`);
      if (run.outcome.kind === 'result' && c.checkCliOutput) {
        const output = new ExcelJS.Workbook();
        await output.xlsx.readFile(run.output);
        c.checkCliOutput(output);
      }
    });
  }

  if (addin) {
    it(`add-in on the fake: ${c.title}`, async () => {
      const fake = await createCaseFake(c);
      const leg = await runAddin(c, fake);
      expectOutcome(leg.outcome, addin, `${c.id} [add-in]`);
      if (leg.outcome.kind === 'result' && leg.run) {
        // What was written on each client's row is the tier the engine gave that row.
        const expected = new Map(leg.outcome.clients.map((client) => [client.row, client.tier]));
        expect(writtenTiers(fake, leg.run)).toEqual(expected);
        expect(leg.run.report.incomplete).toBe(false);
        c.checkAddinOutput?.(fake);
      }
    });
  }
});
