/*
 * A case through the engine alone: the model (JSON or model sheet) read and validated, then tierGrid; with the case's
 * hidden rows noted on the builder (noteHiddenRows) when it has some, as a host that reads row visibility does.
 */
import {
  ClientTableBuilder, createDefaultModel, locateSheetLayout, readModelSheet, tierClientTable, tierGrid, validateModel,
  type TierModel, type TieringResult,
} from '../../../src/engine';
import { DEFAULT_MODEL_SHEET, sheetNameOf, type CorpusCase } from '../corpusCase';
import { errorOutcome, resultOutcome, type Outcome } from '../outcome';

/** The model the case asks for, as the engine reads it; throws what the engine throws. */
export function engineModel(c: CorpusCase): TierModel {
  if (c.modelSheet) return readModelSheet(c.modelSheet, c.modelSheetName ?? DEFAULT_MODEL_SHEET);
  if (c.modelText !== undefined) return validateModel(JSON.parse(c.modelText), 'model.json');
  if (c.model !== undefined) return validateModel(JSON.parse(JSON.stringify(c.model)), 'model.json');
  return createDefaultModel();
}

/** tierGrid's steps, with the hidden rows noted between reading the rows and finishing the table. */
function tierWithHiddenRows(c: CorpusCase, model: TierModel, hiddenRows: readonly number[]): TieringResult {
  const sheet = sheetNameOf(c);
  const layout = locateSheetLayout(c.grid, model, sheet);
  const builder = new ClientTableBuilder(layout, model, sheet);
  builder.appendRows(c.grid.slice(layout.headerRow), layout.headerRow + 1);
  builder.noteHiddenRows(hiddenRows);
  return tierClientTable(builder.finish(), model);
}

export function engineOutcome(c: CorpusCase): Outcome {
  try {
    const model = engineModel(c);
    return resultOutcome(c.hiddenRows ? tierWithHiddenRows(c, model, c.hiddenRows) : tierGrid(c.grid, model, sheetNameOf(c)));
  } catch (error) {
    return errorOutcome(error);
  }
}
