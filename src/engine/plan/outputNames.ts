import { absoluteRangeReference, type SheetCell } from '../cell/a1';
import type { ColumnMarker, SheetMarker } from './markerIndex';
import { columnMarkerName } from './markerNames';
import type { OutputPlan } from './outputPlan';
import type { OutputLayout } from './sheetActions';

/** A workbook name a plan defines over a range of one of its sheets (e.g. TierBook_Model → the model block). */
export interface RangeName {
  readonly name: string;
  readonly sheet: string;
  /** Sheet-local A1 address, e.g. "A1:H80". */
  readonly address: string;
  /** "'分级模型'!$A$1:$H$80", as a defined name holds it (without "="). */
  readonly reference: string;
}

/** Every name a run's output carries once written: what both renderers define. */
export interface OutputNames {
  /** One per plan column, on its header cell. */
  readonly columns: readonly ColumnMarker[];
  /** One per plan sheet (on A1 of the sheet the layout gives it), and the kept sheets' own. */
  readonly sheets: readonly SheetMarker[];
  readonly ranges: readonly RangeName[];
}

/** The header cell of the plan's `i`-th column on the client sheet. */
export function planColumnCell(plan: OutputPlan, i: number): SheetCell {
  return { sheet: plan.sourceSheet, row: plan.headerRow - 1, column: plan.firstOutputColumn + i };
}

export function outputNames(plan: OutputPlan, layout: OutputLayout): OutputNames {
  const sheetOf = new Map(layout.sheets.map((a) => [a.plan.key, a.sheetName]));
  const ranges: RangeName[] = [];
  for (const n of plan.names) {
    const sheet = sheetOf.get(n.sheetKey);
    if (sheet !== undefined) ranges.push({ name: n.name, sheet, address: n.address, reference: absoluteRangeReference(sheet, n.address) });
  }
  return {
    columns: plan.columns.map((c, i) => ({ name: columnMarkerName(c.key), cell: planColumnCell(plan, i) })),
    sheets: [...layout.sheets.map((a) => ({ name: a.marker, sheet: a.sheetName })), ...layout.keptSheets],
    ranges,
  };
}
