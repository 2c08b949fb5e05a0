import type { Locale } from '../engine';
import type { WriteReport } from '../excel/workbookGateway';
import type { Strings } from './i18n';

/** What a write put in the workbook, one line per kind of thing, then the gateway's warnings. */
export function writeReportLines(report: WriteReport, strings: Strings, locale: Locale): string[] {
  const list = (items: readonly string[]): string => items.join(strings.listSeparator);
  const lines: string[] = [];
  if (report.columns.length > 0) lines.push(strings.reportColumns(list(report.columns)));
  if (report.sheets.length > 0) lines.push(strings.reportSheets(list(report.sheets)));
  if (report.pivots.length > 0) lines.push(strings.reportPivots(list(report.pivots)));
  if (report.charts.length > 0) lines.push(strings.reportCharts(list(report.charts)));
  if (lines.length === 0) lines.push(strings.reportNothing);
  for (const warning of report.warnings) lines.push(warning[locale]);
  return lines;
}
