import {
  Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { LocalizedText, TieringResult } from '../../engine';
import { formatCount } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { BaselineKind } from '../state/paneState';
import type { ScenarioComparison } from '../../engine/migration';
import { whatIfClients } from '../pipeline/whatIfClients';
import { whatIfTable, type WhatIfHeading } from '../pipeline/whatIfTable';
import { WhatIfHeatMapChart } from './charts/lazyCharts';
import { WhatIfClientList } from './WhatIfClientList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // Stacked: at 320 px the radios and the pin button do not fit one line (the radios' labels ran under the button).
  bar: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  chart: { minWidth: 0 },
  // Up to 8 tiers plus "no tier" and "gone": the table scrolls inside itself rather than widening the pane.
  scroll: { overflowX: 'auto' },
  cell: { fontVariantNumeric: 'tabular-nums', minWidth: 0, paddingInline: 0 },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

/** How many clients the drill-down lists at most; the rest are counted. */
const CLIENT_LIST_LIMIT = 200;
/** The heat map's scale, from no clients to the fullest cell. */
const HEAT_COLOURS: readonly [string, string] = ['#deecf9', '#004578'];

/** What the what-if needs to list a cell's clients and select one in the sheet. */
export interface WhatIfDrill {
  readonly before: TieringResult;
  readonly after: TieringResult;
  readonly nameOf: (rowNumber: number) => string | undefined;
  readonly selectRow: (rowNumber: number) => void;
}

/**
 * How many clients the current sliders would move compared with the baseline, and from which tier to which: a heat
 * map and a table of counts; a cell clicked in either lists its clients.
 */
export function WhatIfView({ comparison, baseline, hasSaved, hasPinned, baselineError, canPin, onSelectBaseline, onPin, drill, tierLabel }: {
  comparison?: ScenarioComparison;
  baseline: BaselineKind;
  hasSaved: boolean;
  hasPinned: boolean;
  baselineError?: LocalizedText;
  canPin: boolean;
  onSelectBaseline: (baseline: BaselineKind) => void;
  onPin: () => void;
  drill?: WhatIfDrill;
  /** A tier's name in the pane's language (the model's label for it). */
  tierLabel?: (name: string) => string;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [selected, setSelected] = useState<{ row: WhatIfHeading; column: WhatIfHeading } | undefined>(undefined);
  const table = useMemo(() => (comparison ? whatIfTable(comparison.matrix) : undefined), [comparison]);
  const missingBaseline = !comparison && !baselineError && (baseline === 'saved' ? !hasSaved : !hasPinned);
  // A tier's name in the pane's language where the model has one (tier names are the model's keys).
  const tierLabels = new Map((drill?.after.model.tiers ?? []).map((t) => [t.name, t.label?.[locale] ?? t.name]));
  const label = (h: WhatIfHeading): string => {
    if (h.kind === 'tier') return tierLabel ? tierLabel(h.name) : tierLabels.get(h.name) ?? h.name;
    return h.kind === 'untiered' ? s.whatIfNoTier : h.kind === 'new' ? s.whatIfNew : s.whatIfGone;
  };
  const same = (a: WhatIfHeading, b: WhatIfHeading): boolean => a.kind === b.kind && (a.kind !== 'tier' || (b.kind === 'tier' && a.name === b.name));
  const isSelected = (row: WhatIfHeading, column: WhatIfHeading): boolean => selected !== undefined && same(selected.row, row) && same(selected.column, column);
  const listed = useMemo(
    () => (selected && drill ? whatIfClients(drill.before, drill.after, selected, CLIENT_LIST_LIMIT) : undefined),
    [selected, drill],
  );
  const choose = (row: WhatIfHeading, column: WhatIfHeading): void => setSelected(isSelected(row, column) ? undefined : { row, column });
  const cells = table ? table.rows.flatMap((row) => row.cells.map((cell, j) => ({
    row: label(row.heading), column: label(table.columns[j]), count: cell.count, text: formatCount(cell.count, locale),
    onClick: () => choose(row.heading, table.columns[j]),
  }))) : [];
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
          <div className={styles.chart}>
            <WhatIfHeatMapChart
              cells={cells} title={s.whatIfTitle} legend={s.heatmapLegend} colours={HEAT_COLOURS} culture={locale}
              rowOrder={table.rows.map((row) => label(row.heading))} columnOrder={table.columns.map(label)}
            />
          </div>
          <div className={styles.scroll}>
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
                    {row.cells.map((cell, j) => {
                      const column = table.columns[j];
                      const text = formatCount(cell.count, locale);
                      const className = mergeClasses(styles.cell, cell.changed && cell.count > 0 && styles.changed);
                      return (
                        <TableCell key={j} className={className}>
                          {cell.count > 0 && drill ? (
                            <Button
                              size="small" appearance="transparent" className={mergeClasses(className, isSelected(row.heading, column) && styles.selected)}
                              aria-pressed={isSelected(row.heading, column)} aria-label={s.whatIfCellButton(label(row.heading), label(column), text)}
                              onClick={() => choose(row.heading, column)}
                            >{text}</Button>
                          ) : text}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Text size={200}>{drill ? `${s.whatIfCellHint} ${s.whatIfNothingWritten}` : s.whatIfNothingWritten}</Text>
          {selected && listed && drill ? (
            <WhatIfClientList
              title={s.whatIfClientsTitle(label(selected.row), label(selected.column), formatCount(listed.total, locale))}
              clients={listed.clients} total={listed.total} nameOf={drill.nameOf} onSelectRow={drill.selectRow}
              onClose={() => setSelected(undefined)}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
