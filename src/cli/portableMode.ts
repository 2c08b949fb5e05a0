import type { PlanColumn, PlanOptions, TieringResult } from '../engine';

/** What buildOutputPlan takes to write portable (native-formula) columns instead of values. */
export type PortableColumns = (headerRow: number, length: number) => PlanColumn[];

/**
 * ─── PLUG-IN POINT for `--formulas portable` ───────────────────────────────────────────────────────────────────
 * src/engine/portable (portableColumns) is not in this build yet. When it lands, return its columns here, e.g.
 *   return (headerRow, length) => portableColumns(result, options, headerRow, length);
 * and portableModeAvailable() becomes true; nothing else in the runner needs to change.
 */
export function portableColumnsFor(_result: TieringResult, _options: PlanOptions): PortableColumns | undefined {
  return undefined;
}

export function portableModeAvailable(): boolean {
  return false;
}
