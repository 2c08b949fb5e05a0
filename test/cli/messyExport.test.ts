import * as fs from 'fs';
import * as path from 'path';
import { type ClientRow, type ExpectedNumber, MESSY_EXPORT_HEADERS, messyExportExpected, writeMessyExportXlsx } from '../fixtures/messyExport';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { type CliJson, parseJsonOutput, runCli } from './runCli';

// The scoring rules, written out again from the model's documentation and NOT taken from engine code:
// percentile = 100 × (present values strictly below v) / (n − 1); minmax = 100 × (v − min) / (max − min);
// category = the map's score (unknown labels are missing); composite = Σ wᵢ·sᵢ / Σ wᵢ; tiers 80/60/40/0.

const WEIGHTS = { assets: 35, frequency: 20, needs: 15, risk: 15, loyalty: 15 };
const NEEDS: Record<ClientRow['needs'], number> = { 专业投资: 100, 基础理财: 30 };
const RISK: Record<string, number> = { C1: 0, C2: 25, C3: 50, C4: 75, C5: 100 };
const TIERS = [{ name: '钻石', min: 80 }, { name: '黄金', min: 60 }, { name: '白银', min: 40 }, { name: '普通', min: 0 }];

type Maybe = number | null;

function present(v: ExpectedNumber): Maybe {
  return typeof v === 'number' ? v : null;
}

function referencePercentile(values: Maybe[]): Maybe[] {
  const known = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : known.length === 1 ? 100 : (100 * known.filter((k) => k < v).length) / (known.length - 1)));
}

function referenceMinmax(values: Maybe[]): Maybe[] {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values.map((v) => (v === null ? null : max === min ? 100 : (100 * (v - min)) / (max - min)));
}

interface ReferenceClient {
  row: number;
  id: string;
  score: number | null;
  tier: string | null;
  missing: boolean;
}

function referenceScores(clients: readonly ClientRow[], missing: 'zero' | 'exclude'): ReferenceClient[] {
  const assets = referencePercentile(clients.map((c) => present(c.assets)));
  const frequency = referencePercentile(clients.map((c) => present(c.trades)));
  const needs = clients.map((c) => NEEDS[c.needs]);
  const risk = clients.map((c) => (c.riskLevel === 'unknown' ? null : RISK[c.riskLevel]));
  const loyalty = referenceMinmax(clients.map((c) => c.tenure));
  const total = Object.values(WEIGHTS).reduce((a, w) => a + w, 0);
  return clients.map((c, i) => {
    const parts: [number, Maybe][] = [[WEIGHTS.assets, assets[i]], [WEIGHTS.frequency, frequency[i]], [WEIGHTS.needs, needs[i]], [WEIGHTS.risk, risk[i]], [WEIGHTS.loyalty, loyalty[i]]];
    const isMissing = parts.some(([, s]) => s === null);
    const score = missing === 'exclude' && isMissing ? null : parts.reduce((a, [w, s]) => a + w * (s ?? 0), 0) / total;
    const tier = score === null ? null : TIERS.find((t) => t.min <= score)?.name ?? null;
    return { row: c.row, id: c.id, score, tier, missing: isMissing };
  });
}

const expected = messyExportExpected;
const clientRows = expected.rows.filter((r): r is ClientRow => r.kind === 'client');
const headerOf = (role: keyof typeof expected.columns): string => MESSY_EXPORT_HEADERS[expected.columns[role] - 1];

describe('tierbook --json on the messy export', () => {
  let dir: string;
  let input: string;
  let zh: CliJson;
  let en: CliJson;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-cli-messy-');
    input = await writeMessyExportXlsx(dir);
    const zhRun = await runCli([input, '--json', '-o', path.join(dir, 'zh.xlsx')]);
    expect(zhRun).toMatchObject({ code: 0, stderr: '' });
    zh = parseJsonOutput(zhRun.stdout);
    const enRun = await runCli([input, '--json', '--lang', 'en-US', '-o', path.join(dir, 'en.xlsx')]);
    expect(enRun).toMatchObject({ code: 0, stderr: '' });
    en = parseJsonOutput(enRun.stdout);
  });
  afterAll(() => removeTempDir(dir));

  it('prints exactly the documented keys (compliance: the sheet has a risk-level column)', () => {
    expect(Object.keys(zh).sort()).toEqual(['checks', 'checksConfirmed', 'clients', 'columns', 'compliance', 'excluded', 'issues', 'rows', 'runDate', 'sheet', 'tiers']);
  });

  it('reports the assets column\'s unreadable cells above 5% as a confirmed error (runCli confirms by default)', () => {
    const checks = (zh as unknown as { checks: { kind: string; severity: string; count: number; of: number }[]; checksConfirmed: boolean });
    expect(checks.checks.map((c) => [c.kind, c.severity, c.count, c.of])).toEqual([['unreadable_numbers', 'error', 2, 30]]);
    expect(checks.checksConfirmed).toBe(true);
  });

  it('counts every non-blank row below the header as read', () => {
    const nonBlank = expected.clientRows.length + expected.excludedRows.filter((e) => e.reason !== 'blank row').length;
    expect(zh.rows).toBe(nonBlank);
  });

  it('lists every client row in sheet order, with the score and tier the rules give (to 1e-6)', () => {
    const reference = referenceScores(clientRows, 'zero');
    expect(zh.clients.map((c) => c.row)).toEqual([...expected.clientRows]);
    expect(zh.clients.map((c) => c.id)).toEqual(clientRows.map((c) => c.id));
    zh.clients.forEach((c, i) => {
      expect(c.score).not.toBeNull();
      expect(Math.abs((c.score as number) - (reference[i].score as number))).toBeLessThan(1e-6);
      expect({ row: c.row, tier: c.tier }).toEqual({ row: reference[i].row, tier: reference[i].tier });
    });
    const counts = TIERS.map((t) => ({ name: t.name, count: reference.filter((r) => r.tier === t.name).length }));
    expect(zh.tiers).toEqual(counts);
    expect(counts.filter((t) => t.count > 0).length).toBeGreaterThan(1); // the comparison must tell tiers apart
  });

  it('excludes the empty-id row and the totals row with localized reasons, and skips the blank row', () => {
    expect(zh.excluded.map((e) => [e.row, e.code])).toEqual([[28, 'empty_id'], [37, 'total_row']]);
    expect(expected.excludedRows.filter((e) => e.reason !== 'blank row').map((e) => e.row)).toEqual([28, 37]);
    expect(zh.excluded[1].reason).toMatch(/合计/);
    expect(en.excluded[1].reason).toMatch(/totals/i);
    expect(zh.excluded[0].reason).toMatch(/客户号/);
    expect(en.excluded[0].reason).toMatch(/client id/i);
    const blank = expected.excludedRows.find((e) => e.reason === 'blank row')?.row;
    expect(zh.clients.some((c) => c.row === blank) || zh.excluded.some((e) => e.row === blank)).toBe(false);
  });

  it('reports each duplicated id once per duplicate row', () => {
    const duplicates = zh.issues.filter((i) => i.code === 'duplicate_id');
    const wanted = Object.entries(expected.duplicateIds).flatMap(([id, rows]) => rows.map((row) => ({ row, value: id, column: headerOf('id') })));
    expect(duplicates.map(({ row, value, column }) => ({ row, value, column }))).toEqual(wanted);
    expect(duplicates[0].problem).toMatch(/重复/);
    expect(en.issues.find((i) => i.code === 'duplicate_id')?.problem).toMatch(/duplicated/);
  });

  it('reports every unreadable number with its raw text, and nothing else as unreadable', () => {
    const invalid = zh.issues.filter((i) => i.code === 'invalid_number');
    expect(invalid.map(({ row, column, value }) => ({ row, column, value }))).toEqual(
      expected.invalidCells.map((c) => ({ row: c.row, column: headerOf(c.column), value: c.text })));
    for (const issue of invalid) expect(issue.problem).toContain(issue.value);
  });

  it('reports the unknown risk label', () => {
    const unknown = zh.issues.filter((i) => i.code === 'unknown_category');
    expect(unknown.map(({ row, column, value }) => ({ row, column, value }))).toEqual(
      expected.unknownRiskLabels.map((u) => ({ row: u.row, column: headerOf('risk'), value: u.text })));
  });

  it('gives every issue a worksheet row inside the table and a localized problem', () => {
    for (const issue of zh.issues) {
      expect(issue.row).toBeGreaterThan(expected.headerRow);
      expect(issue.row).toBeLessThanOrEqual(expected.lastRow);
      expect(issue.problem.length).toBeGreaterThan(0);
    }
    expect(en.issues.map((i) => [i.row, i.code])).toEqual(zh.issues.map((i) => [i.row, i.code]));
  });

  it('under missing: exclude, leaves clients with a missing factor unscored and lists them as excluded', async () => {
    const modelPath = path.join(dir, 'exclude.json');
    const { createDefaultModel } = await import('../../src/engine');
    fs.writeFileSync(modelPath, JSON.stringify({ ...createDefaultModel(), missing: 'exclude' }));
    const run = await runCli([input, '--json', '--model', modelPath, '-o', path.join(dir, 'exclude.xlsx')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    const reference = referenceScores(clientRows, 'exclude');
    expect(reference.some((r) => r.score === null)).toBe(true);
    json.clients.forEach((c, i) => {
      if (reference[i].score === null) {
        expect(c).toEqual({ row: reference[i].row, id: reference[i].id, score: null, tier: null });
      } else {
        expect(Math.abs((c.score as number) - (reference[i].score as number))).toBeLessThan(1e-6);
        expect(c.tier).toBe(reference[i].tier);
      }
    });
    const unscored = reference.filter((r) => r.missing).map((r) => r.row);
    expect(json.excluded.filter((e) => e.code === 'unscored').map((e) => e.row)).toEqual(unscored);
    expect(json.excluded.map((e) => e.row)).toEqual([...unscored, 28, 37].sort((a, b) => a - b));
    expect(json.tiers.reduce((a, t) => a + t.count, 0)).toBe(clientRows.length - unscored.length);
  });
});
