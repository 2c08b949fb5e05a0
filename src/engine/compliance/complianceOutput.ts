import { text, type Locale, type LocalizedText } from '../i18n/locale';
import { clientIndexByOffset } from '../plan/buildOutputPlan';
import type { OutputPlan, PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { lazyPlanSheet, planRowSource, rowsAround } from '../plan/planRows';
import type { TieringResult } from '../run/tierClients';
import { ASSESSMENT_STATUS_LABELS, expiryText } from './assessmentCurrency';
import { productLabel, type ClientCompliance } from './clientCompliance';
import { lapsedText, validityText, type ComplianceOptions } from './complianceOptions';
import { FINDING_ARTICLES, FINDING_KINDS, FINDING_LABELS, countFindings, type ComplianceCounts, type FindingKind } from './findingKinds';

/** The plan key of the 合规检查 sheet. */
export const COMPLIANCE_SHEET_KEY = 'compliance';

export const COMPLIANCE_LABELS = {
  sheet: text('合规检查', 'Compliance'),
  title: text('合规检查（证券期货投资者适当性管理办法，证监会令第130号）', 'Compliance check (CSRC Order No. 130, investor suitability)'),
  kind: text('类别', 'Kind'),
  count: text('数量', 'Count'),
  article: text('条款', 'Article'),
  code: text('代码', 'Code'),
  clientId: text('客户号', 'Client id'),
  row: text('行', 'Row'),
  tier: text('等级', 'Tier'),
  product: text('产品', 'Product'),
  before: text('之前', 'Before'),
  after: text('之后', 'After'),
  cell: text('单元格', 'Cell'),
  reason: text('原因', 'Reason'),
  findings: text('明细', 'Findings'),
  statusColumn: text('测评状态', 'Assessment status'),
  expiryColumn: text('测评到期日', 'Assessment expiry'),
  shelfColumn: text('可推介产品', 'Products to offer'),
  stateColumn: text('合规快照', 'Compliance state'),
} as const satisfies Record<string, LocalizedText>;

/** "股票基金（R4）、债券基金（R2）" plus how many of the shelf were left out, or 无 when nothing is suitable. */
export function suitableShelfText(shelf: ClientCompliance['shelves'][number], locale: Locale): string | null {
  const shown = shelf.suitable.map((p) => productLabel(p)[locale]).join(locale === 'zh-CN' ? '、' : '; ');
  const left = shelf.unsuitable.length;
  if (shelf.suitable.length === 0 && left === 0) return null;
  const none = locale === 'zh-CN' ? '无' : 'none';
  const more = left === 0 ? '' : locale === 'zh-CN' ? `（另 ${left} 项不适当，见合规检查）` : ` (${left} more not suitable, see Compliance)`;
  return `${shown || none}${more}`;
}

/** The client-sheet columns: status and expiry (when the sheet has a 风险测评日期 column), the shelf to offer, the state. */
export function buildComplianceColumns(result: TieringResult, compliance: ClientCompliance, headerRow: number, length: number, locale: Locale): PlanColumn[] {
  const L = COMPLIANCE_LABELS;
  const byOffset = clientIndexByOffset(result, headerRow, length);
  const column = (key: string, header: LocalizedText, width: number, cellOf: (c: number) => PlanCell): PlanColumn =>
    ({ key, header: header[locale], length, width, cellAt: (o) => (byOffset[o] < 0 ? null : cellOf(byOffset[o])) });
  const { statuses } = compliance;
  return [
    ...(statuses ? [
      column('assessmentStatus', L.statusColumn, 12, (c) => ASSESSMENT_STATUS_LABELS[statuses[c]][locale]),
      column('assessmentExpiry', L.expiryColumn, 12, (c) => expiryText(compliance.expiries[c])),
    ] : []),
    column('suitableShelf', L.shelfColumn, 36, (c) => suitableShelfText(compliance.shelves[c], locale)),
    column('complianceState', L.stateColumn, 30, (c) => compliance.states[c]),
  ];
}

/**
 * The 合规检查 sheet: the options applied, a count per kind with its article and code (the pane and --json read these),
 * then one row per finding: every client × product not suitable, the notices, the flag checks, the bad cells.
 */
export function buildComplianceSheet(result: TieringResult, compliance: ClientCompliance, options: ComplianceOptions, locale: Locale): PlanSheet {
  const L = (t: LocalizedText): string => t[locale];
  const C = COMPLIANCE_LABELS;
  const counts = countFindings(compliance.findings);
  const settings = locale === 'zh-CN'
    ? `运行日期 ${compliance.runDate}；测评有效期 ${validityText(options.validity, locale)}；到期预警 ${options.warningDays} 天；过期或未测评：${lapsedText(options.lapsed, locale)}`
    : `Run date ${compliance.runDate}; assessment valid ${validityText(options.validity, locale)}; warning ${options.warningDays} days; expired or missing assessment: ${lapsedText(options.lapsed, locale)}`;
  const rows: PlanCell[][] = [[L(C.title)], [settings], [], [L(C.kind), L(C.count), L(C.article), L(C.code)]];
  for (const kind of FINDING_KINDS) rows.push([L(FINDING_LABELS[kind]), counts[kind] ?? 0, L(FINDING_ARTICLES[kind]), kind]);
  rows.push([], [L(C.findings)]);
  const findingHeader = rows.length; // COMPLIANCE_FINDINGS_HEADER_ROW
  rows.push([C.kind, C.article, C.clientId, C.row, C.tier, C.product, C.before, C.after, C.cell, C.reason, C.code].map(L));
  const { table } = result;
  // Grouped by kind, in FINDING_KINDS order: each kind's rows are one block a link can select from the counts alone.
  const order = new Map(FINDING_KINDS.map((k, i) => [k, i]));
  const sorted = compliance.findings.map((f, i) => ({ f, i })).sort((a, b) => (order.get(a.f.kind) ?? 0) - (order.get(b.f.kind) ?? 0) || a.i - b.i).map((x) => x.f);
  // Built on demand (planRows.ts): a finding per client × product is a million rows on a full sheet.
  const tierOf = (f: (typeof sorted)[number], c: number | undefined): string | null =>
    f.tier ?? (c !== undefined && result.tierIndex[c] >= 0 ? result.model.tiers[result.tierIndex[c]].name : null);
  const rowAt = (n: number): PlanCell[] => {
    const f = sorted[n];
    const c = f.client;
    return [L(FINDING_LABELS[f.kind]), L(FINDING_ARTICLES[f.kind]), c === undefined ? null : table.ids[c], c === undefined ? null : table.rowNumbers[c],
      tierOf(f, c), f.product ? L(f.product) : null, f.before ? L(f.before) : null, f.after ? L(f.after) : null, f.cell ?? null, L(f.reason), f.kind];
  };
  // A column wraps when one of its cells holds a line break, told from the findings without building their rows.
  const wrapColumns = new Set<number>();
  const breaks = (t: string | null | undefined): boolean => typeof t === 'string' && t.includes('\n');
  for (const f of sorted) {
    const c = f.client;
    const cells: [number, string | null | undefined][] = [[0, L(FINDING_LABELS[f.kind])], [1, L(FINDING_ARTICLES[f.kind])], [2, c === undefined ? null : table.ids[c]],
      [4, tierOf(f, c)], [5, f.product && L(f.product)], [6, f.before && L(f.before)], [7, f.after && L(f.after)], [8, f.cell], [9, L(f.reason)]];
    for (const [column, t] of cells) if (!wrapColumns.has(column) && breaks(t)) wrapColumns.add(column);
  }
  return lazyPlanSheet({
    key: COMPLIANCE_SHEET_KEY, role: 'compliance', preferredName: L(C.sheet),
    headerRows: [0, 3, findingHeader], freezeRows: 0, columnWidths: [30, 12, 16, 8, 10, 24, 12, 12, 18, 70, 24],
  }, rowsAround(rows, { count: sorted.length, width: 11, wrapColumns, rowAt }));
}

/** 0-based row of the findings' header in the 合规检查 sheet: title, settings, blank, counts header, one row per kind, blank, label. */
export const COMPLIANCE_FINDINGS_HEADER_ROW = 4 + FINDING_KINDS.length + 2;

/** The 1-based worksheet rows holding kind `kind`'s findings, from the counts (the findings are grouped by kind). */
export function findingRowsOfKind(counts: ComplianceCounts, kind: FindingKind): { first: number; last: number } | undefined {
  const n = counts[kind] ?? 0;
  if (n === 0) return undefined;
  let first = COMPLIANCE_FINDINGS_HEADER_ROW + 2;
  for (const k of FINDING_KINDS) {
    if (k === kind) break;
    first += counts[k] ?? 0;
  }
  return { first, last: first + n - 1 };
}

/** The counts a plan's 合规检查 sheet holds, by kind (kinds with no finding left out); undefined without the sheet. */
export function complianceCountsOfPlan(plan: OutputPlan): ComplianceCounts | undefined {
  const sheet = plan.sheets.find((s) => s.key === COMPLIANCE_SHEET_KEY);
  if (!sheet) return undefined;
  const source = planRowSource(sheet);
  return complianceCountsOfRows({ [Symbol.iterator]: function* rows() { for (let r = 0; r < source.length; r++) yield source.rowAt(r); } });
}

/** The counts block of a 合规检查 sheet's rows (as written, or read back from a workbook). */
export function complianceCountsOfRows(rows: Iterable<readonly PlanCell[]>): ComplianceCounts {
  const counts: ComplianceCounts = {};
  for (const row of rows) {
    const code = row[3];
    const n = row[1];
    if (typeof code === 'string' && (FINDING_KINDS as readonly string[]).includes(code) && typeof n === 'number' && n > 0) counts[code as FindingKind] = n;
    if (row.length === 0 && Object.keys(counts).length > 0) break;
  }
  return counts;
}
