import { cellAddress, columnLetters, quoteSheetName, runChecks, text, type FactorColumnQuality, type HeaderMatch, type HeaderMatchKind, type Locale, type RunCheck, type TieringResult, type ComplianceCounts } from '../engine';
import { complianceLine } from './complianceSummary';
import type { ModelSource } from './storedSettings';
import { padDisplay, displayWidth } from './textWidth';

/** What the summary reports besides the result itself. */
export interface SummaryFacts {
  readonly input: string;
  readonly sheet: string;
  readonly output: string;
  readonly addedSheets: readonly string[];
  readonly elapsedMs: number;
  readonly model: ModelSource;
  /** The compliance check's counts, when the run made one. */
  readonly compliance?: ComplianceCounts;
}

const BAR_WIDTH = 24;

const L = {
  title: text('TierBook 客户分级', 'TierBook client tiering'),
  input: text('输入', 'Input'),
  sheet: text('工作表', 'Sheet'),
  columns: text('列', 'Columns'),
  tiers: text('等级', 'Tiers'),
  output: text('输出', 'Output'),
  sheets: text('新增工作表', 'Sheets added'),
  elapsed: text('用时', 'Time'),
  clientId: text('客户号', 'Client id'),
  noId: text('（无客户号列，按行号识别）', '(no client-id column; rows identify clients)'),
  notTiered: text('未分级', 'No tier'),
  model: text('模型', 'Model'),
  defaultModel: text('默认五因子模型', 'the default five-factor model'),
  columnWarning: text('警告', 'Warning'),
  checks: text('数据检查', 'Data checks'),
  checksPassed: text('未发现问题', 'nothing found'),
  confirmed: text('错误（已确认运行）', 'error (run confirmed)'),
  warning: text('提示', 'warning'),
} as const;

/** Cells printed per check; the rest are counted. */
const LISTED_CELLS = 5;

/** Each check with its first cells ('客户清单'!M2 = -3); a finished run's errors were confirmed (--confirm-data-checks). */
export function checkLines(checks: readonly RunCheck[], locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  for (const c of checks) {
    const tag = c.severity === 'error' ? L.confirmed[locale] : L.warning[locale];
    lines.push(`  ${tag}${zh ? '：' : ': '}${c.message[locale]}`);
    for (const cell of c.cells.slice(0, LISTED_CELLS)) {
      lines.push(`    ${quoteSheetName(cell.sheet)}!${cellAddress(cell.row - 1, cell.columnIndex)} = ${cell.value}`);
    }
    const more = c.count - Math.min(c.cells.length, LISTED_CELLS);
    if (c.cells.length > 0 && more > 0) lines.push(zh ? `    …另有 ${more.toLocaleString('en-US')} 个` : `    … and ${more.toLocaleString('en-US')} more`);
  }
  return lines;
}

/** Where the model came from, so a shared workbook's own model sheet is seen to have been used. */
function modelLine(source: ModelSource, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (source.kind === 'file') return source.path;
  if (source.kind === 'sheet') return zh ? `工作簿中的模型表「${source.sheetName}」` : `the workbook's model sheet "${source.sheetName}"`;
  return L.defaultModel[locale];
}

const MATCH_KIND: Readonly<Record<HeaderMatchKind, ReturnType<typeof text>>> = {
  exact: text('精确匹配', 'exact match'),
  unit: text('忽略单位匹配', 'matched ignoring the unit'),
  alias: text('别名匹配', 'matched by alias'),
  openDate: text('由开户日期折算为年限', 'years computed from the open date'),
};

/** A bar of eighth-blocks, so small tiers still show. */
export function textBar(count: number, max: number, width = BAR_WIDTH): string {
  if (max <= 0 || count <= 0) return '';
  const eighths = Math.max(1, Math.round((count / max) * width * 8));
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

function matchLine(label: string, match: HeaderMatch, locale: Locale, labelWidth: number): string {
  const kind = MATCH_KIND[match.kind][locale];
  return `  ${padDisplay(label, labelWidth)} ← ${match.header}${locale === 'zh-CN' ? `（${kind}）` : ` (${kind})`}`;
}

/** " · 20.0% unreadable or unknown" after a factor's column, when any of its cells were. */
function qualityNote(quality: FactorColumnQuality | undefined, locale: Locale): string {
  if (!quality || quality.unreadable + quality.unknown === 0) return '';
  const percent = (100 * quality.badShare).toFixed(1);
  return locale === 'zh-CN' ? ` · ${percent}% 无法识别（${quality.unreadable + quality.unknown}/${quality.clients}）`
    : ` · ${percent}% unreadable or unknown (${quality.unreadable + quality.unknown}/${quality.clients})`;
}

function columnLines(result: TieringResult, locale: Locale): string[] {
  const { layout } = result.table;
  const labels = [L.clientId[locale], ...result.model.factors.map((f) => f.label?.[locale] ?? f.key)];
  const width = Math.max(...labels.map(displayWidth));
  const lines = [layout.id ? matchLine(labels[0], layout.id, locale, width) : `  ${padDisplay(labels[0], width)} ${L.noId[locale]}`];
  result.model.factors.forEach((_, f) => lines.push(matchLine(labels[f + 1], layout.factors[f], locale, width) + qualityNote(result.factorQuality[f], locale)));
  return lines;
}

/** One line per factor column with more than 20% unreadable or unknown cells, naming its letter. */
function warningLines(result: TieringResult, locale: Locale): string[] {
  return result.factorQuality.filter((q) => q.warning).map((q) => (locale === 'zh-CN'
    ? `${L.columnWarning[locale]}：${columnLetters(q.columnIndex)} 列 ${q.warning?.[locale] ?? ''}`
    : `${L.columnWarning[locale]}: column ${columnLetters(q.columnIndex)}: ${q.warning?.[locale] ?? ''}`));
}

function tierLines(result: TieringResult, locale: Locale): string[] {
  const counts = Array.from(result.tierCounts);
  const tiered = counts.reduce((a, c) => a + c, 0);
  const max = Math.max(0, ...counts);
  // The tier column holds tier names; a label in the summary's language goes beside a name that differs from it.
  const names = result.model.tiers.map((t) => {
    const label = t.label?.[locale];
    return label && label !== t.name ? `${t.name} (${label})` : t.name;
  });
  const nameWidth = Math.max(displayWidth(L.notTiered[locale]), ...names.map(displayWidth));
  const countWidth = Math.max(...counts.map((c) => c.toLocaleString('en-US').length), 1);
  const lines = names.map((name, k) => {
    const share = tiered ? ((100 * counts[k]) / tiered).toFixed(1) : '0.0';
    return `  ${padDisplay(name, nameWidth)} ${counts[k].toLocaleString('en-US').padStart(countWidth)}  ${padDisplay(textBar(counts[k], max), BAR_WIDTH)} ${share.padStart(5)}%`;
  });
  const untiered = result.excluded.length;
  if (untiered > 0) lines.push(`  ${padDisplay(L.notTiered[locale], nameWidth)} ${untiered.toLocaleString('en-US').padStart(countWidth)}`);
  return lines;
}

/** The short report printed after a run without --json. */
export function humanSummary(result: TieringResult, facts: SummaryFacts, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const heading = zh ? '：' : ':';
  const rows = result.table.rowsRead.toLocaleString('en-US');
  const header = result.table.layout.headerRow;
  const sheetLine = zh ? `${facts.sheet}（表头在第 ${header} 行，读取 ${rows} 行）` : `${facts.sheet} (header at row ${header}, ${rows} rows read)`;
  const issues = result.issues.length.toLocaleString('en-US');
  const excluded = result.excluded.length.toLocaleString('en-US');
  const hidden = result.table.hiddenRows;
  // Hidden and filtered-out rows are notices in the issue list; say how many, since they were tiered all the same.
  const hiddenNote = hidden === 0 ? '' : zh ? `（其中 ${hidden.toLocaleString('en-US')} 条是已隐藏或被筛选掉的行，照常分级）`
    : ` (${hidden.toLocaleString('en-US')} of them hidden or filtered-out rows, tiered all the same)`;
  const counts = zh ? `数据问题 ${issues} 条${hiddenNote}；未分级 ${excluded} 行`
    : `${issues} data issue${result.issues.length === 1 ? '' : 's'}${hiddenNote}; ${excluded} row${result.excluded.length === 1 ? '' : 's'} without a tier`;
  const seconds = (facts.elapsedMs / 1000).toFixed(1);
  const checks = runChecks(result.table, result.model, facts.sheet);
  const checksHeading = checks.length === 0 ? `${L.checks[locale]}${colon}${L.checksPassed[locale]}` : `${L.checks[locale]}${heading}`;
  return [
    L.title[locale],
    `${L.input[locale]}${colon}${facts.input}`,
    `${L.sheet[locale]}${colon}${sheetLine}`,
    `${L.model[locale]}${colon}${modelLine(facts.model, locale)}`,
    `${L.columns[locale]}${heading}`,
    ...columnLines(result, locale),
    `${L.tiers[locale]}${heading}`,
    ...tierLines(result, locale),
    counts,
    ...warningLines(result, locale),
    checksHeading,
    ...checkLines(checks, locale),
    ...(facts.compliance ? [complianceLine(facts.compliance, locale)] : []),
    `${L.output[locale]}${colon}${facts.output}`,
    `${L.sheets[locale]}${colon}${facts.addedSheets.join(zh ? '、' : ', ')}`,
    `${L.elapsed[locale]}${colon}${zh ? `${seconds} 秒` : `${seconds} s`}`,
    '',
  ].join('\n');
}
