import type { CellValue } from '../cell/cellValue';
import { normalizeLabel } from '../cell/normalizeText';
import { text } from '../i18n/locale';
import { factorColumnQuality, type FactorColumnQuality } from './factorQuality';
import type { TierModel } from '../model/types';
import { normalizedCategoryMap, resolveLevels } from '../score/categoryScores';
import { compositeScores } from '../score/compositeScores';
import { factorScore } from '../score/factorScores';
import { runSteps, type Steps } from './steps';
import { assignTiers } from '../tiers/assignTiers';
import { buildClientTable, type ClientTable, type TableReadOptions } from '../table/clientTable';
import type { DataIssue, ExcludedRow } from '../table/dataIssue';
import { locateSheetLayout, type ColumnOverrides } from '../table/sheetLayout';

/** Everything one tiering run knows, column by column; the output plan and every UI read from it. */
export interface TieringResult {
  readonly model: TierModel;
  readonly table: ClientTable;
  /** Aligned with model.factors; NaN where missing. */
  readonly factorScores: readonly Float64Array[];
  /** NaN for unscored clients. */
  readonly scores: Float64Array;
  readonly missingFactors: Uint32Array;
  /** Index into model.tiers, −1 for none. */
  readonly tierIndex: Int16Array;
  readonly tierCutoffs: Float64Array;
  readonly tierCounts: Int32Array;
  /** Table issues plus unmapped category labels, in row order. */
  readonly issues: readonly DataIssue[];
  /** Non-client rows plus clients left unscored, in row order. */
  readonly excluded: readonly ExcludedRow[];
  /** Per factor column, the share of cells that were unreadable or unknown, with a warning above 20%. */
  readonly factorQuality: readonly FactorColumnQuality[];
}

/** Scores and tiers an already-built client table. */
export function tierClientTable(table: ClientTable, model: TierModel): TieringResult {
  return runSteps(tierClientTableSteps(table, model));
}

/** tierClientTable, pausing after each factor's scores (a sort each) and before the per-client passes (run/steps). */
export function* tierClientTableSteps(table: ClientTable, model: TierModel): Steps<TieringResult> {
  const factorScores: Float64Array[] = [];
  for (const [i, factor] of model.factors.entries()) {
    factorScores.push(factorScore(table.factorColumns[i], factor));
    yield;
  }
  const { scores, missingFactors } = compositeScores(factorScores, model.factors.map((f) => f.weight), model.missing ?? 'zero');
  yield;
  const { tierIndex, tierCutoffs, tierCounts } = assignTiers(scores, model.tiers);
  yield;
  const issues = [...table.issues, ...unknownCategoryIssues(table, model)].sort((a, b) => a.row - b.row);
  const unscored: ExcludedRow[] = [];
  for (let i = 0; i < table.size; i++) {
    if (scores[i] !== scores[i]) {
      const names = model.factors.flatMap((f, k) => ((missingFactors[i] >> k) & 1 && f.weight !== 0 ? [table.layout.factors[k].header] : []));
      unscored.push({ row: table.rowNumbers[i], reason: 'unscored',
        message: text(`缺少 ${names.join('、')}，按 missing: exclude 不评分`, `missing ${names.join(', ')}; not scored under missing: exclude`) });
    } else if (tierIndex[i] < 0) {
      const lowest = model.tiers[model.tiers.length - 1];
      unscored.push({ row: table.rowNumbers[i], reason: 'below_tiers',
        message: text(`得分 ${scores[i]} 低于最低等级「${lowest.name}」的分数线`, `score ${scores[i]} is below the lowest tier "${lowest.name}"`) });
    }
  }
  const excluded = [...table.excluded, ...unscored].sort((a, b) => a.row - b.row);
  yield;
  const factorQuality = factorColumnQuality(table, model, issues);
  return { model, table, factorScores, scores, missingFactors, tierIndex, tierCutoffs, tierCounts, issues, excluded, factorQuality };
}

/** Labels a category factor's map does not know, or reads two ways: they count as missing, and each cell is reported. */
function unknownCategoryIssues(table: ClientTable, model: TierModel): DataIssue[] {
  const issues: DataIssue[] = [];
  model.factors.forEach((factor, f) => {
    const column = table.factorColumns[f];
    if (column.kind !== 'category') return;
    const resolutions = resolveLevels(column, factor);
    if (resolutions.every((r) => r.kind === 'mapped')) return;
    const header = table.layout.factors[f].header;
    const scoreOf = normalizedCategoryMap(factor.categories ?? {});
    const keyOf = new Map(Object.keys(factor.categories ?? {}).map((k) => [normalizeLabel(k), k]));
    const shown = (l: string): string => keyOf.get(l) ?? l;
    const messages = resolutions.map((r, code) => {
      const raw = column.rawLevels[code];
      if (r.kind === 'conflict') {
        const zh = r.labels.map((l) => `${shown(l)}（${scoreOf.get(l) ?? ''}）`).join('、');
        const en = r.labels.map((l) => `${shown(l)} (${scoreOf.get(l) ?? ''})`).join(', ');
        return text(`「${raw}」同时含有分数不同的标签 ${zh}，无法确定，按缺失处理`, `"${raw}" holds labels with different scores, ${en}; it cannot be read and is treated as missing`);
      }
      return text(`「${raw}」不在 ${header} 的分类映射中，按缺失处理`, `"${raw}" is not in the category map of ${header}; treated as missing`);
    });
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      if (code < 0 || resolutions[code].kind === 'mapped') continue;
      issues.push({ row: table.rowNumbers[i], column: header, value: column.rawLevels[code], problem: 'unknown_category', client: i, message: messages[code] });
    }
  });
  return issues;
}

/** The whole pipeline on an in-memory sheet grid (row 0 = worksheet row 1). */
export function tierGrid(
  grid: readonly (readonly CellValue[])[], model: TierModel, sheetName = '', overrides: ColumnOverrides = {}, options: TableReadOptions = {},
): TieringResult {
  const layout = locateSheetLayout(grid, model, sheetName, overrides);
  return tierClientTable(buildClientTable(grid, layout, model, sheetName, options), model);
}
