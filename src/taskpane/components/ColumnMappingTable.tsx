import {
  Badge, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from '@fluentui/react-components';
import type { CellValue } from '../../engine';
import { useLocale, useStrings } from '../localeContext';
import { headerChoices, type ColumnMappingRow } from '../pipeline/columnMapping';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  // Two columns down to 320 px: the field with how it matched under it, then the column's dropdown.
  field: { width: '42%' },
  fieldCell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
});

function howMatched(row: ColumnMappingRow, s: Strings): { text: string; color: 'success' | 'informative' | 'warning' | 'danger' } {
  if (!row.match) return { text: s.matchNone, color: row.required ? 'danger' : 'warning' };
  if (row.chosen) return { text: s.matchChosen, color: 'informative' };
  if (row.match.kind === 'exact') return { text: s.matchExact, color: 'success' };
  return { text: row.match.kind === 'unit' ? s.matchUnit : s.matchAlias, color: 'informative' };
}

/** For the id and each factor: the header it reads, changeable, and how it was matched. */
export function ColumnMappingTable({ rows, headers, onChoose }: {
  rows: readonly ColumnMappingRow[];
  headers: readonly CellValue[];
  onChoose: (key: string, header: string) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const choices = headerChoices(headers);
  return (
    <Table size="small" aria-label={s.mappingTitle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.field}>{s.mappingField}</TableHeaderCell>
          <TableHeaderCell>{s.mappingColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const label = row.key === 'id' ? s.clientIdField : row.label[locale];
          const how = howMatched(row, s);
          const selected = row.match?.header;
          return (
            <TableRow key={row.key}>
              <TableCell>
                <div className={styles.fieldCell}>
                  <span>{label}</span>
                  <Badge appearance="tint" color={how.color}>{how.text}</Badge>
                </div>
              </TableCell>
              <TableCell>
                <Dropdown
                  className={styles.dropdown}
                  aria-label={label}
                  placeholder={row.wanted}
                  value={selected ?? (row.required ? '' : s.noIdColumn)}
                  selectedOptions={selected !== undefined ? [selected] : []}
                  onOptionSelect={(_, data) => { if (data.optionValue !== undefined) onChoose(row.key, data.optionValue); }}
                >
                  {choices.map((header) => <Option key={header} value={header}>{header}</Option>)}
                </Dropdown>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
