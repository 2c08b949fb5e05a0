/*
 * Proof of portable mode in a second real spreadsheet engine: tierbook --formulas portable writes native formulas,
 * LibreOffice recalculates them (cached values distrusted, see test/support/libreoffice.ts), and every row's tier
 * must equal the engine's and every score must be within 1e-9. Then a manager's edits (two weights, one cutoff)
 * are recalculated and compared with the engine run on the edited model.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createDefaultModel, writeModelSheet, type TierModel } from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { writeMessyExportXlsx, MESSY_EXPORT_SHEET } from '../fixtures/messyExport';
import { recalculateXlsx, type RecalculatedValue } from '../support/libreoffice';
import { parseJsonOutput, runCli, type CliJson } from '../cli/runCli';

const SAMPLE = path.resolve(__dirname, '../../samples/clients.xlsx');
const MODEL_SHEET = '分级模型';

const thresholdModel = createDefaultModel();
const quotaModel: TierModel = { ...createDefaultModel(), tiers: [{ name: '钻石', topShare: 0.05 }, { name: '黄金', topShare: 0.2 }, { name: '白银', topShare: 0.5 }, { name: '普通' }] };
const excludeLogModel: TierModel = {
  ...createDefaultModel(), missing: 'exclude',
  factors: createDefaultModel().factors.map((f) => (f.key === 'assets' ? { ...f, scale: 'log' as const } : f.key === 'loyalty' ? { ...f, direction: 'lower' as const } : f)),
};

/** A clip on each numeric scale: log (assets), percentile (frequency), minmax (loyalty); the bounds are frozen in the snapshot. */
const clipModel: TierModel = {
  ...createDefaultModel(),
  factors: createDefaultModel().factors.map((f) => (f.key === 'assets' ? { ...f, scale: 'log' as const, clip: [10, 90] as [number, number] }
    : f.key === 'frequency' ? { ...f, clip: [5, 95] as [number, number] } : f.key === 'loyalty' ? { ...f, clip: [10, 90] as [number, number] } : f)),
};

let dir: string;
/** The engine's own run of the sample with the threshold model, kept for the edit test. */
let sampleThreshold: CliJson | undefined;
beforeAll(() => { dir = makeTempDir('tierbook-portable-'); });
afterAll(() => removeTempDir(dir));

async function tierPortable(input: string, model: TierModel, name: string): Promise<{ out: string; json: CliJson }> {
  const modelPath = path.join(dir, `${name}.model.json`);
  fs.writeFileSync(modelPath, JSON.stringify(model));
  const out = path.join(dir, `${name}.xlsx`);
  const run = await runCli([input, '-o', out, '--model', modelPath, '--formulas', 'portable', '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { out, json: parseJsonOutput(run.stdout) };
}

async function engineJson(input: string, model: TierModel, name: string): Promise<CliJson> {
  const modelPath = path.join(dir, `${name}.model.json`);
  fs.writeFileSync(modelPath, JSON.stringify(model));
  const run = await runCli([input, '-o', path.join(dir, `${name}.values.xlsx`), '--model', modelPath, '--json']);
  expect(run.code).toBe(0);
  return parseJsonOutput(run.stdout);
}

/** Score and tier per worksheet row, as LibreOffice computed them. */
async function recalculatedTiers(file: string, sheetName: string, headerRow: number): Promise<Map<number, { score: RecalculatedValue; tier: RecalculatedValue }>> {
  const book = await recalculateXlsx(file, { timeoutMs: 240_000 });
  const sheet = book.sheet(sheetName);
  const header = sheet.values[headerRow - 1];
  const scoreCol = header.indexOf('综合得分');
  const tierCol = header.indexOf('客户等级');
  expect(scoreCol).toBeGreaterThan(0);
  expect(sheet.formulas[headerRow][scoreCol]).toMatch(/ROUND\(/u); // formulas really were recalculated, not values copied
  const byRow = new Map<number, { score: RecalculatedValue; tier: RecalculatedValue }>();
  for (let r = headerRow; r < sheet.values.length; r++) byRow.set(r + 1, { score: sheet.values[r][scoreCol], tier: sheet.values[r][tierCol] });
  return byRow;
}

function expectSameAsEngine(json: CliJson, recalculated: Map<number, { score: RecalculatedValue; tier: RecalculatedValue }>): void {
  let compared = 0;
  const mismatches: string[] = [];
  for (const client of json.clients) {
    const got = recalculated.get(client.row);
    const tier = got?.tier === '' || got?.tier === null || got?.tier === undefined ? null : got.tier;
    if (tier !== client.tier) mismatches.push(`row ${client.row}: tier ${String(tier)} ≠ engine ${String(client.tier)}`);
    if (client.score === null) {
      if (!(got?.score === '' || got?.score === null)) mismatches.push(`row ${client.row}: score ${String(got?.score)} ≠ engine none`);
    } else if (typeof got?.score !== 'number' || Math.abs(got.score - client.score) > 1e-9) {
      mismatches.push(`row ${client.row}: score ${String(got?.score)} ≠ engine ${client.score}`);
    }
    compared++;
  }
  expect(mismatches.slice(0, 10)).toEqual([]);
  expect(compared).toBe(json.clients.length);
}

describe('portable formulas recalculated by LibreOffice match the engine', () => {
  it.each([
    ['the sample, threshold tiers', SAMPLE, thresholdModel, '客户清单', 1],
    ['the sample, quota tiers', SAMPLE, quotaModel, '客户清单', 1],
  ])('%s', async (name, input, model, sheet, headerRow) => {
    const { out, json } = await tierPortable(input, model, name.replace(/\W+/gu, '-'));
    expect(json.clients.length).toBe(5000);
    if (model === thresholdModel) sampleThreshold = json;
    expectSameAsEngine(json, await recalculatedTiers(out, sheet, headerRow));
  });

  it.each([
    ['the messy export, threshold tiers', thresholdModel],
    ['the messy export, quota tiers', quotaModel],
    ['the messy export, log scale, direction lower, missing: exclude', excludeLogModel],
    ['the messy export, clipped log, percentile and minmax factors', clipModel],
  ])('%s', async (name, model) => {
    const input = await writeMessyExportXlsx(dir);
    const { out, json } = await tierPortable(input, model, name.replace(/\W+/gu, '-'));
    // Text numbers ("1.2万"), full-width labels ("Ｃ３") and unknown labels are all in this file.
    expect(json.issues.some((i) => i.code === 'unknown_category')).toBe(true);
    expectSameAsEngine(json, await recalculatedTiers(out, MESSY_EXPORT_SHEET, 4));
  });
});

describe('edited model cells re-tier every client on recalculation', () => {
  it('two weights and one cutoff edited in the output file give the engine tiers of the edited model', async () => {
    const model = thresholdModel;
    const { out } = await tierPortable(SAMPLE, model, 'edit');
    const anchors = writeModelSheet(model, 'zh-CN').anchors;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(MODEL_SHEET);
    if (!sheet) throw new Error('no model sheet');
    sheet.getCell(anchors.factorRows[0] + 1, 5).value = 10; // assets weight 35 → 10
    sheet.getCell(anchors.factorRows[1] + 1, 5).value = 45; // frequency weight 20 → 45
    sheet.getCell(anchors.tierRows[1] + 1, 4).value = 55; // 黄金 min score 60 → 55
    const edited = path.join(dir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);

    const editedModel: TierModel = {
      ...model,
      factors: model.factors.map((f, i) => (i === 0 ? { ...f, weight: 10 } : i === 1 ? { ...f, weight: 45 } : f)),
      tiers: model.tiers.map((t, k) => (k === 1 ? { ...t, minScore: 55 } : t)),
    };
    const expected = await engineJson(SAMPLE, editedModel, 'edited-engine');
    const recalculated = await recalculatedTiers(edited, '客户清单', 1);
    expect(expected.clients.filter((c) => recalculated.get(c.row)?.tier !== c.tier).map((c) => c.row)).toEqual([]);
    // The edit must matter: many clients change tier against the unedited run.
    const original = sampleThreshold ?? await engineJson(SAMPLE, model, 'original-engine');
    expect(original.clients.filter((c, i) => c.tier !== expected.clients[i].tier).length).toBeGreaterThan(100);
  });
});
