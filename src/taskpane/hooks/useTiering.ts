/*
 * Everything derived from the pane state, recomputed only when what it depends on changes:
 *   layout     ← source, factor columns, id column, overrides
 *   table      ← cached rows, layout, which factors are categories
 *   base       ← table, scales, directions, category maps       (factor scores: the costly part)
 *   live       ← base, weights, tiers, missing policy            (one slider step: reweigh + summary)
 *   comparison ← baseline (saved model or pinned), live          (what-if, deferred behind the chart)
 * The memo keys are JSON of exactly those model parts, so a slider move never rebuilds the table.
 */
import { useDeferredValue, useMemo } from 'react';
import { findModelProblems, isTierBookError, tierClientTable, type CellValue, type ClientTable, type LocalizedText, type ModelProblem, type SheetLayout, type TierModel, type TieringResult } from '../../engine';
import { columnMappingRows, type ColumnMappingRow } from '../pipeline/columnMapping';
import { summarizeDataQuality, type DataQuality } from '../pipeline/dataQuality';
import { liveTiering, type LiveTiering } from '../pipeline/liveTiering';
import { buildTableFromChunks } from '../pipeline/rowChunks';
import { locateSourceLayout } from '../pipeline/sourceLayout';
import { compareScenarios, type ScenarioComparison } from '../../engine/migration';
import { paneErrorMessage } from '../errors';
import { savedModelResult } from '../pipeline/savedModelResult';
import type { PaneState } from '../state/paneState';
import { layoutKeyOf, recalledBase, recalledTable, scoringKeyOf, tableCacheKey, tableKeyOf } from '../pipeline/tableCache';

export interface Tiering {
  readonly problems: readonly ModelProblem[];
  readonly layout?: SheetLayout;
  readonly layoutError?: LocalizedText;
  /** The header row the mapping table offers, also when a column is missing from it. */
  readonly headerCells: readonly CellValue[];
  readonly mapping: readonly ColumnMappingRow[];
  readonly table?: ClientTable;
  /** Factor scores and data issues for the model's scales; its weights and tiers may be stale (use `live`). */
  readonly base?: TieringResult;
  readonly live?: LiveTiering;
  readonly quality?: DataQuality;
  /** The what-if baseline: the saved model's tiers, or the pinned scenario. */
  readonly baseline?: TieringResult;
  readonly baselineError?: LocalizedText;
  readonly comparison?: ScenarioComparison;
}

const liveKeyOf = (m: TierModel): string => JSON.stringify([m.factors.map((f) => f.weight), m.tiers, m.missing ?? 'zero']);

/** Problems that stop the table from being built or scored; weight and tier problems only stop the live tiers. */
export function blocksScoring(problem: ModelProblem): boolean {
  return problem.path === 'idColumn' || (problem.path.startsWith('factors[') && !problem.path.endsWith('.weight'));
}

/** The header row to map: the located one, else the row the layout error points at (block-relative, 1-based). */
function headerCellsOf(state: PaneState, layout: SheetLayout | undefined, error: unknown): readonly CellValue[] {
  const source = state.source;
  if (!source) return [];
  if (layout) return source.topRows[layout.headerRow - source.firstRow - 1] ?? [];
  const row = isTierBookError(error) ? error.location?.row : undefined;
  return row !== undefined ? source.topRows[row - 1] ?? [] : [];
}

export function useTiering(state: PaneState): Tiering {
  const { model, source, chunks, overrides, stored, pinned, baseline: baselineKind } = state;
  const problems = useMemo(() => findModelProblems(model), [model]);
  const scoringBlocked = problems.some(blocksScoring);
  const overridesKey = JSON.stringify(overrides);
  const layoutKey = layoutKeyOf(model);
  const tableKey = tableKeyOf(model);
  const scoringKey = scoringKeyOf(model);
  const liveKey = liveKeyOf(model);

  const located = useMemo(() => {
    if (!source) return undefined;
    try {
      return { layout: locateSourceLayout(source, model, overrides) };
    } catch (error) {
      return { error };
    }
  }, [source, layoutKey, overridesKey]);
  const layout = located?.layout;

  // The read built the table and its scores chunk by chunk (paneActions readTable); rebuilt here only after a change.
  const table = useMemo(
    () => (chunks && layout && source && !scoringBlocked
      ? recalledTable(chunks, tableCacheKey(model, overrides, source.sheetName)) ?? buildTableFromChunks(chunks, layout, model, source.sheetName, { totalsRows: source.totalsRows })
      : undefined),
    [chunks, layout, source, tableKey, scoringBlocked],
  );
  const base = useMemo(() => (table && !scoringBlocked ? recalledBase(table, model) ?? tierClientTable(table, model) : undefined),
    [table, scoringKey, scoringBlocked]);
  const live = useMemo(() => (base && problems.length === 0 ? liveTiering(base, model) : undefined),
    [base, liveKey, problems.length === 0]);
  const quality = useMemo(
    () => (base && layout && source ? summarizeDataQuality(base.issues, layout, source, base.table.size, base.table.excluded.length) : undefined),
    [base, layout, source],
  );

  const saved = useMemo(() => {
    if (!stored || !chunks || !source || !table) return undefined;
    try {
      return { result: savedModelResult(stored.model, { model, table }, chunks, source, overrides) };
    } catch (error) {
      return { error: paneErrorMessage(error) };
    }
  }, [stored, chunks, source, table, overridesKey]);
  const baseline = baselineKind === 'saved' ? saved?.result : pinned;
  // The what-if follows the sliders one render behind: compareScenarios costs a few times a slider step at 100,000
  // clients (see scripts/bench/sliderBench.js), and the distribution must not wait for it.
  const deferredLive = useDeferredValue(live);
  const comparison = useMemo(
    () => (baseline && deferredLive ? compareScenarios(baseline, deferredLive.result) : undefined),
    [baseline, deferredLive],
  );

  const headerCells = headerCellsOf(state, layout, located?.error);
  return {
    problems, layout, layoutError: located?.error !== undefined ? paneErrorMessage(located.error) : undefined,
    headerCells,
    mapping: source ? columnMappingRows(headerCells, model, overrides) : [],
    table, base, live, quality, baseline,
    baselineError: baselineKind === 'saved' ? saved?.error : undefined,
    comparison,
  };
}
