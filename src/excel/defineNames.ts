import { absoluteRangeReference, type OutputPlan } from '../engine';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

/**
 * Defines the plan's workbook names (e.g. TierBook_Model → the model block). An existing name gets a new reference
 * rather than being deleted and re-added, so formulas using it (TIER.* in live mode) never lose it for a moment.
 */
export async function defineNames(
  packer: RequestPacker, context: Excel.RequestContext, plan: OutputPlan, sheetNames: ReadonlyMap<string, string>, existing: ReadonlySet<string>,
): Promise<string[]> {
  const defined: string[] = [];
  for (const name of plan.names) {
    const sheet = sheetNames.get(name.sheetKey);
    if (sheet === undefined) continue;
    await packer.ensureRoom(COMMAND_OVERHEAD_BYTES * 2);
    packer.begin();
    const reference = `=${absoluteRangeReference(sheet, name.address)}`;
    if (existing.has(name.name.toUpperCase())) context.workbook.names.getItem(name.name).formula = reference;
    else context.workbook.names.add(name.name, reference);
    packer.add(COMMAND_OVERHEAD_BYTES * 2, 0);
    defined.push(name.name);
  }
  return defined;
}
