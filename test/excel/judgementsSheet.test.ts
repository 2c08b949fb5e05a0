import { ahpWeights, createDefaultModel } from '../../src/engine';
import { composeOutputPlan, DEFAULT_ADDIN_CHOICES } from '../../src/engine/plan/composeOutputPlan';
import type { OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { readStoredJudgements } from '../../src/excel/readStoredJudgements';
import type { FakeExcel } from '../fake-excel';
import { findAndRead, RUN_CONTEXT, tierTable } from './pipeline';
import { smallWorkbook } from './smallWorkbook';
import { tierBookMarkers } from './workbookChecks';

const SHEET = '权重判断矩阵';

/** The pane's run, asking for the judgements sheet when `wanted` (as the runner's --judgements-sheet does). */
async function run(fake: FakeExcel, gateway: OfficeWorkbookGateway, wanted: boolean): Promise<readonly string[]> {
  const read = await findAndRead(gateway);
  const stored = await readStoredJudgements(fake.host);
  const { result, extras } = tierTable(read);
  const plan = composeOutputPlan({
    result, locale: 'zh-CN', extras, run: RUN_CONTEXT, choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values' },
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
    judgementsSheet: wanted ? (stored ? 'found' : 'missing') : undefined,
  });
  return (await gateway.writePlan(plan)).sheets;
}

describe('the AHP judgements sheet in the add-in (fake Excel)', () => {
  it('is written once on request, with =1/mirror formulas below the diagonal; the user\'s judgements survive re-runs and cleanup', async () => {
    const { fake, gateway } = smallWorkbook(30);
    expect(await run(fake, gateway, false)).not.toContain(SHEET);
    expect(fake.sheetNames()).not.toContain(SHEET);
    expect(await readStoredJudgements(fake.host)).toBeUndefined();

    expect(await run(fake, gateway, true)).toContain(SHEET);
    expect(fake.sheet(SHEET).cell('A2')).toBe('TIERBOOK-JUDGEMENTS');
    expect(tierBookMarkers(fake).get('_TierBook_sheet_weightJudgements')).toBe(`=${SHEET}!$A$1`);
    const keys = createDefaultModel().factors.map((f) => f.key);
    expect(fake.sheet(SHEET).grid()[4].slice(1, 1 + keys.length)).toEqual(keys);

    // The user types the upper triangle (row factor over column factor); a consistent 5 × 5 from weights 5:3:2:1:1.
    const w = [5, 3, 2, 1, 1];
    const cols = 'BCDEF';
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) fake.sheet(SHEET).set(`${cols[j]}${6 + i}`, [[w[i] / w[j]]]);
    fake.sheet(SHEET).set('C6', [['5/3']]);
    fake.sheet(SHEET).set('B10', [['stale value, read as the reciprocal']]);
    const typed = fake.sheet(SHEET).grid();

    const stored = await readStoredJudgements(fake.host);
    expect(stored?.sheetName).toBe(SHEET);
    const ahp = ahpWeights(stored!.judgements.keys, stored!.judgements.matrix, stored!.judgements.where);
    expect(ahp.weights.map((x) => Math.round(x * 1e6) / 1e6)).toEqual(w.map((x) => Math.round((100 * x / 12) * 1e6) / 1e6));
    expect(ahp.cr).toBeCloseTo(0, 9);
    expect(ahp.consistent).toBe(true);

    // Asked for again, found: not rewritten. Not asked for: kept (KEPT_SHEET_KEYS), as is a cleanup.
    expect(await run(fake, gateway, true)).not.toContain(SHEET);
    expect(fake.sheet(SHEET).grid()).toEqual(typed);
    await run(fake, gateway, false);
    expect(fake.sheet(SHEET).grid()).toEqual(typed);
    await gateway.removeTierBookOutput();
    expect(fake.sheetNames()).toContain(SHEET);
    expect(fake.sheet(SHEET).grid()).toEqual(typed);
  });

  it('finds the sheet by its marker after a rename, and names the cell of a judgement that is not a number', async () => {
    const { fake, gateway } = smallWorkbook(20);
    await run(fake, gateway, true);
    await fake.host.run(async (context) => { context.workbook.worksheets.getItem(SHEET).name = 'AHP 判断'; await context.sync(); });
    fake.sheet('AHP 判断').set('D6', [['很重要']]);
    const stored = await readStoredJudgements(fake.host);
    expect(stored?.sheetName).toBe('AHP 判断');
    expect(() => ahpWeights(stored!.judgements.keys, stored!.judgements.matrix, stored!.judgements.where)).toThrow(/D6/u);
  });
});
