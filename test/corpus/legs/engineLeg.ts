/* A case through the engine alone: the model (JSON or model sheet) read and validated, then tierGrid. */
import { createDefaultModel, readModelSheet, tierGrid, validateModel, type TierModel } from '../../../src/engine';
import { DEFAULT_MODEL_SHEET, sheetNameOf, type CorpusCase } from '../corpusCase';
import { errorOutcome, resultOutcome, type Outcome } from '../outcome';

/** The model the case asks for, as the engine reads it; throws what the engine throws. */
export function engineModel(c: CorpusCase): TierModel {
  if (c.modelSheet) return readModelSheet(c.modelSheet, c.modelSheetName ?? DEFAULT_MODEL_SHEET);
  if (c.modelText !== undefined) return validateModel(JSON.parse(c.modelText), 'model.json');
  if (c.model !== undefined) return validateModel(JSON.parse(JSON.stringify(c.model)), 'model.json');
  return createDefaultModel();
}

export function engineOutcome(c: CorpusCase): Outcome {
  try {
    return resultOutcome(tierGrid(c.grid, engineModel(c), sheetNameOf(c)));
  } catch (error) {
    return errorOutcome(error);
  }
}
