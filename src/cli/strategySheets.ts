import { buildStrategyOverviewSheet, createDefaultPlaybooks, type Locale, type PlanSheet, type TieringResult } from '../engine';

/** The one strategy sheet the runner adds: each tier's service playbook, from the engine's default playbooks. */
export function strategySheets(result: TieringResult, locale: Locale): PlanSheet[] {
  return [buildStrategyOverviewSheet(result, createDefaultPlaybooks(), locale)];
}
