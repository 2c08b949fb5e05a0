import type { RangeName } from '../engine';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

/**
 * Defines the plan's workbook names (e.g. TierBook_Model → the model block), resolved by the engine (outputNames).
 * An existing name gets a new reference rather than being deleted and re-added, so formulas using it (TIER.* in live
 * mode) never lose it for a moment.
 */
export async function defineNames(
  packer: RequestPacker, context: Excel.RequestContext, ranges: readonly RangeName[], existing: ReadonlySet<string>,
): Promise<string[]> {
  const defined: string[] = [];
  for (const name of ranges) {
    await packer.ensureRoom(COMMAND_OVERHEAD_BYTES * 2);
    packer.begin();
    const reference = `=${name.reference}`;
    if (existing.has(name.name.toUpperCase())) context.workbook.names.getItem(name.name).formula = reference;
    else context.workbook.names.add(name.name, reference);
    packer.add(COMMAND_OVERHEAD_BYTES * 2, 0);
    defined.push(name.name);
  }
  return defined;
}
