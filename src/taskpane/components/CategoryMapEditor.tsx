import { Button, Input, Label, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef, useState, type FocusEvent } from 'react';
import type { ModelProblem, TierModel } from '../../engine';
import { useLocale, useStrings } from '../localeContext';
import { fieldId, problemMessage } from '../pipeline/modelProblems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // Label, score, ✕: the label takes what is left down to 320 px.
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  head: { color: tokens.colorNeutralForeground3 },
  input: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  inner: { minWidth: 0, width: '100%' },
  error: { gridColumn: '1 / -1', color: tokens.colorPaletteRedForeground1 },
});

/** What the user is typing: scores stay text until they parse, so "8" on the way to "85" is not lost. */
interface CategoryRow {
  /** Stable across removals, for React keys and for which rows the user has left. */
  readonly id: number;
  readonly label: string;
  readonly score: string;
}

/**
 * The map the rows stand for. A row without a label is still being filled in: it is left out (so a new row is not
 * an error at once) and marked on its own once the user leaves it. An unreadable score stays NaN so that
 * validation names it.
 */
function categoriesOf(rows: readonly CategoryRow[]): Record<string, number> {
  const map: Record<string, number> = {};
  for (const row of rows) {
    if (row.label.trim() === '') continue;
    map[row.label] = row.score.trim() === '' ? NaN : Number(row.score);
  }
  return map;
}

function sameCategories(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && Object.is(a[k], b[k]));
}

/** A category factor's label → score map, one row per category, each row's controls named with the row. */
export function CategoryMapEditor({ factorName, path, categories, problems, model, onChange }: {
  factorName: string;
  /** The model path of this map, e.g. factors[3].categories. */
  path: string;
  categories: Readonly<Record<string, number>>;
  problems: readonly ModelProblem[];
  model: TierModel;
  onChange: (categories: Record<string, number>) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const nextId = useRef(0);
  const rowsOf = (map: Readonly<Record<string, number>>): CategoryRow[] =>
    Object.entries(map).map(([label, score]) => ({ id: nextId.current++, label, score: Number.isFinite(score) ? String(score) : '' }));
  const [rows, setRows] = useState<CategoryRow[]>(() => rowsOf(categories));
  const [left, setLeft] = useState<ReadonlySet<number>>(() => new Set());
  // The model changed elsewhere (model sheet, import): start again from it.
  if (!sameCategories(categoriesOf(rows), categories)) setRows(rowsOf(categories));
  const update = (next: CategoryRow[]): void => {
    setRows(next);
    const map = categoriesOf(next);
    if (!sameCategories(map, categories)) onChange(map);
  };
  const edit = (id: number, change: Partial<CategoryRow>): void => update(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  // Focus leaving the row (not moving between its own inputs) is when an unfinished row becomes a mistake.
  const leave = (id: number) => (event: FocusEvent<HTMLDivElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setLeft((set) => new Set(set).add(id));
  };
  const whole = problemMessage(problems, path, model, s, locale);
  const titleId = useId('categories');
  return (
    <div className={styles.root} role="group" aria-labelledby={titleId}>
        <Label id={titleId}>{s.control(factorName, s.categoriesTitle)}</Label>
        {rows.length > 0 ? (
          <div className={styles.row} aria-hidden="true">
            <Text size={200} className={styles.head}>{s.categoryLabel}</Text>
            <Text size={200} className={styles.head}>{s.categoryScore}</Text>
          </div>
        ) : null}
        {rows.map((row, i) => {
          const shown = row.label.trim() === '' ? s.categoryNumbered(String(i + 1)) : row.label;
          const unfinished = row.label.trim() === '' && left.has(row.id) ? (row.score.trim() === '' ? s.categoryRowEmpty : s.categoryNeedsLabel) : undefined;
          const problem = unfinished ?? (row.label.trim() === '' ? undefined : problemMessage(problems, `${path}.${row.label}`, model, s, locale));
          const errorId = `${fieldId(path)}-error-${row.id}`;
          return (
            <div key={row.id} className={styles.row} onBlur={leave(row.id)}>
              <Input size="small" className={styles.input} input={{ className: styles.inner }} aria-label={s.categoryLabelOf(factorName, String(i + 1))} value={row.label}
                aria-invalid={unfinished !== undefined} aria-describedby={unfinished ? errorId : undefined}
                onChange={(_, d) => edit(row.id, { label: d.value })} />
              <Input size="small" className={styles.input} input={{ className: styles.inner }} type="number" min={0} max={100} id={row.label ? fieldId(`${path}.${row.label}`) : undefined}
                aria-label={s.categoryScoreOf(factorName, shown)} aria-invalid={problem !== undefined && unfinished === undefined}
                aria-describedby={problem ? errorId : undefined}
                value={row.score} onChange={(_, d) => edit(row.id, { score: d.value })} />
              <Button size="small" appearance="subtle" icon={<span aria-hidden="true">✕</span>} aria-label={s.removeCategoryOf(factorName, shown)}
                onClick={() => update(rows.filter((r) => r.id !== row.id))} />
              {problem ? <Text id={errorId} size={200} className={styles.error}>{problem}</Text> : null}
            </div>
          );
        })}
        <div>
          <Button size="small" id={fieldId(path)} onClick={() => update([...rows, { id: nextId.current++, label: '', score: '' }])}>{s.addCategory}</Button>
        </div>
        {whole ? <Text size={200} className={styles.error}>{whole}</Text> : null}
    </div>
  );
}
