import {
  Link, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  EFFECT_HISTORY_SHEET_KEY, FOLLOW_UP_COL, FOLLOW_UP_SHEET_KEY, HISTORY_COL, HISTORY_FIGURES, WATCHLIST_SHEET_KEY, isoDateOfSerial, quoteSheetName,
  serialOfDate, trackingOverview, type DueCounts, type TierModel,
} from '../../engine';
import type { StoredSheet } from '../../excel/readTierBookSheet';
import type { StoredRunLog, WorkbookGateway } from '../../excel/workbookGateway';
import { formatCount, formatNumber } from '../format';
import { useLocale, useStrings } from '../localeContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, width: '100%', minWidth: 0 },
  figure: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // A header cell lays its label out in a flex box: textAlign alone leaves it at the start, over right-aligned figures.
  figureHeader: { justifyContent: 'flex-end' },
  wrap: { overflowWrap: 'anywhere' },
  // Names break between words where they can (a manager's name, "No manager"), inside a word only when they must.
  name: { overflowWrap: 'break-word', minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  // The link on its own box, the text beside it or below: inline text wrapping around a link overlaps its box.
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  // The name column takes what is left; four figures of up to 5 digits share the rest at 320 px.
  nameColumn: { width: '32%' },
  figureColumn: { width: '17%' },
});

/** The watchlist lines shown before "open the sheet for the rest". */
const WATCH_SHOWN = 20;
/** Plan columns up to satisfaction; the watchlist's six. */
const PLAN_COLUMNS = FOLLOW_UP_COL.satisfaction + 1;
const WATCH_COLUMNS = 6;
/** The effect history up to its last figure. */
const HISTORY_COLUMNS = HISTORY_COL.firstFigure + HISTORY_FIGURES.length;

/** Today in the pane's own time zone as an Excel serial: overdue means before the manager's today. */
function localToday(): number {
  const now = new Date();
  return serialOfDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

/** A whole plan row of `sheet` (0-based row), as selectCell takes it. */
function planRow(sheet: string, row: number): string {
  return `${quoteSheetName(sheet)}!A${row + 1}:L${row + 1}`;
}

/**
 * The Tracking view (issue 11 item 6): the follow-up plan's due and overdue contacts per tier and per manager, with
 * what is done and the satisfaction entered so far, and the retention watchlist, each line a link to its rows. Read
 * back from the sheets as they are now (a manager's entries count as soon as they are typed), never written.
 */
export function TrackingView({ gateway, runLog, model, today, onSelectCell }: {
  gateway: WorkbookGateway;
  runLog: StoredRunLog;
  model: TierModel;
  /** Excel serial of the day overdue is counted against; default the pane's today. */
  today?: number;
  onSelectCell: (sheetName: string, address: string) => void;
}): JSX.Element | null {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [read, setRead] = useState<{ sheets: readonly (StoredSheet | undefined)[] } | 'failed' | undefined>(undefined);
  const canRead = gateway.readTierBookSheet !== undefined;

  // The sheets are read when the run log changes (a run, a reopened workbook), not on every model edit: a weight
  // slider changes `model` at each step, and only the tiers' order below depends on it.
  useEffect(() => {
    let live = true;
    setRead(undefined);
    if (gateway.readTierBookSheet) {
      const readSheet = gateway.readTierBookSheet.bind(gateway);
      Promise.all([readSheet(FOLLOW_UP_SHEET_KEY, PLAN_COLUMNS), readSheet(WATCHLIST_SHEET_KEY, WATCH_COLUMNS), readSheet(EFFECT_HISTORY_SHEET_KEY, HISTORY_COLUMNS)])
        .then((sheets) => { if (live) setRead({ sheets }); }, () => { if (live) setRead('failed'); });
    }
    return () => { live = false; };
  }, [gateway, runLog]);

  const overview = useMemo(() => {
    if (typeof read !== 'object') return undefined;
    const [planSheet, watchSheet, historySheet] = read.sheets;
    return trackingOverview(planSheet?.rows, watchSheet?.rows, model, today ?? localToday(), historySheet?.rows);
  }, [read, model, today]);

  if (!canRead) return null;
  if (read === 'failed') return <Text className={styles.wrap}>{s.trackingUnreadable}</Text>;
  if (read === undefined || overview === undefined) return <Spinner size="tiny" />;
  const plan = read.sheets[0]?.sheetName;
  const watch = read.sheets[1]?.sheetName;
  if (plan === undefined && watch === undefined) return null;

  const figures = (c: DueCounts): JSX.Element[] => [
    <TableCell key="overdue" className={styles.figure}>{formatCount(c.overdue, locale)}</TableCell>,
    <TableCell key="due" className={styles.figure}>{formatCount(c.due, locale)}</TableCell>,
    <TableCell key="done" className={styles.figure}>{formatCount(c.done, locale)}</TableCell>,
    <TableCell key="satisfaction" className={styles.figure}>{c.satisfaction === undefined ? '–' : formatNumber(Math.round(c.satisfaction * 10) / 10, locale)}</TableCell>,
  ];
  const header = (first: string): JSX.Element => (
    <TableHeader>
      <TableRow>
        <TableHeaderCell className={styles.nameColumn}>{first}</TableHeaderCell>
        {[s.trackingOverdue, s.trackingDue, s.trackingDone, s.trackingSatisfaction].map((label) => (
          <TableHeaderCell key={label} className={mergeClasses(styles.figure, styles.figureColumn)} button={{ className: styles.figureHeader }}>{label}</TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
  const rowLink = (label: string, row: number): JSX.Element =>
    plan === undefined ? <>{label}</> : <Link as="button" onClick={() => onSelectCell(plan, planRow(plan, row))}>{label}</Link>;

  return (
    <section className={styles.root} aria-label={s.trackingTitle}>
      <Text weight="semibold" as="h3">{s.trackingTitle}</Text>
      {plan === undefined || overview.planRows === 0 ? <Text className={styles.wrap}>{s.trackingNoPlan}</Text> : (
        <>
          <Text className={styles.wrap}>{s.trackingSummary(formatCount(overview.planRows, locale),
            formatCount(overview.tiers.reduce((n, t) => n + t.overdue, 0), locale), formatCount(overview.tiers.reduce((n, t) => n + t.done, 0), locale))}</Text>
          <Table size="extra-small" aria-label={s.trackingByTier}>
            {header(s.trackingTierHeader)}
            <TableBody>
              {overview.tiers.map((t) => (
                <TableRow key={t.tier}>
                  <TableCell className={styles.name}>{rowLink(t.tier, t.firstRow)}</TableCell>
                  {figures(t)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="extra-small" aria-label={s.trackingByManager}>
            {header(s.trackingManagerHeader)}
            <TableBody>
              {overview.managers.map((m) => (
                <TableRow key={m.manager ?? ''}>
                  <TableCell className={styles.name}>{rowLink(m.manager ?? s.trackingNoManager, m.firstRow)}</TableCell>
                  {figures(m)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {overview.trend.length === 0 ? null : (<>
        <Text weight="semibold" as="h3">{s.trackingTrendTitle}</Text>
        <Table size="extra-small" aria-label={s.trackingTrendTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.trackingTrendRun}</TableHeaderCell>
              <TableHeaderCell className={styles.figure} button={{ className: styles.figureHeader }}>{s.trackingTrendCompletion}</TableHeaderCell>
              <TableHeaderCell className={styles.figure} button={{ className: styles.figureHeader }}>{s.trackingSatisfaction}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.trend.map((t) => (
              <TableRow key={t.run}>
                <TableCell>{t.runDate === undefined ? t.run : isoDateOfSerial(t.runDate)}</TableCell>
                <TableCell className={styles.figure}>{t.completion === undefined ? '–' : `${formatNumber(Math.round(t.completion * 1000) / 10, locale)}%`}</TableCell>
                <TableCell className={styles.figure}>{t.satisfaction === undefined ? '–' : formatNumber(Math.round(t.satisfaction * 10) / 10, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>)}
      {watch === undefined ? null : (
        <>
          <Text weight="semibold" as="h3">{s.trackingWatchTitle(formatCount(overview.watchlist.length, locale))}</Text>
          {overview.watchlist.length === 0 ? <Text>{s.trackingWatchNone}</Text> : (
            <ul className={styles.list}>
              {overview.watchlist.slice(0, WATCH_SHOWN).map((w) => (
                <li key={`${w.id}:${w.row}`}>
                  <div className={styles.item}>
                    <Link as="button" onClick={() => onSelectCell(watch, `${quoteSheetName(watch)}!A${w.row + 1}:F${w.row + 1}`)}>
                      {w.name === '' ? w.id : `${w.id} ${w.name}`}
                    </Link>
                    <Text className={styles.wrap}>{s.trackingWatchLine(w.tier, w.reasons)}</Text>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {overview.watchlist.length > WATCH_SHOWN ? (
            <Link as="button" onClick={() => onSelectCell(watch, `${quoteSheetName(watch)}!A1`)}>{s.trackingWatchMore(formatCount(overview.watchlist.length - WATCH_SHOWN, locale))}</Link>
          ) : null}
        </>
      )}
    </section>
  );
}
