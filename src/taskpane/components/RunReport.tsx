import {
  Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { lastRunReport, parseRunLog, type DataProblem, type TierModel } from '../../engine';
import { sheetOfKey, type StoredRunLog } from '../../excel/workbookGateway';
import { formatCount } from '../format';
import { useLocale, useStrings } from '../localeContext';
import { CHECK_LABEL, PROBLEM_LABEL } from './RunSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, width: '100%', minWidth: 0 },
  figure: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
});

function signed(change: number, locale: Parameters<typeof formatCount>[1]): string {
  return change > 0 ? `+${formatCount(change, locale)}` : change < 0 ? `−${formatCount(-change, locale)}` : '±0';
}

/** A log timestamp in the pane's language; anything that is not a date stays as written. */
function formatTime(time: string, locale: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * The last run, read back from the run log (运行日志), so it is still there after the workbook is reopened: clients
 * per tier with the change since the previous run on that sheet, data problems, the sheets it wrote as links that
 * show them, and in live mode how to refresh PivotTables.
 */
export function RunReport({ runLog, model, onShowSheet }: {
  runLog: StoredRunLog;
  model: TierModel;
  onShowSheet: (sheetName: string) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const report = lastRunReport(parseRunLog(runLog.rows));
  if (!report) return <Text>{s.reportNone}</Text>;
  const { last } = report;
  const tierLabel = (name: string): string => model.tiers.find((t) => t.name === name)?.label?.[locale] ?? name;
  const factorLabel = (key: string): string => model.factors.find((f) => f.key === key)?.label?.[locale] ?? key;
  const problems = last.issueKinds.filter((k) => k.code in PROBLEM_LABEL);
  return (
    <section className={styles.root} aria-label={s.reportTitle}>
      <Text weight="semibold" as="h2">{s.reportTitle}</Text>
      <Text className={styles.wrap}>{s.reportWhen(formatTime(last.time, locale), last.sourceSheet)}</Text>
      <Table size="extra-small" aria-label={s.reportTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.reportTierHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.figure}>{s.reportCountHeader}</TableHeaderCell>
            {report.previous ? <TableHeaderCell className={styles.figure}>{s.reportChangeHeader}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.tiers.map((t) => (
            <TableRow key={t.name}>
              <TableCell>{tierLabel(t.name)}</TableCell>
              <TableCell className={styles.figure}>{formatCount(t.count, locale)}</TableCell>
              {report.previous ? <TableCell className={styles.figure}>{t.change === undefined ? '' : signed(t.change, locale)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {last.notTiered > 0 ? <Text>{s.reportNotTiered(formatCount(last.notTiered, locale))}</Text> : null}
      {report.previous ? null : <Text size={200}>{s.reportFirstRun}</Text>}

      <Text weight="semibold" as="h3">{s.reportProblems}</Text>
      {problems.length === 0 && last.checks.length === 0 ? <Text>{s.reportNoProblems}</Text> : (
        <ul className={styles.list}>
          {problems.map((k) => <li key={k.code}><Text>{`${s[PROBLEM_LABEL[k.code as DataProblem]]}: ${formatCount(k.count, locale)}`}</Text></li>)}
          {last.checks.map((c) => (
            <li key={`${c.kind}:${c.factor}`}>
              <Text>{`${s[CHECK_LABEL[c.kind]]}: ${factorLabel(c.factor)} (${formatCount(c.count, locale)})${c.confirmed ? s.reportConfirmed : ''}`}</Text>
            </li>
          ))}
        </ul>
      )}

      <Text weight="semibold" as="h3">{s.reportSheetsTitle}</Text>
      <ul className={styles.list}>
        {last.sheetKeys.map((key) => {
          const sheet = sheetOfKey(runLog, key);
          return (
            <li key={key}>
              {sheet ? <Link as="button" onClick={() => onShowSheet(sheet)}>{sheet}</Link> : <Text>{s.reportSheetGone(key)}</Text>}
            </li>
          );
        })}
      </ul>
      {last.mode === 'live' ? <Text className={styles.wrap}>{s.reportLiveRefresh}</Text> : null}
    </section>
  );
}
