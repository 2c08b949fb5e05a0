import { rangeAddress } from '../engine';
/*
 * Which rows of a block are hidden or filtered out. Excel's Range.rowHidden is true when every row of a range is
 * hidden, false when none is, and null when some are ([Api set: ExcelApi 1.2]); rows an AutoFilter hides are hidden
 * rows in Excel's model, so rowHidden covers them too. readRows learns each chunk's state with its values; only the
 * mixed chunks are searched here.
 */
import { RequestPacker } from './requestPacker';
import type { RequestBudget } from './requestBudget';

/** `count` sheet rows from `row` (0-based). */
export interface RowSpan {
  readonly row: number;
  readonly count: number;
}

/**
 * Parts a mixed span is cut into per round. Why 64 rather than halves: rounds cost syncs, parts cost bytes; a
 * 1,048,576-row span takes 4 rounds (not 20), a round with a few mixed spans a few hundred small loads.
 */
export const HIDDEN_PROBE_FAN_OUT = 64;

/** Request and response bytes of one probe (a getRange and a rowHidden load), rounded up from office.js's JSON. */
export const HIDDEN_PROBE_BYTES = 512;

/** `span` cut into at most `parts` consecutive spans of near-equal size, none empty. */
export function splitSpan(span: RowSpan, parts: number): RowSpan[] {
  const size = Math.ceil(span.count / Math.max(1, Math.min(parts, span.count)));
  const out: RowSpan[] = [];
  for (let row = span.row; row < span.row + span.count; row += size) {
    out.push({ row, count: Math.min(size, span.row + span.count - row) });
  }
  return out;
}

/**
 * The hidden rows of `mixed` spans (each known to hold both hidden and visible rows), as spans: each round cuts every
 * still-mixed span into HIDDEN_PROBE_FAN_OUT parts and loads their rowHidden together, in as few requests as the
 * budget allows. Rounds = ⌈log64(longest span)⌉ when the hidden rows are few or grouped; cancellation is honoured
 * after each request.
 */
export async function findHiddenSpans(
  context: Excel.RequestContext, sheet: Excel.Worksheet, column: number, mixed: readonly RowSpan[], budget: RequestBudget, signal?: AbortSignal,
): Promise<RowSpan[]> {
  const hidden: RowSpan[] = [];
  const packer = new RequestPacker(context, budget, { signal });
  let pending = mixed.filter((span) => span.count > 1);
  while (pending.length > 0) {
    const probes: { span: RowSpan; range: Excel.Range }[] = [];
    for (const span of pending) {
      for (const part of splitSpan(span, HIDDEN_PROBE_FAN_OUT)) {
        await packer.ensureRoom(HIDDEN_PROBE_BYTES);
        probes.push({ span: part, range: sheet.getRange(rangeAddress(part.row, column, part.count, 1)).load('rowHidden') });
        packer.add(HIDDEN_PROBE_BYTES, 0);
      }
    }
    await packer.flush();
    pending = [];
    for (const { span, range } of probes) {
      // The typings say boolean; Excel gives null for a range with both hidden and visible rows.
      const state = range.rowHidden as boolean | null;
      if (state === true) hidden.push(span);
      else if (state === null && span.count > 1) pending.push(span);
    }
  }
  return hidden;
}

/** 1-based row numbers of the spans, ascending. */
export function spanRowNumbers(spans: readonly RowSpan[]): number[] {
  const rows: number[] = [];
  for (const span of [...spans].sort((a, b) => a.row - b.row)) {
    for (let i = 0; i < span.count; i++) rows.push(span.row + i + 1);
  }
  return rows;
}
