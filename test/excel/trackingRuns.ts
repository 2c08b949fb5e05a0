/**
 * A run of the task pane with the tracking loop, on the fake: what paneActions.run does (the previous tiers, the
 * templates, the tracking sheets read before anything is written), composed by the pane's own composeRunPlan, then
 * written by the gateway.
 */
import { ClientTableBuilder, locateSheetLayout, serialOfIsoDate, type CellValue, type OutputPlan, type TierModel } from '../../src/engine';
import type { AddinOutputChoices } from '../../src/engine/plan/composeOutputPlan';
import type { OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import type { LongOperationOptions, WriteReport } from '../../src/excel/workbookGateway';
import { composeRunPlan } from '../../src/taskpane/pipeline/runPlan';
import { findAndRead } from './pipeline';

/** The runner's choices (src/cli/runPlan.ts runnerChoices, without a risk column), values mode. */
export const RUNNER_LIKE_CHOICES: AddinOutputChoices = {
  mode: 'values', pivots: false, chart: false, strategySheets: true, runLog: true, segments: true, suitabilityColumns: false,
};

/** The timestamp the runner tests' clock gives (test/cli/runCli.ts), so the service log's "logged at" cells agree. */
export const RUN_TIMESTAMP = '2026-06-30T09:30:00.000Z';

export async function trackingPlan(gateway: OfficeWorkbookGateway, model: TierModel, runDate: string, choices: AddinOutputChoices = RUNNER_LIKE_CHOICES): Promise<OutputPlan> {
  const { source, chunks } = await findAndRead(gateway);
  const found = locateSheetLayout(source.topRows, model, source.sheetName);
  const layout = { ...found, headerRow: found.headerRow + source.firstRow };
  const builder = new ClientTableBuilder(layout, model, source.sheetName, { totalsRows: source.totalsRows });
  for (const chunk of chunks) {
    const skip = Math.max(0, layout.headerRow + 1 - chunk.firstRowNumber);
    if (skip < chunk.rows.length) builder.appendRows(skip === 0 ? chunk.rows : chunk.rows.slice(skip), chunk.firstRowNumber + skip);
  }
  return composeRunPlan({
    source, chunks, layout, table: builder.finish(), model, choices, locale: 'zh-CN',
    previousTiers: await gateway.readPreviousTiers(source), templates: await gateway.readStoredTemplates(),
    tracking: await gateway.readTrackingSheets(), runDate: serialOfIsoDate(runDate),
    confirmedChecks: true, timestamp: RUN_TIMESTAMP,
  });
}

export async function trackingRun(gateway: OfficeWorkbookGateway, model: TierModel, runDate: string, options?: LongOperationOptions): Promise<WriteReport> {
  return gateway.writePlan(await trackingPlan(gateway, model, runDate), options);
}

/** A sheet's cells as compared across hosts: empty is null, trailing empty cells and rows dropped. */
export function trimmedGrid(rows: readonly (readonly unknown[])[]): CellValue[][] {
  const out = rows.map((row) => {
    const cells = row.map((v) => (v === '' || v === undefined ? null : v as CellValue));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}
