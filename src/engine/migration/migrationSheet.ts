import type { Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanBlock, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { CHANGE_MARK_TEXT, MIGRATION_LABELS, migrationCountsText } from './migrationLabels';
import type { MatrixColumnKey, MatrixRowKey, TierMigration } from './tierMigration';

/** The plan key of the migration sheet. */
export const MIGRATION_SHEET_KEY = 'migration';


/** A PlanSheet with the block a renderer should colour as a heat map (lowest count lightest, highest darkest). */
export interface MigrationPlanSheet extends PlanSheet {
  readonly heatMap: PlanBlock;
}

/** 0-based row of the matrix header in the sheet. */
export const MIGRATION_MATRIX_HEADER_ROW = 3;

function tierLabel(model: Pick<TierModel, 'tiers'>, tier: number, locale: Locale): string {
  const t = model.tiers[tier];
  return t.label?.[locale] ?? t.name;
}

function rowLabel(key: MatrixRowKey, model: Pick<TierModel, 'tiers'>, locale: Locale): string {
  switch (key.kind) {
    case 'tier': return tierLabel(model, key.tier, locale);
    case 'other': return key.name;
    case 'untiered': return MIGRATION_LABELS.untiered[locale];
    case 'new': return MIGRATION_LABELS.newRow[locale];
  }
}

function columnLabel(key: MatrixColumnKey, model: Pick<TierModel, 'tiers'>, locale: Locale): string {
  switch (key.kind) {
    case 'tier': return tierLabel(model, key.tier, locale);
    case 'untiered': return MIGRATION_LABELS.untiered[locale];
    case 'gone': return MIGRATION_LABELS.goneColumn[locale];
  }
}

/**
 * The migration sheet: title, the counts line, then the from × to matrix with row and column totals, and a legend.
 * `heatMap` is the matrix body (no labels, no totals), for the renderer's colour scale.
 */
export function buildMigrationSheet(migration: TierMigration, model: Pick<TierModel, 'tiers'>, locale: Locale): MigrationPlanSheet {
  const { matrix } = migration;
  const L = MIGRATION_LABELS;
  const rows: PlanCell[][] = [
    [L.title[locale]],
    [migrationCountsText(migration.counts)[locale]],
    [],
    [L.corner[locale], ...matrix.columns.map((c) => columnLabel(c, model, locale)), L.total[locale]],
  ];
  matrix.rows.forEach((key, r) => rows.push([rowLabel(key, model, locale), ...matrix.counts[r], matrix.rowTotals[r]]));
  rows.push([L.total[locale], ...matrix.columnTotals, matrix.total]);
  rows.push([], [L.legend[locale]]);
  return {
    key: MIGRATION_SHEET_KEY, role: 'migration', preferredName: L.sheet[locale], rows,
    headerRows: [0, MIGRATION_MATRIX_HEADER_ROW], freezeRows: MIGRATION_MATRIX_HEADER_ROW + 1,
    columnWidths: [16, ...matrix.columns.map(() => 10), 10],
    heatMap: { row: MIGRATION_MATRIX_HEADER_ROW + 1, column: 1, rowCount: matrix.rows.length, columnCount: matrix.columns.length },
  };
}

/** Re-exported for the column builder: what a mark shows. */
export { CHANGE_MARK_TEXT };
