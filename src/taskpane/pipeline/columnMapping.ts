/*
 * Which header each factor (and the client id) reads, and how it was matched, for the mapping table. Computed
 * from one header row with the same rules as locateSheetLayout, so it can also show a row that lacks a column.
 */
import { matchHeader, roleOfFactorKey, text, type CellValue, type ColumnOverrides, type HeaderMatch, type LocalizedText, type TierModel } from '../../engine';

/** The id row's key in ColumnOverrides. */
export const ID_MAPPING_KEY = 'id';

export interface ColumnMappingRow {
  /** A factor key, or ID_MAPPING_KEY. */
  readonly key: string;
  readonly label: LocalizedText;
  /** The header the model (or the user's choice) asks for. */
  readonly wanted: string;
  /** Undefined when no header matches. */
  readonly match?: HeaderMatch;
  /** True when the user picked the column. */
  readonly chosen: boolean;
  /** The id column is optional unless the model names one. */
  readonly required: boolean;
}

const CLIENT_ID_LABEL = text('客户号', 'Client id');
/** The id header looked for when the model names none, as locateSheetLayout does. */
const DEFAULT_ID_HEADER = '客户号';

export function columnMappingRows(headers: readonly CellValue[], model: TierModel, overrides: ColumnOverrides): ColumnMappingRow[] {
  const idOverride = overrides[ID_MAPPING_KEY];
  const idWanted = idOverride ?? model.idColumn ?? DEFAULT_ID_HEADER;
  const idRow: ColumnMappingRow = {
    key: ID_MAPPING_KEY, label: CLIENT_ID_LABEL, wanted: idWanted, chosen: idOverride !== undefined,
    match: matchHeader(headers, idWanted, idOverride !== undefined ? undefined : 'id'),
    required: idOverride !== undefined || model.idColumn !== undefined,
  };
  const factorRows = model.factors.map((f): ColumnMappingRow => {
    const chosen = overrides[f.key];
    const wanted = chosen ?? f.column;
    return {
      key: f.key, label: f.label ?? text(f.key, f.key), wanted, chosen: chosen !== undefined, required: true,
      match: matchHeader(headers, wanted, chosen !== undefined ? undefined : roleOfFactorKey(f.key)),
    };
  });
  return [idRow, ...factorRows];
}

/** The distinct non-empty headers of a row, in sheet order, for the dropdowns. */
export function headerChoices(headers: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  for (const h of headers) {
    if (h === null) continue;
    const s = String(h).trim();
    if (s !== '') seen.add(String(h));
  }
  return [...seen];
}
