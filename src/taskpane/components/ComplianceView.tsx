import {
  Button, Link, Spinner, Table, mergeClasses, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import {
  FINDING_ARTICLES, FINDING_KINDS, FINDING_LABELS, cellText, complianceCountsOfRows, findingRowsOfKind, quoteSheetName,
  type CellValue, type ComplianceCounts, type SheetLayout, type TierModel,
} from '../../engine';
import type { AddinOutputChoices } from '../../engine/plan/composeOutputPlan';
import { sheetOfKey, type ClientTableSource, type StoredRunLog, type WorkbookGateway } from '../../excel/workbookGateway';
import { formatCount } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { RowChunk } from '../pipeline/rowChunks';
import type { PaneVerifyOutcome } from '../pipeline/verifyRun';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, width: '100%', minWidth: 0 },
  figure: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
  // The link on its own box, the text beside it or below: inline text wrapping around a link overlaps its box.
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  // The kind's label is the long one; count and article take what they need (a 320 px pane squeezed it to 3 words a line).
  kindColumn: { width: '56%' },
  countColumn: { width: '16%' },
  articleColumn: { width: '28%' },
});

/** Rows of the 合规检查 sheet that hold the counts (title, settings, blank, header, one row per kind). */
const COUNT_ROWS = 4 + FINDING_KINDS.length;

const show = (v: CellValue): string => (v === null || v === '' ? '∅' : cellText(v));

/**
 * The last run's compliance findings by kind, each a link that selects its rows in the 合规检查 sheet, and the button
 * that checks the last run as `tierbook verify` does (the check's code loads on click).
 */
export function ComplianceView({ gateway, runLog, source, chunks, layout, model, choices, onSelectCell, onShowSheet }: {
  gateway: WorkbookGateway;
  runLog: StoredRunLog;
  source?: ClientTableSource;
  chunks?: readonly RowChunk[];
  layout?: SheetLayout;
  model: TierModel;
  choices: AddinOutputChoices;
  onSelectCell: (sheetName: string, address: string) => void;
  onShowSheet: (sheetName: string) => void;
}): JSX.Element | null {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const sheet = sheetOfKey(runLog, 'compliance');
  const [counts, setCounts] = useState<ComplianceCounts | undefined>(undefined);
  const [verifying, setVerifying] = useState(false);
  const [outcome, setOutcome] = useState<PaneVerifyOutcome | 'unavailable' | 'noData' | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setCounts(undefined);
    if (sheet && gateway.readSheetBlock) {
      gateway.readSheetBlock(sheet, 0, COUNT_ROWS, 4).then((rows) => { if (live) setCounts(complianceCountsOfRows(rows)); }, () => undefined);
    }
    return () => { live = false; };
  }, [gateway, sheet, runLog]);

  // The check runs in pieces between the pane's other work; leaving the view stops it at the next piece.
  const verifyAbort = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => verifyAbort.current?.abort(), []);

  const verify = async (): Promise<void> => {
    if (!source || !chunks || !layout) { setOutcome('noData'); return; }
    const abort = new AbortController();
    verifyAbort.current = abort;
    setVerifying(true);
    try {
      const { verifyLastRun } = await import(/* webpackChunkName: "verify-run" */ '../pipeline/verifyRun');
      const outcome = await verifyLastRun({ gateway, source, chunks, layout, model, choices, logRows: runLog.rows }, { signal: abort.signal });
      if (!abort.signal.aborted) setOutcome(outcome ?? 'unavailable');
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      if (!abort.signal.aborted) setVerifying(false);
    }
  };

  const found = counts ? FINDING_KINDS.filter((k) => (counts[k] ?? 0) > 0) : [];
  return (
    <section className={styles.root} aria-label={s.complianceTitle}>
      {sheet ? (
        <>
          <Text weight="semibold" as="h3">{s.complianceTitle}</Text>
          {counts === undefined ? <Spinner size="tiny" /> : found.length === 0 ? <Text>{s.complianceNone}</Text> : (
            <Table size="extra-small" aria-label={s.complianceTitle}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.kindColumn}>{s.complianceKindHeader}</TableHeaderCell>
                  <TableHeaderCell className={mergeClasses(styles.figure, styles.countColumn)}>{s.complianceCountHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.articleColumn}>{s.complianceArticleHeader}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {found.map((kind) => {
                  const rows = findingRowsOfKind(counts ?? {}, kind);
                  return (
                    <TableRow key={kind}>
                      <TableCell className={styles.wrap}>
                        {rows ? <Link as="button" onClick={() => onSelectCell(sheet, `${quoteSheetName(sheet)}!A${rows.first}:K${rows.last}`)}>{FINDING_LABELS[kind][locale]}</Link> : FINDING_LABELS[kind][locale]}
                      </TableCell>
                      <TableCell className={styles.figure}>{formatCount(counts?.[kind] ?? 0, locale)}</TableCell>
                      <TableCell>{FINDING_ARTICLES[kind][locale]}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <Link as="button" onClick={() => onShowSheet(sheet)}>{s.complianceOpenSheet}</Link>
        </>
      ) : null}
      <Button appearance="secondary" disabled={verifying} onClick={() => { void verify(); }}>{verifying ? s.verifyBusy : s.verifyButton}</Button>
      {outcome === 'unavailable' ? <Text className={styles.wrap}>{s.verifyUnavailable}</Text> : null}
      {outcome === 'noData' ? <Text className={styles.wrap}>{s.verifyNeedsData}</Text> : null}
      {typeof outcome === 'object' ? (
        <div role="status" className={styles.root}>
          <Text className={styles.wrap} weight="semibold">
            {outcome.match ? s.verifyMatch(formatCount(outcome.checked, locale)) : s.verifyMismatch(formatCount(outcome.count, locale))}
          </Text>
          {outcome.dataHashMatches ? null : <Text className={styles.wrap}>{s.verifyHashData}</Text>}
          {outcome.modelHashMatches ? null : <Text className={styles.wrap}>{s.verifyHashModel}</Text>}
          {outcome.differences.length > 0 ? (
            <ul className={styles.list}>
              {outcome.differences.map((d) => (
                <li key={d.address}>
                  <div className={styles.item}>
                    <Link as="button" onClick={() => onSelectCell(d.sheet, d.address)}>{d.address}</Link>
                    <Text className={styles.wrap}>{s.verifyCell(d.header, show(d.stored), show(d.expected))}</Text>
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
