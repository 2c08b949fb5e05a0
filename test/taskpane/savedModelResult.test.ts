import { createDefaultModel, locateSheetLayout, tierClientTable } from '../../src/engine';
import { DEFAULT_ADDIN_CHOICES } from '../../src/engine/plan/composeOutputPlan';
import { buildTableFromChunks } from '../../src/taskpane/pipeline/rowChunks';
import { composeRunPlan } from '../../src/taskpane/pipeline/runPlan';
import { savedModelResult } from '../../src/taskpane/pipeline/savedModelResult';
import { recalledResult } from '../../src/taskpane/pipeline/tableCache';
import { findAndRead } from '../excel/pipeline';
import { smallWorkbook } from '../excel/smallWorkbook';

// After a run the saved model is the model just run: the what-if baseline takes the run's tiering instead of tiering
// every client again in one render (issue 10).
describe('the saved model\'s tiering after a run', () => {
  it('is the run\'s own result for the model run, and computed afresh for any other model', async () => {
    const { gateway } = smallWorkbook(40);
    const read = await findAndRead(gateway);
    const model = createDefaultModel();
    const found = locateSheetLayout(read.source.topRows, model, read.source.sheetName);
    const layout = { ...found, headerRow: found.headerRow + read.source.firstRow };
    const table = buildTableFromChunks(read.chunks, layout, model, read.source.sheetName);
    expect(recalledResult(table, model)).toBeUndefined();
    composeRunPlan({ source: read.source, chunks: read.chunks, layout, table, model, choices: DEFAULT_ADDIN_CHOICES, locale: 'zh-CN', confirmedChecks: true, timestamp: '2026-06-30T09:00:00Z' });
    const remembered = recalledResult(table, model);
    expect(remembered).toBeDefined();
    // The same model read back from its sheet (a copy, defaults spelled out) finds it too.
    const readBack = JSON.parse(JSON.stringify({ ...model, missing: model.missing ?? 'zero' })) as typeof model;
    const saved = savedModelResult(readBack, { model, table }, read.chunks, read.source, {});
    expect(saved).toBe(remembered);
    expect(Array.from(saved.tierIndex)).toEqual(Array.from(tierClientTable(table, model).tierIndex));
    const other = { ...model, factors: model.factors.map((f, i) => ({ ...f, weight: i === 0 ? f.weight + 10 : f.weight })) };
    const fresh = savedModelResult(other, { model, table }, read.chunks, read.source, {});
    expect(fresh).not.toBe(remembered);
    expect(Array.from(fresh.scores)).toEqual(Array.from(tierClientTable(table, other).scores));
  });
});
