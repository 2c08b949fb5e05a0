import { MODEL_SHEET_MARKER } from '../engine';
import { findMarkedSheet } from './findMarkedSheet';

/** The model sheet: the one TIERBOOK-MODEL marks in A1:A10, TierBook's own first (see findMarkedSheet). */
export async function findModelSheet(context: Excel.RequestContext): Promise<string | undefined> {
  return (await findMarkedSheet(context, 'model', (cell) => cell === MODEL_SHEET_MARKER)).marked;
}
