import {
  JUDGEMENT_SHEET_KEY, JUDGEMENT_SHEET_MARKER, MODEL_SHEET_MARKER, createDefaultModel, STRATEGY_TEMPLATES_MARKER, STRATEGY_TEMPLATES_SHEET_KEY, readModelSheet, readStrategyTemplates,
  markedSheetOf, type CellValue, type MarkerIndex, type Playbook, type TierModel, type TrackingSheets,
} from '../engine';
import { readTrackingSheets } from './trackingSheets';

/** One worksheet as the settings search sees it: its name, column A of rows 1–10, and its whole grid on request. */
export interface SettingsSheet {
  readonly name: string;
  markerCells(): Promise<readonly CellValue[]>;
  /** Row 0 = worksheet row 1, column 0 = A; at most `maxRows` rows (default: a settings sheet's cap). */
  grid(maxRows?: number): Promise<CellValue[][]>;
}

/** The model and the strategy templates a shared workbook carries, where it carries them. */
export interface StoredSettings {
  readonly model?: { readonly model: TierModel; readonly sheetName: string };
  readonly templates?: { readonly playbooks: readonly Playbook[]; readonly sheetName: string };
  /** The tracking loop's roster, follow-up plan, service log, effect history and client snapshot, where the workbook has them (src/cli/trackingSheets.ts). */
  readonly tracking?: TrackingSheets;
  /** The AHP judgements sheet's name, when the workbook has one (a run never rewrites it; `tierbook weights` reads it). */
  readonly judgementsSheet?: string;
}

const hasMarker = (cells: readonly CellValue[], marker: string): boolean => cells.some((c) => typeof c === 'string' && c.trim() === marker);

/**
 * The sheet whose A1:A10 holds `marker`: the one TierBook's marker name points at first, so a pasted copy does not
 * take over, then the others in tab order. As the add-in finds them (src/excel/findModelSheet.ts, findTemplatesSheet.ts).
 */
async function markedSheet(sheets: readonly SettingsSheet[], marker: string, named: string | undefined): Promise<SettingsSheet | undefined> {
  const ordered = [...sheets.filter((s) => s.name === named), ...sheets.filter((s) => s.name !== named)];
  for (const sheet of ordered) if (hasMarker(await sheet.markerCells(), marker)) return sheet;
  return undefined;
}

/**
 * What the workbook itself says: the model sheet's model (unless `wantModel` is false, when --model gave one) and the
 * strategy templates. The workbook is the database, so a shared file tiers the same in the runner as in the add-in.
 * Hand-edit errors are the engine's precise ones (sheet and cell). TierBook's own templates sheet whose marker cell
 * was cleared is an error, as in the add-in, rather than a reason to write fresh defaults beside the user's edits.
 */
export async function readStoredSettings(sheets: readonly SettingsSheet[], markers: MarkerIndex, wantModel: boolean): Promise<StoredSettings> {
  const modelSheet = wantModel ? await markedSheet(sheets, MODEL_SHEET_MARKER, markedSheetOf(markers, 'model')) : undefined;
  const namedTemplates = markedSheetOf(markers, STRATEGY_TEMPLATES_SHEET_KEY);
  const templatesSheet = await markedSheet(sheets, STRATEGY_TEMPLATES_MARKER, namedTemplates) ?? sheets.find((s) => s.name === namedTemplates);
  const judgements = await markedSheet(sheets, JUDGEMENT_SHEET_MARKER, markedSheetOf(markers, JUDGEMENT_SHEET_KEY));
  return {
    ...(judgements ? { judgementsSheet: judgements.name } : {}),
    model: modelSheet ? { model: readModelSheet(await modelSheet.grid(), modelSheet.name), sheetName: modelSheet.name } : undefined,
    templates: templatesSheet ? { playbooks: readStrategyTemplates(await templatesSheet.grid(), templatesSheet.name), sheetName: templatesSheet.name } : undefined,
    tracking: await readTrackingSheets(sheets, markers),
  };
}

export type ModelSource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'sheet'; readonly sheetName: string } | { readonly kind: 'default' };

/** The --model file wins; else the workbook's own model sheet (the workbook is the database); else the default model. */
export function resolveModel(fileModel: { model: TierModel; path: string } | undefined, settings: StoredSettings): { model: TierModel; source: ModelSource } {
  if (fileModel) return { model: fileModel.model, source: { kind: 'file', path: fileModel.path } };
  if (settings.model) return { model: settings.model.model, source: { kind: 'sheet', sheetName: settings.model.sheetName } };
  return { model: createDefaultModel(), source: { kind: 'default' } };
}
