import {
  Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import type { DataProblem } from '../../engine';
import { formatCount } from '../format';
import type { TextKey } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import { DATA_PROBLEMS, type DataQuality, type ProblemCell } from '../pipeline/dataQuality';

const useStyles = makeStyles({
  counts: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  figure: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

const PROBLEM_LABEL: Record<DataProblem, TextKey> = {
  invalid_number: 'problemInvalidNumber', missing_value: 'problemMissingValue', unknown_category: 'problemUnknownCategory',
  duplicate_id: 'problemDuplicateId', text_number: 'problemTextNumber', hidden_row: 'problemHiddenRow',
};

/** Counts per problem type, then the first problems with their cells; an address selects its cell in Excel. */
export function DataQualityPanel({ quality, notTiered, onGoTo }: {
  quality: DataQuality;
  notTiered?: number;
  onGoTo: (cell: ProblemCell) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const counts: [string, number][] = [[s.qualityClients, quality.clients], [s.qualityExcluded, quality.excludedRows]];
  if (notTiered !== undefined) counts.push([s.qualityNotTiered, notTiered]);
  for (const problem of DATA_PROBLEMS) {
    if (quality.byProblem[problem] > 0) counts.push([s[PROBLEM_LABEL[problem]], quality.byProblem[problem]]);
  }
  return (
    <div>
      <div className={styles.counts}>
        {counts.map(([label, value]) => (
          <Fragment key={label}>
            <Text>{label}</Text>
            <Text className={styles.figure}>{formatCount(value, locale)}</Text>
          </Fragment>
        ))}
      </div>
      {quality.totalProblems === 0 ? <Text>{s.noProblems}</Text> : (
        <>
          <Text size={200}>{s.problemsShown(formatCount(quality.listed.length, locale), formatCount(quality.totalProblems, locale))}</Text>
          <Table size="small" aria-label={s.qualityTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.problemCell}</TableHeaderCell>
                <TableHeaderCell>{s.problemText}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {quality.listed.map((cell, i) => (
                <TableRow key={`${cell.fullAddress}:${i}`}>
                  <TableCell>
                    <Link as="button" aria-label={s.goToCell(cell.fullAddress)} onClick={() => onGoTo(cell)}>{cell.fullAddress}</Link>
                  </TableCell>
                  <TableCell>{cell.message[locale]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
