import { Checkbox, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { cellAddress, usesQuotaTiers, type ClientTable, type OutputMode, type RunCheck, type RunCheckKind, type TierModel } from '../../engine';
import { formatCount, formatShare } from '../format';
import type { TextKey } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import type { RunPreview } from '../hooks/useRunPreview';
import { DATA_PROBLEMS } from '../pipeline/dataQuality';
import type { DataProblem } from '../../engine';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, width: '100%', minWidth: 0 },
  pairs: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  figure: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  cells: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: 'anywhere' },
});

export const CHECK_LABEL: Record<RunCheckKind, TextKey> = {
  text_column: 'runCheckTextColumn', unreadable_numbers: 'runCheckUnreadable', no_variation: 'runCheckNoVariation', outliers: 'runCheckOutliers',
};

export const PROBLEM_LABEL: Record<DataProblem, TextKey> = {
  invalid_number: 'problemInvalidNumber', missing_value: 'problemMissingValue', unknown_category: 'problemUnknownCategory',
  duplicate_id: 'problemDuplicateId', text_number: 'problemTextNumber', hidden_row: 'problemHiddenRow',
};

const MODE_LABEL: Record<OutputMode, TextKey> = { live: 'runModeLive', values: 'runModeValues', portable: 'runModePortable' };

/** Cells shown per check; the rest are counted. */
const SHOWN_CELLS = 10;

/** One check: its message, and its first cells as links that select them. */
function CheckItem({ check, columnOffset, onSelectCell }: { check: RunCheck; columnOffset: number; onSelectCell: (sheetName: string, address: string) => void }): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const shown = check.cells.slice(0, SHOWN_CELLS);
  return (
    <li>
      <Text weight="semibold">{s[CHECK_LABEL[check.kind]]}</Text>{' '}
      <Text>{check.message[locale]}</Text>
      {shown.length > 0 ? (
        <div className={styles.cells}>
          <Text size={200}>{s.runCheckCells(formatCount(check.count, locale))}</Text>
          {shown.map((cell) => {
            const address = cellAddress(cell.row - 1, columnOffset + cell.columnIndex);
            return (
              <Link key={`${cell.row}:${cell.columnIndex}`} as="button" onClick={() => onSelectCell(cell.sheet, address)}>
                {`${address} = ${cell.value}`}
              </Link>
            );
          })}
          {check.count > shown.length ? <Text size={200}>{s.runCheckMore(formatCount(check.count - shown.length, locale))}</Text> : null}
        </div>
      ) : null}
    </li>
  );
}

/** Before a run: the sheet and clients, data problems and checks, weights, tier method, output mode, and what will be written. */
export function RunSummary({ sheetName, columnOffset, table, model, mode, preview, confirmed, onConfirm, onSelectCell }: {
  sheetName: string;
  /** 0-based sheet column of the client block's first column, to address cells. */
  columnOffset: number;
  table: ClientTable;
  model: TierModel;
  mode: OutputMode;
  preview: RunPreview;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  onSelectCell: (sheetName: string, address: string) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const byProblem = new Map<DataProblem, number>();
  for (const issue of table.issues) byProblem.set(issue.problem, (byProblem.get(issue.problem) ?? 0) + 1);
  const problems = DATA_PROBLEMS.filter((p) => (byProblem.get(p) ?? 0) > 0);
  const errors = preview.checks.filter((c) => c.severity === 'error');
  const warnings = preview.checks.filter((c) => c.severity === 'warning');
  const weightTotal = model.factors.reduce((a, f) => a + f.weight, 0);
  const list = (items: readonly string[]): string => items.join(s.listSeparator);
  const outline = preview.outline;
  const appendedName = (name: string, appended: boolean): string => (appended ? s.runWillAppend(name) : name);
  return (
    <section className={styles.root} aria-label={s.runSummaryTitle}>
      <Text weight="semibold" as="h2">{s.runSummaryTitle}</Text>
      <Text className={styles.wrap}>{s.runSheetLine(sheetName, formatCount(table.size, locale))}</Text>

      <Text weight="semibold" as="h3">{s.runProblemsTitle}</Text>
      {problems.length === 0 ? <Text>{s.runNoProblems}</Text> : (
        <div className={styles.pairs}>
          {problems.map((p) => (
            <Fragment key={p}><Text>{s[PROBLEM_LABEL[p]]}</Text><Text className={styles.figure}>{formatCount(byProblem.get(p) ?? 0, locale)}</Text></Fragment>
          ))}
        </div>
      )}

      <Text weight="semibold" as="h3">{s.runChecksTitle}</Text>
      {preview.checks.length === 0 ? <Text>{s.runChecksNone}</Text> : null}
      {errors.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.runBlocked}</MessageBarTitle>
            <ul className={styles.list}>{errors.map((c) => <CheckItem key={`${c.kind}:${c.factor}`} check={c} columnOffset={columnOffset} onSelectCell={onSelectCell} />)}</ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {errors.length > 0 ? <Checkbox checked={confirmed} label={s.runConfirm} onChange={(_, data) => onConfirm(data.checked === true)} /> : null}
      {warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>{warnings.map((c) => <CheckItem key={`${c.kind}:${c.factor}`} check={c} columnOffset={columnOffset} onSelectCell={onSelectCell} />)}</ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <Text weight="semibold" as="h3">{s.runWeightsTitle}</Text>
      <div className={styles.pairs}>
        {model.factors.map((f) => (
          <Fragment key={f.key}>
            <Text className={styles.wrap}>{f.label?.[locale] ?? f.key}</Text>
            <Text className={styles.figure}>{formatShare(weightTotal > 0 ? f.weight / weightTotal : 0, locale)}</Text>
          </Fragment>
        ))}
        <Text>{s.runTierMethod}</Text>
        <Text className={styles.figure}>{(usesQuotaTiers(model) ? s.runMethodQuotas : s.runMethodThresholds)(formatCount(model.tiers.length, locale))}</Text>
        <Text>{s.runOutputMode}</Text>
        <Text className={styles.figure}>{s[MODE_LABEL[mode]]}</Text>
      </div>

      <Text weight="semibold" as="h3">{s.runWillWrite}</Text>
      {outline ? (
        <ul className={styles.list}>
          <li><Text>{s.runWillWriteColumns(outline.sourceSheet, list(outline.columns))}</Text></li>
          <li><Text>{s.runWillWriteSheets(list(outline.sheets.map((sheet) => appendedName(sheet.name, sheet.appended))))}</Text></li>
          {outline.pivots.length > 0 ? <li><Text>{s.runWillWritePivots(list(outline.pivots))}</Text></li> : null}
          {outline.charts.length > 0 ? <li><Text>{s.runWillWriteCharts(list(outline.charts))}</Text></li> : null}
        </ul>
      ) : preview.error ? <Text className={styles.wrap}>{`${s.runPreviewUnavailable} ${preview.error[locale]}`}</Text> : null}
    </section>
  );
}
