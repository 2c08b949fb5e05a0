import type { CellValue } from '../cell/cellValue';
import { text } from '../i18n/locale';
import type { TierModel } from '../model/types';
import { unmappedLevels } from '../score/categoryScores';
import { compositeScores } from '../score/compositeScores';
import { scoreFactors } from '../score/factorScores';
import { assignTiers } from '../tiers/assignTiers';
import { buildClientTable, type ClientTable } from '../table/clientTable';
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
}

/** Scores and tiers an already-built client table. */
export function tierClientTable(table: ClientTable, model: TierModel): TieringResult {
  const factorScores = scoreFactors(table, model);
  const { scores, missingFactors } = compositeScores(factorScores, model.factors.map((f) => f.weight), model.missing ?? 'zero');
  const { tierIndex, tierCutoffs, tierCounts } = assignTiers(scores, model.tiers);
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
  return { model, table, factorScores, scores, missingFactors, tierIndex, tierCutoffs, tierCounts, issues, excluded };
}

/** Labels a category factor's map does not know: they count as missing, and each cell is reported. */
function unknownCategoryIssues(table: ClientTable, model: TierModel): DataIssue[] {
  const issues: DataIssue[] = [];
  model.factors.forEach((factor, f) => {
    const column = table.factorColumns[f];
    if (column.kind !== 'category') return;
    const unknown = unmappedLevels(column, factor.categories ?? {});
    if (unknown.size === 0) return;
    const header = table.layout.factors[f].header;
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      if (!unknown.has(code)) continue;
      const raw = column.rawLevels[code];
      issues.push({ row: table.rowNumbers[i], column: header, value: raw, problem: 'unknown_category', client: i,
        message: text(`「${raw}」不在 ${header} 的分类映射中，按缺失处理`, `"${raw}" is not in the category map of ${header}; treated as missing`) });
    }
  });
  return issues;
}

/** The whole pipeline on an in-memory sheet grid (row 0 = worksheet row 1). */
export function tierGrid(grid: readonly (readonly CellValue[])[], model: TierModel, sheetName = '', overrides: ColumnOverrides = {}): TieringResult {
  const layout = locateSheetLayout(grid, model, sheetName, overrides);
  return tierClientTable(buildClientTable(grid, layout, model, sheetName), model);
}
