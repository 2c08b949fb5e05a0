import { Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatCount, formatNumber } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { WhatIfClient } from '../pipeline/whatIfClients';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // The pane is 320–350 px: the table scrolls inside itself rather than widening the pane.
  scroll: { overflowX: 'auto', maxHeight: '240px', overflowY: 'auto' },
  table: { tableLayout: 'auto' },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
});

/** The clients of one what-if cell: id, name, score before and after, and a link that selects the client's row. */
export function WhatIfClientList({ title, clients, total, nameOf, onSelectRow, onClose }: {
  title: string;
  clients: readonly WhatIfClient[];
  total: number;
  nameOf: (rowNumber: number) => string | undefined;
  onSelectRow: (rowNumber: number) => void;
  onClose: () => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const score = (value: number): string => (Number.isFinite(value) ? formatNumber(value, locale) : '—');
  return (
    <section className={styles.root} aria-label={title}>
      <div className={styles.head}>
        <Text weight="semibold">{title}</Text>
        <Button size="small" appearance="subtle" onClick={onClose}>{s.whatIfCloseClients}</Button>
      </div>
      {clients.length < total ? <Text size={200}>{s.whatIfClientsShown(formatCount(clients.length, locale), formatCount(total, locale))}</Text> : null}
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={title} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.whatIfClientId}</TableHeaderCell>
              <TableHeaderCell>{s.whatIfClientName}</TableHeaderCell>
              <TableHeaderCell>{s.whatIfScoreBefore}</TableHeaderCell>
              <TableHeaderCell>{s.whatIfScoreAfter}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {clients.map((client) => (
              <TableRow key={`${client.id}:${client.rowNumber ?? ''}`}>
                <TableCell>
                  {client.rowNumber !== undefined ? (
                    <Link as="button" aria-label={s.whatIfSelectRow(client.id)} onClick={() => onSelectRow(client.rowNumber as number)}>{client.id}</Link>
                  ) : client.id}
                </TableCell>
                <TableCell>{client.rowNumber !== undefined ? nameOf(client.rowNumber) ?? '' : ''}</TableCell>
                <TableCell className={styles.number}>{score(client.scoreBefore)}</TableCell>
                <TableCell className={styles.number}>{score(client.scoreAfter)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
