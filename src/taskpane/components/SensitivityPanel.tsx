import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  boundaryClients, DEFAULT_BOUNDARY_MARGIN, DEFAULT_UPGRADE_OPTIONS, SENSITIVITY_DELTAS, upgradePotential, weightSensitivity,
  type TieringResult,
} from '../../engine';
import { formatCount, formatNumber } from '../format';
import { useLocale, useStrings } from '../localeContext';
import { factorName } from './FactorEditor';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // Five numbers and a factor name: the table scrolls inside itself at 320 px rather than widening the pane.
  // Auto layout: the factor column takes what the numbers leave (Fluent's fixed layout split it evenly, so a long
  // factor name ran into the weight beside it).
  scroll: { overflowX: 'auto', minWidth: 0, '& table': { tableLayout: 'auto', width: '100%' } },
  cell: { minWidth: 0, paddingInline: tokens.spacingHorizontalXXS },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', paddingInline: tokens.spacingHorizontalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const SECTION = 'sensitivity';

/** What the panel shows, computed only while it is open: one reweigh per factor and move, the boundary and the upgrades. */
function useSensitivity(result: TieringResult, open: boolean) {
  return useMemo(() => {
    if (!open) return undefined;
    return {
      rows: weightSensitivity(result.factorScores, result.model),
      boundary: boundaryClients(result.scores, result.tierCutoffs, DEFAULT_BOUNDARY_MARGIN),
      upgrades: upgradePotential(result, DEFAULT_UPGRADE_OPTIONS).length,
    };
  }, [result, open]);
}

/**
 * The Model tab's collapsed sensitivity section (issue 12 item 5): per factor, the clients whose tier changes when its
 * weight moves ±5 or ±10 points, the clients within a point of a cutoff, and how many are within reach of the next
 * tier. The same figures as the 敏感性分析 and 升级潜力 sheets, for the model on the sliders now.
 */
export function SensitivityPanel({ result }: { result: TieringResult }): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const figures = useSensitivity(result, open);
  const signed = (d: number): string => (d > 0 ? `+${d}` : `${d}`);
  const tierName = (k: number): string => { const t = result.model.tiers[k]; return t.label?.[locale] ?? t.name; };
  return (
    <Accordion collapsible openItems={open ? [SECTION] : []} onToggle={(_, data) => setOpen(data.openItems.map(String).includes(SECTION))}>
      <AccordionItem value={SECTION}>
        <AccordionHeader size="small">{s.sensitivityTitle}</AccordionHeader>
        <AccordionPanel>
          {figures ? (
            <div className={styles.body}>
              <Text size={200}>{s.sensitivityIntro}</Text>
              <div className={styles.scroll} role="region" aria-label={s.sensitivityTitle} tabIndex={0}>
                <Table size="extra-small" aria-label={s.sensitivityIntro}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.cell}>{s.sensitivityFactor}</TableHeaderCell>
                      <TableHeaderCell className={styles.number}>{s.sensitivityWeight}</TableHeaderCell>
                      {SENSITIVITY_DELTAS.map((d) => <TableHeaderCell key={d} className={styles.number}>{signed(d)}</TableHeaderCell>)}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {figures.rows.map((row) => (
                      <TableRow key={row.factor}>
                        <TableCell className={styles.cell}>{factorName(result.model.factors[row.factor], locale)}</TableCell>
                        <TableCell className={styles.number}>{formatNumber(Math.round(row.share * 10) / 10, locale)}</TableCell>
                        {row.changed.map((c, k) => <TableCell key={k} className={styles.number}>{c === undefined ? '—' : formatCount(c, locale)}</TableCell>)}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <Text size={200} weight="semibold">{s.boundaryLine(formatNumber(DEFAULT_BOUNDARY_MARGIN, locale), formatCount(figures.boundary.clients.length, locale))}</Text>
              <ul className={styles.list}>
                {figures.boundary.counts.map((c) => (
                  <li key={c.tier}><Text size={200}>{s.boundaryCutoff(tierName(c.tier), formatNumber(c.cutoff, locale), formatCount(c.below, locale), formatCount(c.above, locale))}</Text></li>
                ))}
              </ul>
              <Text size={200}>{s.upgradeReach(formatCount(figures.upgrades, locale))}</Text>
              <Text size={200}>{s.analysisSheetsHint}</Text>
            </div>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
