import { appendedRows, sheetLook, sheetWidth, type PlanSheet } from '../../engine';
import { cellRef } from './planCellXml';
import { planRowsXml, type PlanRowsTarget } from './planSheetXml';
import { cellsOf, columnNumberOf, rowNumberOf, rowNumberOfRef } from './sheetRow';
import { SheetXmlSplitter } from './sheetXmlSplitter';
import { streamedCellValue } from './streamedCellValue';
import { attributeOf, findElement, withAttribute } from './xmlText';

/** Whether a row element has a cell holding something (a value, a formula or inline text). */
function rowHasValue(xml: string, prefix: string): boolean {
  const context = { sharedStrings: [], dateStyles: [], date1904: false, prefix };
  return cellsOf(xml, prefix).some((cell) => streamedCellValue(cell, context) !== undefined);
}

/**
 * An existing append-only sheet (the run log, a small part) with this run's rows added below its last row that
 * holds anything: the plan's header rows are left out, its header kept.
 * Empty rows below the last value are dropped so the new rows keep the part's rows in order.
 */
export function appendToSheetXml(xml: string, plan: PlanSheet, target: Omit<PlanRowsTarget, 'prefix'>): string {
  const pieces: { kind: 'row' | 'other'; xml: string; row: number; hasValue: boolean }[] = [];
  let head = '';
  let prefix = '';
  let tail = '';
  let previous = 0;
  const splitter = new SheetXmlSplitter({
    head: (h, p) => { head = h; prefix = p; },
    row: (rowXml) => {
      previous = rowNumberOf(rowXml, previous + 1);
      pieces.push({ kind: 'row', xml: rowXml, row: previous, hasValue: rowHasValue(rowXml, prefix) });
    },
    between: (other) => { pieces.push({ kind: 'other', xml: other, row: 0, hasValue: false }); },
    endRows: () => undefined,
    tail: (t) => { tail += t; },
  });
  splitter.push(xml);
  splitter.end();
  const lastRow = pieces.reduce((last, p) => (p.hasValue ? Math.max(last, p.row) : last), 0);
  const body = appendedRows(plan, lastRow);
  const kept = pieces.filter((p) => p.kind === 'other' || p.row <= lastRow).map((p) => p.xml).join('');
  const added = planRowsXml(sheetLook(plan), body, lastRow + 1, lastRow > 0, { ...target, prefix });
  const width = Math.max(1, sheetWidth(body));
  return widenDimension(head, width, lastRow + body.length) + kept + added + tail;
}

function widenDimension(head: string, columns: number, rows: number): string {
  const dimension = findElement(head, 'dimension');
  const ref = dimension ? attributeOf(dimension.startTag, 'ref') : undefined;
  if (!dimension || !ref) return head;
  const [first, last = first] = ref.split(':');
  const corner = cellRef(Math.max(columnNumberOf(last), columns), Math.max(rowNumberOfRef(last), rows));
  return head.slice(0, dimension.start) + withAttribute(dimension.startTag, 'ref', `${first}:${corner}`) + head.slice(dimension.start + dimension.startTag.length);
}
