import type { TieringResult } from '../run/tierClients';
import { migrateClients, migrateTiers, tiersById, type MigrationCounts, type MigrationMatrix } from './tierMigration';

/** What a what-if change does to the tiers: counts and the from × to matrix, nothing written. */
export interface ScenarioComparison {
  /** Clients whose tier went up or down. */
  readonly moved: number;
  readonly counts: MigrationCounts;
  readonly matrix: MigrationMatrix;
}

/**
 * Compares scenario A (before) with B (after), matching clients by id, with B's tier order. Why a fast path: the task
 * pane re-tiers the same table under edited weights, and then client i is the same client in both runs.
 */
export function compareScenarios(resultA: TieringResult, resultB: TieringResult): ScenarioComparison {
  const names = resultA.model.tiers.map((t) => t.name);
  const migration = resultA.table === resultB.table
    ? migrateClients(resultB, (c) => (resultA.tierIndex[c] >= 0 ? names[resultA.tierIndex[c]] : ''), [])
    : migrateTiers(tiersById(resultA), resultB);
  return { moved: migration.counts.up + migration.counts.down, counts: migration.counts, matrix: migration.matrix };
}
