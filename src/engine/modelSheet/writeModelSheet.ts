import { COMPLIANCE_OPTION_LABELS, DEFAULT_COMPLIANCE_OPTIONS, lapsedText, validityText, type ComplianceOptions } from '../compliance/complianceOptions';
import type { Locale } from '../i18n/locale';
import { describeWeightSource } from '../model/weightSource';
import { usesQuotaTiers, type TierModel } from '../model/types';
import type { PlanCell } from '../plan/planCell';
import { cellAddress } from '../cell/a1';
import { CATEGORY_HEADERS, FACTOR_COL, FACTOR_HEADERS, MODEL_LABELS, MODEL_SHEET_FORMAT, MODEL_SHEET_MARKER, TIER_HEADERS } from './modelSheetLabels';

/** Where things landed in the model sheet (0-based rows), for formulas and names that point at them. */
export interface ModelSheetAnchors {
  readonly factorRows: readonly number[];
  readonly tierRows: readonly number[];
  readonly categoryRows: readonly { readonly factor: string; readonly row: number }[];
  readonly lastRow: number;
}

export interface ModelSheetGrid {
  readonly rows: PlanCell[][];
  readonly anchors: ModelSheetAnchors;
}

/** One compliance option as [label, value] for columns D:E of the settings block. */
function complianceCells(model: TierModel, locale: Locale, option: keyof ComplianceOptions): PlanCell[] {
  const o = model.compliance ?? DEFAULT_COMPLIANCE_OPTIONS;
  const value = option === 'validity' ? validityText(o.validity, locale) : option === 'warningDays' ? o.warningDays : lapsedText(o.lapsed, locale);
  return [COMPLIANCE_OPTION_LABELS[option][locale], value];
}

/** The digit-label setting row, only when some factor reads bare digits, so other models' sheets keep their rows. */
function digitLabelRows(model: TierModel, label: string): PlanCell[][] {
  const pairs = model.factors.filter((f) => f.digitPrefix !== undefined).map((f) => `${f.key}=${f.digitPrefix ?? ''}`);
  return pairs.length === 0 ? [] : [[label, pairs.join('; ')]];
}

/** The weight-source row, only when the model records one: lossless JSON to read back, and a line for people. */
function weightSourceRows(model: TierModel, label: string, locale: Locale): PlanCell[][] {
  return model.weightSource ? [[label, JSON.stringify(model.weightSource), describeWeightSource(model.weightSource, locale)]] : [];
}

/**
 * The model as a sheet a person can read and edit: labels in the workbook's language, weights with their share
 * of the total, one row per tier and per category label. readModelSheet reads it back losslessly.
 */
export function writeModelSheet(model: TierModel, locale: Locale, tierCutoffs?: Float64Array): ModelSheetGrid {
  const L = (t: { [k in Locale]: string }): string => t[locale];
  const rows: PlanCell[][] = [
    [L(MODEL_LABELS.title)],
    [MODEL_SHEET_MARKER, MODEL_SHEET_FORMAT],
    // The firm's assessment-currency options sit in D:E beside the settings, so no existing row moves.
    [L(MODEL_LABELS.name), model.name ?? null, null, ...complianceCells(model, locale, 'validity')],
    [L(MODEL_LABELS.version), model.version ?? null, null, ...complianceCells(model, locale, 'warningDays')],
    [L(MODEL_LABELS.idColumn), model.idColumn ?? null, null, ...complianceCells(model, locale, 'lapsed')],
    [L(MODEL_LABELS.missing), model.missing ?? 'zero'],
    ...digitLabelRows(model, L(MODEL_LABELS.digitLabels)),
    ...weightSourceRows(model, L(MODEL_LABELS.weightSource), locale),
    [],
    [L(MODEL_LABELS.factors)],
    FACTOR_HEADERS.map(L),
  ];
  const firstFactor = rows.length;
  const lastFactor = firstFactor + model.factors.length - 1;
  const weightRange = `${cellAddress(firstFactor, FACTOR_COL.weight, true)}:${cellAddress(lastFactor, FACTOR_COL.weight, true)}`;
  const factorRows = model.factors.map((f) => {
    const row = rows.length;
    const weightCell = cellAddress(row, FACTOR_COL.weight);
    const share = model.factors.reduce((a, g) => a + g.weight, 0);
    rows.push([f.key, f.label?.['zh-CN'] ?? null, f.label?.['en-US'] ?? null, f.column, f.weight,
      { formula: `IF(SUM(${weightRange})=0,0,${weightCell}/SUM(${weightRange}))`, result: share === 0 ? 0 : f.weight / share },
      f.scale, f.direction ?? 'higher', f.clip?.[0] ?? null, f.clip?.[1] ?? null]);
    return row;
  });
  rows.push([], [L(MODEL_LABELS.tiers)], TIER_HEADERS.map(L));
  const quota = usesQuotaTiers(model);
  const tierRows = model.tiers.map((t, k) => {
    const row = rows.length;
    const minScore = 'minScore' in t && typeof t.minScore === 'number' ? t.minScore : null;
    const topShare = 'topShare' in t && typeof t.topShare === 'number' ? t.topShare : null;
    const cutoff = tierCutoffs && Number.isFinite(tierCutoffs[k]) ? tierCutoffs[k] : quota ? null : minScore;
    rows.push([t.name, t.label?.['zh-CN'] ?? null, t.label?.['en-US'] ?? null, minScore, topShare, cutoff]);
    return row;
  });
  rows.push([], [L(MODEL_LABELS.categories)], CATEGORY_HEADERS.map(L));
  const categoryRows: { factor: string; row: number }[] = [];
  for (const f of model.factors) {
    if (f.scale !== 'category' || !f.categories) continue;
    for (const [label, score] of Object.entries(f.categories)) {
      categoryRows.push({ factor: f.key, row: rows.length });
      rows.push([f.key, label, score]);
    }
  }
  return { rows, anchors: { factorRows, tierRows, categoryRows, lastRow: rows.length - 1 } };
}
