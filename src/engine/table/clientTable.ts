import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import { parseNumericCell } from '../cell/parseNumericCell';
import { isoDateOfSerial, parseDateCell, serialOfDay, serialOfIsoDate, tenureYears } from '../cell/parseDateCell';
import { TierBookError } from '../errors';
import { totalLabelOf } from './totalLabel';
import { text } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { DataIssue, ExcludedRow } from './dataIssue';
import { GrowableFloat64, GrowableInt32 } from './growableArrays';
import type { SheetLayout } from './sheetLayout';

/** A numeric factor's raw values; NaN marks a missing or unreadable cell. */
export interface NumericColumn {
  readonly kind: 'numeric';
  readonly values: Float64Array;
  /** 1 where the number had to be parsed out of text ("1.2万"), so portable formulas can use the parsed value. */
  readonly fromText: Uint8Array;
}

/** A category factor's labels as codes into `levels` (normalised); −1 marks a blank cell. */
export interface CategoryColumn {
  readonly kind: 'category';
  readonly codes: Int32Array;
  readonly levels: readonly string[];
  /** The first raw spelling seen for each level, for messages. */
  readonly rawLevels: readonly string[];
  /** Every distinct raw spelling, and each client's (−1 for blank): portable formulas can only reference exact ones. */
  readonly spellings: readonly string[];
  readonly spellingCodes: Int32Array;
}

export type FactorColumn = NumericColumn | CategoryColumn;

/** The clients of one sheet, column by column: the engine's only input shape. */
export interface ClientTable {
  readonly size: number;
  /** 1-based worksheet row of each client. */
  readonly rowNumbers: Int32Array;
  readonly ids: readonly string[];
  /** Aligned with model.factors. */
  readonly factorColumns: readonly FactorColumn[];
  /** Non-empty rows read below the header, clients and non-client rows alike. */
  readonly rowsRead: number;
  readonly issues: readonly DataIssue[];
  readonly excluded: readonly ExcludedRow[];
  readonly layout: SheetLayout;
  /** Client rows that are hidden or filtered out in the sheet (each has a `hidden_row` issue); they are tiered all the same. */
  readonly hiddenRows: number;
  /** The run date ("YYYY-MM-DD") that derived values such as 开户年限 from 开户日期 were counted to. */
  readonly runDate?: string;
}

export { isTotalLabel, totalLabelOf } from './totalLabel';

/** What the host knows about a read besides the cells. */
export interface TableReadOptions {
  /**
   * The run date as "YYYY-MM-DD": 开户年限 computed from 开户日期 counts the years up to it, so a run can be
   * repeated with the same result. Default: today (UTC), as the add-in runs.
   */
  readonly runDate?: string;
  /**
   * 1-based worksheet rows an Excel table declares as its totals row (`showTotals` in the add-in;
   * `totalsRowCount`/`totalsRowShown` in the table part for the runner): excluded whatever they hold.
   */
  readonly totalsRows?: Iterable<number>;
}

interface CategoryAccumulator {
  codes: GrowableInt32;
  index: Map<string, number>;
  levels: string[];
  rawLevels: string[];
  spellingIndex: Map<string, number>;
  spellings: string[];
  /** Level code of each spelling, −1 for a missing marker. */
  spellingLevel: number[];
  spellingCodes: GrowableInt32;
}

type Accumulator = { kind: 'numeric'; values: GrowableFloat64; fromText: number[] } | ({ kind: 'category' } & CategoryAccumulator);

/**
 * Builds a ClientTable from row-major chunks, in sheet order, so that a 1M-row sheet never needs to exist as
 * row objects. Rows are classified as the model's rules say: blank rows are skipped, totals and id-less rows are
 * excluded, everything else is a client.
 */
export class ClientTableBuilder {
  private readonly accumulators: Accumulator[];
  private readonly rowNumbers = new GrowableInt32();
  private readonly ids: string[] = [];
  private readonly issues: DataIssue[] = [];
  private readonly excluded: ExcludedRow[] = [];
  private rowsRead = 0;
  /** Worksheet rows the host reported hidden or filtered out, in the order noted. */
  private readonly hiddenRowNumbers = new GrowableInt32(64);
  private readonly factorHeaders: string[];
  /** Column and header text of every column the layout reads, to recognise the header printed again. */
  private readonly headerCells: { index: number; header: string; numeric: boolean }[];

  /** Serial day of the run date, for 开户年限 derived from 开户日期. */
  private readonly runSerial: number;
  /** Rows an Excel table declares as its totals row. */
  private readonly totalsRows = new Set<number>();

  constructor(private readonly layout: SheetLayout, model: TierModel, private readonly sheetName = '', options: TableReadOptions = {}) {
    const runSerial = options.runDate === undefined ? serialOfDay(new Date()) : serialOfIsoDate(options.runDate);
    if (runSerial === undefined) {
      throw new TierBookError('INTERNAL', text(`运行日期「${options.runDate ?? ''}」不是 YYYY-MM-DD 格式的日期`, `the run date "${options.runDate ?? ''}" is not a YYYY-MM-DD date`));
    }
    this.runSerial = runSerial;
    if (options.totalsRows) this.noteTotalsRows(options.totalsRows);
    this.accumulators = model.factors.map((f) => (f.scale === 'category'
      ? { kind: 'category', codes: new GrowableInt32(), index: new Map(), levels: [], rawLevels: [], spellingIndex: new Map(), spellings: [], spellingLevel: [], spellingCodes: new GrowableInt32() }
      : { kind: 'numeric', values: new GrowableFloat64(), fromText: [] }));
    this.factorHeaders = layout.factors.map((m) => m.header);
    this.headerCells = [...(layout.id ? [layout.id] : []), ...layout.factors]
      .map((m) => ({ index: m.index, header: m.header.trim(), numeric: m.header.trim() !== '' && Number.isFinite(Number(m.header)) }));
  }

  /**
   * Paged exports print the header again on every page: a row holding every read column's header is not a client.
   * Why exact text (trimmed) rather than header matching: a reprinted header is a copy, and this runs on every row.
   */
  private isRepeatedHeader(row: readonly CellValue[]): boolean {
    return this.headerCells.every(({ index, header, numeric }) => {
      const cell = row[index] ?? null;
      if (typeof cell === 'string') return cell.trim() === header;
      return numeric && typeof cell === 'number' && String(cell) === header;
    });
  }

  /**
   * Notes 1-based worksheet rows that are hidden or filtered out; any number of calls, in any order, before finish().
   * Why tier them anyway: a filter chooses what the user looks at, not who is a client; finish() says so per client row.
   */
  noteHiddenRows(rowNumbers: Iterable<number>): void {
    for (const row of rowNumbers) {
      if (Number.isInteger(row) && row >= 1) this.hiddenRowNumbers.push(row);
    }
  }

  /**
   * Notes 1-based worksheet rows an Excel table declares as its totals row; call before those rows are appended.
   * Why a host input: the table part says so whatever the row's label is (a totals row may show only sums).
   */
  noteTotalsRows(rowNumbers: Iterable<number>): void {
    for (const row of rowNumbers) if (Number.isInteger(row) && row >= 1) this.totalsRows.add(row);
  }

  /** The run date the builder counts to, as "YYYY-MM-DD". */
  get runDate(): string { return isoDateOfSerial(this.runSerial); }

  /** Appends rows whose first one is worksheet row `firstRowNumber`; cells are indexed by sheet column from the layout's origin. */
  appendRows(rows: readonly (readonly CellValue[])[], firstRowNumber: number): void {
    for (let r = 0; r < rows.length; r++) this.appendRow(rows[r], firstRowNumber + r);
  }

  private appendRow(row: readonly CellValue[], rowNumber: number): void {
    if (row.every(isBlankCell)) return;
    this.rowsRead++;
    if (this.isRepeatedHeader(row)) {
      this.excluded.push({ row: rowNumber, reason: 'header_row', message: text('重复的表头行，不是客户', 'a repeated header row, not a client') });
      return;
    }
    const idCell = this.layout.id ? row[this.layout.id.index] ?? null : String(rowNumber);
    if (this.totalsRows.has(rowNumber)) {
      this.excluded.push({ row: rowNumber, reason: 'total_row',
        message: text(`第 ${rowNumber} 行是 Excel 表格的汇总行，不是客户`, `row ${rowNumber} is the Excel table's totals row, not a client`) });
      return;
    }
    const label = this.totalLabelIn(row, idCell);
    if (label !== undefined) {
      this.excluded.push({ row: rowNumber, reason: 'total_row',
        message: text(`第 ${rowNumber} 行是合计行（「${label}」），不是客户`, `row ${rowNumber} is a totals row ("${label}"), not a client`) });
      return;
    }
    if (isBlankCell(idCell)) {
      this.excluded.push({ row: rowNumber, reason: 'empty_id', message: text('客户号为空，但该行有其他数据', 'the client id is empty although the row has other values') });
      return;
    }
    const client = this.ids.length;
    this.ids.push(cellText(idCell).trim());
    this.rowNumbers.push(rowNumber);
    for (let f = 0; f < this.accumulators.length; f++) {
      this.appendFactorCell(this.accumulators[f], row[this.layout.factors[f].index] ?? null, f, rowNumber, client);
    }
  }

  /**
   * The totals label that makes a row a totals row: in the id cell, in the name column (exact word only: a person
   * may be called "Sum Li"), or in any cell when the id is blank.
   */
  private totalLabelIn(row: readonly CellValue[], idCell: CellValue): string | undefined {
    const inId = totalLabelOf(idCell);
    if (inId !== undefined) return inId;
    const name = this.layout.extras.name;
    const inName = name ? totalLabelOf(row[name.index] ?? null, true) : undefined;
    if (inName !== undefined) return inName;
    if (!isBlankCell(idCell)) return undefined;
    for (const cell of row) {
      const found = totalLabelOf(cell);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private appendFactorCell(acc: Accumulator, cell: CellValue, factor: number, rowNumber: number, client: number): void {
    const column = this.factorHeaders[factor];
    if (acc.kind === 'numeric' && this.layout.factors[factor].kind === 'openDate') {
      this.appendTenureCell(acc, cell, column, rowNumber, client);
      return;
    }
    if (acc.kind === 'numeric') {
      const parsed = parseNumericCell(cell);
      if (parsed.kind === 'number') {
        acc.values.push(parsed.value);
        if (parsed.fromText) acc.fromText.push(client);
        return;
      }
      acc.values.push(NaN);
      if (parsed.kind === 'invalid') {
        this.issues.push({ row: rowNumber, column, value: parsed.text, problem: 'invalid_number', client,
          message: text(`「${parsed.text}」不是可识别的数字，按缺失处理`, `"${parsed.text}" is not a readable number; treated as missing`) });
      } else {
        this.pushMissing(rowNumber, column, cell, client);
      }
      return;
    }
    if (isBlankCell(cell)) {
      this.pushMissingCategory(acc, rowNumber, column, cell, client);
      return;
    }
    const raw = cellText(cell);
    // A column holds few distinct spellings: normalise and classify each once, not once per cell.
    let spelling = acc.spellingIndex.get(raw);
    if (spelling === undefined) {
      spelling = acc.spellings.length;
      acc.spellingIndex.set(raw, spelling);
      acc.spellings.push(raw);
      acc.spellingLevel.push(this.levelOf(acc, raw, cell));
    }
    const code = acc.spellingLevel[spelling];
    if (code < 0) {
      this.pushMissingCategory(acc, rowNumber, column, cell, client);
      return;
    }
    acc.codes.push(code);
    acc.spellingCodes.push(spelling);
  }

  /** 开户年限 from a 开户日期 cell: years from the date to the run date; unreadable and future dates are reported. */
  private appendTenureCell(acc: { values: GrowableFloat64; fromText: number[] }, cell: CellValue, column: string, rowNumber: number, client: number): void {
    const parsed = parseDateCell(cell);
    if (parsed.kind === 'date' && parsed.serial <= this.runSerial) {
      acc.values.push(tenureYears(parsed.serial, this.runSerial));
      acc.fromText.push(client); // a computed value: portable formulas use it, not the date cell
      return;
    }
    acc.values.push(NaN);
    if (parsed.kind === 'missing') {
      this.pushMissing(rowNumber, column, cell, client);
    } else if (parsed.kind === 'date') {
      const when = isoDateOfSerial(parsed.serial);
      this.issues.push({ row: rowNumber, column, value: when, problem: 'invalid_number', client,
        message: text(`开户日期 ${when} 晚于运行日期 ${this.runDate}，开户年限按缺失处理`, `open date ${when} is after the run date ${this.runDate}; tenure treated as missing`) });
    } else {
      this.issues.push({ row: rowNumber, column, value: parsed.text, problem: 'invalid_number', client,
        message: text(`「${parsed.text}」不是可识别的日期，开户年限按缺失处理`, `"${parsed.text}" is not a readable date; tenure treated as missing`) });
    }
  }

  /** The level code of a new spelling, or −1 when it is a missing marker ("-", "N/A", an Excel error). */
  private levelOf(acc: CategoryAccumulator, raw: string, cell: CellValue): number {
    if (parseNumericCell(cell).kind === 'missing') return -1;
    const label = normalizeLabel(raw);
    let code = acc.index.get(label);
    if (code === undefined) {
      code = acc.levels.length;
      acc.index.set(label, code);
      acc.levels.push(label);
      acc.rawLevels.push(raw);
    }
    return code;
  }

  private pushMissingCategory(acc: CategoryAccumulator, rowNumber: number, column: string, cell: CellValue, client: number): void {
    acc.codes.push(-1);
    acc.spellingCodes.push(-1);
    this.pushMissing(rowNumber, column, cell, client);
  }

  private pushMissing(rowNumber: number, column: string, cell: CellValue, client: number): void {
    this.issues.push({ row: rowNumber, column, value: cellText(cell), problem: 'missing_value', client,
      message: text(`${column} 缺失`, `${column} is missing`) });
  }

  finish(): ClientTable {
    const size = this.ids.length;
    const factorColumns: FactorColumn[] = this.accumulators.map((acc) => {
      if (acc.kind === 'numeric') {
        const fromText = new Uint8Array(size);
        for (const c of acc.fromText) fromText[c] = 1;
        return { kind: 'numeric', values: acc.values.toArray(), fromText };
      }
      return { kind: 'category', codes: acc.codes.toArray(), levels: acc.levels, rawLevels: acc.rawLevels, spellings: acc.spellings, spellingCodes: acc.spellingCodes.toArray() };
    });
    const rowNumbers = this.rowNumbers.toArray();
    const hidden = hiddenRowIssues(rowNumbers, this.hiddenRowNumbers.toArray());
    const issues = [...this.issues, ...duplicateIdIssues(this.ids, rowNumbers, this.layout.id?.header ?? ''), ...hidden];
    issues.sort((a, b) => a.row - b.row);
    return {
      size, rowNumbers, ids: this.ids, factorColumns, rowsRead: this.rowsRead, issues, excluded: this.excluded, layout: this.layout,
      hiddenRows: hidden.length, runDate: this.runDate,
    };
  }

  get sheet(): string { return this.sheetName; }
}

/** Printable ASCII, no space at either end: unchanged by NFKC and trim. */
const PLAIN_ID = /^[!-~](?:[ -~]*[!-~])?$/u;

/** One issue per row whose id another row shares; both rows stay clients and are tiered. */
function duplicateIdIssues(ids: readonly string[], rowNumbers: Int32Array, column: string): DataIssue[] {
  // Each id's first client, and the clients of ids seen more than once. Why not a list per id: at 50,000 clients,
  // 50,000 one-element arrays were most of the table's finishing time, in one of the pane's tasks.
  const firstClient = new Map<string, number>();
  const rowsById = new Map<string, number[]>();
  ids.forEach((id, client) => {
    // "３１００", " 3100" and the number 3100 are one id. Printable ASCII with no space at either end is its own key.
    const key = PLAIN_ID.test(id) ? id : id.normalize('NFKC').trim();
    const first = firstClient.get(key);
    if (first === undefined) { firstClient.set(key, client); return; }
    const list = rowsById.get(key);
    if (list) list.push(client); else rowsById.set(key, [first, client]);
  });
  // In order of each id's second row, not its first: finish() sorts the issues by row.
  const issues: DataIssue[] = [];
  for (const [id, clients] of rowsById) {
    for (const client of clients) {
      const others = clients.filter((c) => c !== client).map((c) => rowNumbers[c]).join(', ');
      issues.push({ row: rowNumbers[client], column, value: id, problem: 'duplicate_id', client,
        message: text(`客户号 ${id} 重复（另见第 ${others} 行）`, `client id ${id} is duplicated (also row ${others})`) });
    }
  }
  return issues;
}

/** Whether a sorted array holds `value`. */
function sortedHas(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** One notice per client whose row was noted hidden; title, header, totals and blank rows get none. */
function hiddenRowIssues(rowNumbers: Int32Array, noted: Int32Array): DataIssue[] {
  if (noted.length === 0) return [];
  // A row may be noted twice (hosts report per chunk); sorting lets each client look its row up once.
  noted.sort();
  const issues: DataIssue[] = [];
  for (let client = 0; client < rowNumbers.length; client++) {
    const row = rowNumbers[client];
    if (!sortedHas(noted, row)) continue;
    issues.push({ row, column: '', value: '', problem: 'hidden_row', client,
      message: text(`第 ${row} 行已隐藏或被筛选掉，仍照常参与分级`, `row ${row} is hidden or filtered out; it is tiered like any other row`) });
  }
  return issues;
}

/** Convenience for grids that fit in memory: the rows below the header of a whole sheet. */
export function buildClientTable(
  grid: readonly (readonly CellValue[])[], layout: SheetLayout, model: TierModel, sheetName = '', options: TableReadOptions = {},
): ClientTable {
  const builder = new ClientTableBuilder(layout, model, sheetName, options);
  builder.appendRows(grid.slice(layout.headerRow), layout.headerRow + 1);
  return builder.finish();
}
