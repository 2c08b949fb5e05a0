import type { Locale } from '../i18n/locale';
import { clientIndexByOffset } from '../plan/buildOutputPlan';
import type { PlanColumn } from '../plan/outputPlan';
import type { TieringResult } from '../run/tierClients';
import { CHANGE_MARK_TEXT, MIGRATION_LABELS } from './migrationLabels';
import { CHANGE_MARKS, type TierMigration } from './tierMigration';

/** 上次等级 and 等级变动 (↑ ↓ = 新增 ?) for each client row; blank on other rows. */
export function buildMigrationColumns(result: TieringResult, migration: TierMigration, headerRow: number, length: number, locale: Locale): PlanColumn[] {
  const byOffset = clientIndexByOffset(result, headerRow, length);
  const marks = CHANGE_MARKS.map((m) => CHANGE_MARK_TEXT[m][locale]);
  return [
    { key: 'previousTier', header: MIGRATION_LABELS.previousTierColumn[locale], length, width: 10,
      cellAt: (o) => { const c = byOffset[o]; return c < 0 ? null : migration.previousTiers[c] || null; } },
    { key: 'tierChange', header: MIGRATION_LABELS.changeColumn[locale], length, width: 8,
      cellAt: (o) => { const c = byOffset[o]; return c < 0 ? null : marks[migration.marks[c]]; } },
  ];
}
