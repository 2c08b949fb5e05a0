/*
 * A read-only view of the fake workbook, like Excel's grid next to the task pane: sheet tabs, name box and formula
 * bar, and the first rows and columns of the active sheet. It re-renders after every batch the pane runs.
 * Clicking a tab activates that sheet and clicking a cell selects it, as in Excel (the pane reads the table around
 * the selection).
 */
import { Caption1, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useSyncExternalStore, type MouseEvent } from 'react';
import type { CellValue, Locale } from '../src/engine';
import type { FakeExcel } from '../test/fake-excel';
import { columnLetters } from '../test/fake-excel/address';
import { PREVIEW_STRINGS } from './previewStrings';
import { cellAddress, sheetWindow } from './sheetWindow';
import type { WorkbookChanges } from './workbookChanges';

const MAX_ROWS = 200;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  bar: {
    display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { minWidth: '64px', fontFamily: tokens.fontFamilyMonospace },
  formula: { flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace },
  scroller: { flex: 1, overflow: 'auto', minHeight: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: '1px 6px', whiteSpace: 'nowrap',
    maxWidth: '14em', overflow: 'hidden', textOverflow: 'ellipsis', cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  heading: {
    position: 'sticky', backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: '1px 6px',
  },
  columnHeading: { top: 0, zIndex: 1 },
  rowHeading: { left: 0, textAlign: 'right' },
  footer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS },
});

/** Excel's General format, roughly: up to 11 significant digits, TRUE/FALSE, empty for null. */
function displayValue(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(11)));
  return value;
}

export interface SheetViewProps {
  readonly fake: FakeExcel;
  readonly changes: WorkbookChanges;
  readonly locale: Locale;
}

export function SheetView({ fake, changes, locale }: SheetViewProps): JSX.Element {
  const s = PREVIEW_STRINGS[locale];
  const styles = useStyles();
  useSyncExternalStore(changes.subscribe, changes.version);
  const names = fake.sheetNames();
  const active = fake.activeSheetName() ?? names[0];
  const sheet = fake.sheet(active);
  const view = sheetWindow(sheet.usedRange(), MAX_ROWS, MAX_COLUMNS);
  const grid = view.address ? sheet.grid(view.address) : [];
  const selection = fake.model.selection;
  const selected = selection && selection.sheet.name === active ? cellAddress(selection.rect.row, selection.rect.col) : undefined;
  const selectedFormula = selected ? sheet.formulaAt(selected) : null;
  const pivots = fake.pivots().filter((p) => p.sheet === active);
  const charts = fake.charts().filter((c) => c.sheet === active);
  const count = (n: number): string => n.toLocaleString(locale);

  const select = (sheetName: string, address: string): void => {
    fake.select(sheetName, address);
    changes.notify();
  };
  const onCellClick = (event: MouseEvent<HTMLTableSectionElement>): void => {
    const address = (event.target as HTMLElement).closest('td')?.dataset.address;
    if (address) select(active, address);
  };

  return (
    <div className={styles.root}>
      <TabList size="small" aria-label={s.sheetTabs} selectedValue={active} onTabSelect={(_, data) => select(String(data.value), 'A1')}>
        {names.map((name) => <Tab key={name} value={name}>{name}</Tab>)}
      </TabList>
      <div className={styles.bar}>
        <Text className={styles.nameBox} aria-label={s.nameBox}>{selected ?? ''}</Text>
        <Text className={styles.formula} aria-label={s.formulaBar}>{selected ? selectedFormula ?? displayValue(sheet.cell(selected)) : ''}</Text>
      </div>
      <div className={styles.scroller}>
        {grid.length === 0 ? <Text>{s.emptySheet}</Text> : (
          <table className={styles.table} aria-label={s.sheetTable(active)}>
            <thead>
              <tr>
                <th className={mergeClasses(styles.heading, styles.columnHeading, styles.rowHeading)} />
                {Array.from({ length: view.columns }, (_, c) => (
                  <th key={c} scope="col" className={mergeClasses(styles.heading, styles.columnHeading)}>{columnLetters(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody onClick={onCellClick}>
              {grid.map((row, r) => (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(styles.heading, styles.rowHeading)}>{r + 1}</th>
                  {row.map((value, c) => {
                    const address = cellAddress(r, c);
                    return (
                      <td
                        key={c}
                        data-address={address}
                        className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, address === selected && styles.selected)}
                      >
                        {displayValue(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className={styles.footer}>
        {view.address ? <Caption1>{s.shown(count(view.rows), count(view.columns), count(view.usedRows), count(view.usedColumns))}</Caption1> : null}
        {pivots.length > 0 ? <Caption1>{`${s.pivots}: ${pivots.map((p) => `${p.name} (${p.address ?? '—'})`).join(', ')}`}</Caption1> : null}
        {charts.length > 0 ? <Caption1>{`${s.charts}: ${charts.map((c) => s.chartLine(c.title, c.chartType, c.source)).join(', ')}`}</Caption1> : null}
      </div>
    </div>
  );
}
