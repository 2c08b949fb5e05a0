import { columnLetters, isExcelError, isFormulaCell, writableErrorValue, type CellValue, type PlanCell } from '../../engine';
import type { SharedStringTable } from './sharedStringTable';
import { escapeXmlText } from './xmlText';

/** "J" + 5 → "J5" for 1-based column and row. */
export function cellRef(column: number, row: number): string {
  return `${columnLetters(column - 1)}${row}`;
}

/** A formula's cached result as a typed `<v>`: number, boolean, writable error or text. */
function cachedResultXml(result: CellValue | undefined, prefix: string): { type: string; value: string } | undefined {
  if (result === null || result === undefined) return undefined;
  if (typeof result === 'number') return Number.isFinite(result) ? { type: '', value: `<${prefix}v>${result}</${prefix}v>` } : undefined;
  if (typeof result === 'boolean') return { type: ' t="b"', value: `<${prefix}v>${result ? 1 : 0}</${prefix}v>` };
  if (isExcelError(result)) {
    const error = writableErrorValue(result);
    return error ? { type: ' t="e"', value: `<${prefix}v>${escapeXmlText(error)}</${prefix}v>` } : undefined;
  }
  return { type: ' t="str"', value: `<${prefix}v>${escapeXmlText(result)}</${prefix}v>` };
}

/** How a formula cell joins a shared formula: its master (with the range it covers) or one of the copies below. */
export type SharedFormulaRole = { readonly si: number; readonly ref: string } | { readonly si: number };

/**
 * One plan cell as a `<c>` element ('' for an empty cell). A plain string is ALWAYS a shared-string cell, so
 * "=HYPERLINK(...)", "+1" or "@x" from client data stays text; only a FormulaCell gets an `<f>`.
 */
export function planCellXml(
  column: number, row: number, cell: PlanCell, style: number | undefined, strings: SharedStringTable, prefix: string, shared?: SharedFormulaRole,
): string {
  if (cell === null) return '';
  const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
  const ref = cellRef(column, row);
  if (isFormulaCell(cell)) {
    const f = shared === undefined ? `<${prefix}f>${escapeXmlText(cell.formula)}</${prefix}f>`
      : 'ref' in shared ? `<${prefix}f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeXmlText(cell.formula)}</${prefix}f>`
        : `<${prefix}f t="shared" si="${shared.si}"/>`;
    return formulaCellXml(ref, s, f, cell.result, prefix);
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<${prefix}c r="${ref}"${s}><${prefix}v>${cell}</${prefix}v></${prefix}c>` : '';
  if (typeof cell === 'boolean') return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${cell ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="s"><${prefix}v>${strings.indexOf(cell)}</${prefix}v></${prefix}c>`;
}

function formulaCellXml(ref: string, s: string, f: string, result: CellValue | undefined, prefix: string): string {
  const cached = cachedResultXml(result, prefix);
  return `<${prefix}c r="${ref}"${s}${cached?.type ?? ''}>${f}${cached?.value ?? ''}</${prefix}c>`;
}

/** A copy of shared formula `si` with its cached result, as planCellXml writes it, without the formula's text. */
export function sharedCopyXml(column: number, row: number, result: CellValue, style: number | undefined, prefix: string, si: number): string {
  const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
  return formulaCellXml(cellRef(column, row), s, `<${prefix}f t="shared" si="${si}"/>`, result, prefix);
}

/**
 * planCellXml for row after row of the same columns: the pieces that depend only on the column or the style are
 * built once, so a text or number cell costs a few concatenations. Why: building each cell's pieces afresh was most
 * of the runner's allocation (870 MB of strings for the plan sheets of 100,000 clients). Same XML as planCellXml.
 */
export class CellXmlBuilder {
  private readonly opens: string[] = [];
  private readonly styled = new Map<number, { text: string; number: string }>();
  private readonly plain: { text: string; number: string };
  private readonly close: string;

  constructor(private readonly strings: SharedStringTable, private readonly prefix: string) {
    this.plain = this.middles(undefined);
    this.close = `</${prefix}v></${prefix}c>`;
  }

  private middles(style: number | undefined): { text: string; number: string } {
    const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
    return { text: `"${s} t="s"><${this.prefix}v>`, number: `"${s}><${this.prefix}v>` };
  }

  /** `column` and `row` 1-based; `rowText` is String(row). */
  cell(column: number, row: number, rowText: string, cell: PlanCell, style: number | undefined): string {
    if (cell === null) return '';
    const kind = typeof cell;
    if (kind !== 'string' && kind !== 'number') return planCellXml(column, row, cell, style, this.strings, this.prefix);
    let middle = this.plain;
    if (style !== undefined && style !== 0) {
      let m = this.styled.get(style);
      if (!m) { m = this.middles(style); this.styled.set(style, m); }
      middle = m;
    }
    let open = this.opens[column];
    if (open === undefined) { open = `<${this.prefix}c r="${columnLetters(column - 1)}`; this.opens[column] = open; }
    if (kind === 'string') return open + rowText + middle.text + this.strings.indexOf(cell as string) + this.close;
    return Number.isFinite(cell) ? open + rowText + middle.number + (cell as number) + this.close : '';
  }
}
