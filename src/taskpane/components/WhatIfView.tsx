import {
  Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { LocalizedText } from '../../engine';
import { formatCount } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { BaselineKind } from '../state/paneState';
import type { ScenarioComparison } from '../../engine/migration';
import { whatIfTable, type WhatIfHeading } from '../pipeline/whatIfTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Stacked: at 320 px the radios and the pin button do not fit one line (the radios' labels ran under the button).
  bar: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  cell: { fontVariantNumeric: 'tabular-nums' },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** How many clients the current sliders would move compared with the baseline, and from which tier to which. */
export function WhatIfView({ comparison, baseline, hasSaved, hasPinned, baselineError, canPin, onSelectBaseline, onPin, tierLabel = (name) => name }: {
  comparison?: ScenarioComparison;
  baseline: BaselineKind;
  hasSaved: boolean;
  hasPinned: boolean;
  baselineError?: LocalizedText;
  canPin: boolean;
  onSelectBaseline: (baseline: BaselineKind) => void;
  onPin: () => void;
  /** A tier's name in the pane's language (the model's label for it). */
  tierLabel?: (name: string) => string;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const table = comparison ? whatIfTable(comparison.matrix) : undefined;
  const missingBaseline = !comparison && !baselineError && (baseline === 'saved' ? !hasSaved : !hasPinned);
  const label = (h: WhatIfHeading): string => {
    if (h.kind === 'tier') return tierLabel(h.name);
    return h.kind === 'untiered' ? s.whatIfNoTier : h.kind === 'new' ? s.whatIfNew : s.whatIfGone;
  };
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={s.compareWith}>
          <RadioGroup value={baseline} onChange={(_, data) => onSelectBaseline(data.value as BaselineKind)}>
            <Radio value="saved" label={s.compareSaved} disabled={!hasSaved} />
            <Radio value="pinned" label={s.comparePinned} />
          </RadioGroup>
        </Field>
        <Button size="small" disabled={!canPin} onClick={onPin}>{s.pinCurrent}</Button>
      </div>
      {baselineError ? <MessageBar intent="warning" layout="multiline"><MessageBarBody>{baselineError[locale]}</MessageBarBody></MessageBar> : null}
      {missingBaseline ? <Text size={200}>{s.whatIfNoBaseline}</Text> : null}
      {table ? (
        <>
          <Table size="extra-small" aria-label={s.whatIfTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.whatIfCorner}</TableHeaderCell>
                {table.columns.map((c, j) => <TableHeaderCell key={j}>{label(c)}</TableHeaderCell>)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, i) => (
                <TableRow key={i}>
                  <TableCell>{label(row.heading)}</TableCell>
                  {row.cells.map((cell, j) => (
                    <TableCell key={j} className={cell.changed && cell.count > 0 ? styles.changed : styles.cell}>{formatCount(cell.count, locale)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text size={200}>{s.whatIfNothingWritten}</Text>
        </>
      ) : null}
    </div>
  );
}
