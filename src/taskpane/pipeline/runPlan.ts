/*
 * What a run writes, composed from the pane's table: the output plan of src/engine/plan/addinPlan. Its own module so
 * that the plan's code (strategies, suitability, segments, formulas) is a chunk loaded at the first run or save, not
 * part of the pane's first screen.
 */
import { tierClientTable, type ClientTable, type Locale, type OutputPlan, type SheetLayout, type TierModel } from '../../engine';
import { ADDIN_EXTRA_ROLES, composeAddinPlan, type AddinOutputChoices, type AddinPlanInput } from '../../engine/plan/addinPlan';
import type { StoredTemplates } from '../../excel/workbookGateway';
import { extraColumnsFromChunks, type RowChunk } from './rowChunks';

export { buildModelSavePlan } from '../../engine/plan/addinPlan';

export interface RunPlanInput {
  readonly table: ClientTable;
  readonly model: TierModel;
  readonly chunks: readonly RowChunk[];
  readonly layout: SheetLayout;
  readonly locale: Locale;
  readonly choices: AddinOutputChoices;
  readonly source: AddinPlanInput['source'];
  readonly run: AddinPlanInput['run'];
  readonly previousTiers?: ReadonlyMap<string, string>;
  /** The templates sheet's playbooks, when strategy sheets are chosen and the sheet exists. */
  readonly templates?: StoredTemplates;
}

export function composeRunPlan(input: RunPlanInput): OutputPlan {
  const { table, model, chunks, layout, choices, templates } = input;
  const result = tierClientTable(table, model);
  const extras = extraColumnsFromChunks(chunks, layout, ADDIN_EXTRA_ROLES, model, table.rowNumbers);
  return composeAddinPlan({
    result, locale: input.locale, choices, extras, source: input.source, run: input.run,
    previousTiers: input.previousTiers,
    // A workbook without a templates sheet gets the defaults written to one, for the user to edit.
    playbooks: templates?.playbooks, templatesSheet: templates ? 'found' : 'missing',
  });
}
