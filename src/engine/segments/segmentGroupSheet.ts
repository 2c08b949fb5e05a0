import type { Locale } from '../i18n/locale';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { formatAmount } from '../suitability/suitabilityLabels';
import type { ExtraColumns } from '../table/extraColumns';
import { dimensionValues } from './dimensionValues';
import { SEGMENT_LABELS } from './segmentLabels';
import { SEGMENT_GROUP_LABELS, SEGMENT_GROUPS, type SegmentGroups } from './segmentGroups';
import { createDefaultSegmentRules, type SegmentRules } from './segmentRules';

/** The plan key of the group summary sheet. */
export const SEGMENT_GROUP_SHEET_KEY = 'segments';

/** 0-based row of the group table's header, and the column where the group × tier table starts. */
export const GROUP_HEADER_ROW = 3;
export const CROSS_TAB_COLUMN = 8;

/** Sums and present-value counts of a numeric column per group (last slot: ungrouped). */
function perGroup(codes: Int8Array, values: Float64Array | undefined): { sum: Float64Array; count: Int32Array } {
  const slots = SEGMENT_GROUPS.length + 1;
  const sum = new Float64Array(slots);
  const count = new Int32Array(slots);
  if (!values) return { sum, count };
  for (let i = 0; i < codes.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const slot = codes[i] < 0 ? SEGMENT_GROUPS.length : codes[i];
    sum[slot] += v;
    count[slot]++;
  }
  return { sum, count };
}

function numericSource(result: TieringResult, dimension: 'assets' | 'frequency', rules: SegmentRules, extras?: ExtraColumns): { values?: Float64Array; header?: string } {
  const values = dimensionValues(result, dimension, { kind: 'threshold', value: 0 }, rules.dimensions[dimension]?.factor, extras);
  return values && values.kind === 'numeric' ? { values: values.values, header: values.header } : {};
}

/** "优先级：高净值客户（总资产 ≥ 1,000,000） > 高频交易客户（年交易次数 ≥ 100） > 低频交易客户（年交易次数 < 12） > 普通客户". */
export function groupRuleText(groups: SegmentGroups, assetsHeader: string, tradesHeader: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const bound = (header: string, op: string, value: number): string => (value === value ? (zh ? `（${header} ${op} ${formatAmount(value)}）` : ` (${header} ${op} ${formatAmount(value)})`) : '');
  const g = SEGMENT_GROUP_LABELS;
  return [
    `${zh ? '优先级：' : 'Precedence: '}${g.hnw[locale]}${bound(assetsHeader, '≥', groups.assetsCutoff)}`,
    `${g.highFrequency[locale]}${bound(tradesHeader, '≥', groups.highFrequencyCutoff)}`,
    `${g.lowFrequency[locale]}${bound(tradesHeader, '<', groups.lowFrequencyBelow)}`,
    g.ordinary[locale],
  ].join(' > ');
}

/**
 * The group summary: per group its clients, share, average score, asset total and average, average trades; then a
 * group × tier count table. Averages are over the clients whose value is present.
 */
export function buildSegmentGroupSheet(result: TieringResult, groups: SegmentGroups, locale: Locale, rules: SegmentRules = createDefaultSegmentRules(), extras?: ExtraColumns): PlanSheet {
  const L = SEGMENT_LABELS;
  const assets = numericSource(result, 'assets', rules, extras);
  const trades = numericSource(result, 'frequency', rules, extras);
  const score = perGroup(groups.codes, result.scores);
  const asset = perGroup(groups.codes, assets.values);
  const trade = perGroup(groups.codes, trades.values);
  const size = groups.codes.length;
  const avg = (s: { sum: Float64Array; count: Int32Array }, slot: number): PlanCell => (s.count[slot] > 0 ? s.sum[slot] / s.count[slot] : null);
  const total = (s: { sum: Float64Array; count: Int32Array }): { sum: number; count: number } => ({ sum: s.sum.reduce((a, b) => a + b, 0), count: s.count.reduce((a, b) => a + b, 0) });
  const line = (label: string, slot: number, count: number): PlanCell[] => [label, count, size ? count / size : 0, avg(score, slot), asset.count[slot] > 0 ? asset.sum[slot] : null, avg(asset, slot), avg(trade, slot)];

  const rows: PlanCell[][] = [
    [L.groupSheetTitle[locale]],
    [`${L.rules[locale]}${locale === 'zh-CN' ? '：' : ': '}${groupRuleText(groups, assets.header ?? 'assets', trades.header ?? 'trades', locale)}`],
    [],
    [L.group, L.clients, L.share, L.averageScore, L.assetsTotal, L.assetsAverage, L.tradesAverage].map((t) => t[locale]),
  ];
  SEGMENT_GROUPS.forEach((g, k) => rows.push(line(SEGMENT_GROUP_LABELS[g][locale], k, groups.counts[k])));
  if (groups.ungrouped > 0) rows.push(line(L.ungrouped[locale], SEGMENT_GROUPS.length, groups.ungrouped));
  const [ts, ta, tt] = [total(score), total(asset), total(trade)];
  rows.push([L.total[locale], size, size ? 1 : 0, ts.count ? ts.sum / ts.count : null, ta.count ? ta.sum : null, ta.count ? ta.sum / ta.count : null, tt.count ? tt.sum / tt.count : null]);

  // The group × tier counts sit to the right of the summary, so the per-column number formats above never touch them.
  const tiers = result.model.tiers;
  const slots = SEGMENT_GROUPS.length + 1;
  const cross = Array.from({ length: slots }, () => new Int32Array(tiers.length));
  for (let i = 0; i < size; i++) {
    const t = result.tierIndex[i];
    if (t >= 0) cross[groups.codes[i] < 0 ? SEGMENT_GROUPS.length : groups.codes[i]][t]++;
  }
  const crossRows: PlanCell[][] = [[L.byTier[locale], ...tiers.map((t) => t.label?.[locale] ?? t.name), L.total[locale]]];
  SEGMENT_GROUPS.forEach((g, k) => crossRows.push([SEGMENT_GROUP_LABELS[g][locale], ...cross[k], cross[k].reduce((a, b) => a + b, 0)]));
  if (groups.ungrouped > 0) crossRows.push([L.ungrouped[locale], ...cross[SEGMENT_GROUPS.length], cross[SEGMENT_GROUPS.length].reduce((a, b) => a + b, 0)]);
  crossRows.forEach((cells, k) => {
    const row = rows[GROUP_HEADER_ROW + k];
    while (row.length < CROSS_TAB_COLUMN) row.push(null);
    row.push(...cells);
  });

  return {
    key: SEGMENT_GROUP_SHEET_KEY, role: 'summary', preferredName: L.groupSheet[locale], rows,
    headerRows: [0, GROUP_HEADER_ROW], freezeRows: GROUP_HEADER_ROW + 1,
    columnWidths: [22, 10, 10, 12, 18, 16, 16, 4, 22, ...tiers.map(() => 10), 10],
    numberFormats: { 2: '0.0%', 3: '0.00', 4: '#,##0.00', 5: '#,##0.00', 6: '0.0' },
  };
}
