import { Button, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../localeContext';

const useStyles = makeStyles({ score: { width: '90px' } });

/** What the user is typing: scores stay text until they parse, so "8" on the way to "85" is not lost. */
interface CategoryRow {
  readonly label: string;
  readonly score: string;
}

function rowsOf(categories: Readonly<Record<string, number>>): CategoryRow[] {
  return Object.entries(categories).map(([label, score]) => ({ label, score: Number.isFinite(score) ? String(score) : '' }));
}

/** The map the rows stand for; an unreadable score stays NaN so that validation names it. */
function categoriesOf(rows: readonly CategoryRow[]): Record<string, number> {
  const map: Record<string, number> = {};
  for (const row of rows) map[row.label] = row.score.trim() === '' ? NaN : Number(row.score);
  return map;
}

function sameCategories(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && Object.is(a[k], b[k]));
}

/** A category factor's label → score map as a small editable table. */
export function CategoryMapEditor({ categories, problem, onChange }: {
  categories: Readonly<Record<string, number>>;
  problem?: string;
  onChange: (categories: Record<string, number>) => void;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [rows, setRows] = useState<CategoryRow[]>(() => rowsOf(categories));
  // The model changed elsewhere (model sheet, import): start again from it.
  if (!sameCategories(categoriesOf(rows), categories)) setRows(rowsOf(categories));
  const update = (next: CategoryRow[]): void => {
    setRows(next);
    onChange(categoriesOf(next));
  };
  const edit = (index: number, change: Partial<CategoryRow>): void => update(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <Field label={s.categoriesTitle} validationMessage={problem}>
      <Table size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.categoryLabel}</TableHeaderCell>
            <TableHeaderCell>{s.categoryScore}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              <TableCell><Input size="small" aria-label={s.categoryLabel} value={row.label} onChange={(_, d) => edit(i, { label: d.value })} /></TableCell>
              <TableCell>
                <Input size="small" className={styles.score} type="number" min={0} max={100} aria-label={`${s.categoryScore} ${row.label}`}
                  value={row.score} onChange={(_, d) => edit(i, { score: d.value })} />
              </TableCell>
              <TableCell>
                <Button size="small" appearance="subtle" aria-label={s.removeCategory} onClick={() => update(rows.filter((_, j) => j !== i))}>✕</Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button size="small" onClick={() => update([...rows, { label: '', score: '' }])}>{s.addCategory}</Button>
    </Field>
  );
}
