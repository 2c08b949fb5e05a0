import { columnLetters } from '../../src/engine';
import type { FakeExcel } from '../fake-excel';

/** TierBook's marker names and where they point. */
export function tierBookMarkers(fake: FakeExcel): Map<string, string> {
  return new Map(fake.names().filter((n) => n.name.startsWith('_TierBook_')).map((n) => [n.name, n.formula]));
}

function quoted(sheet: string): string[] {
  return [`=${sheet}!`, `='${sheet.replace(/'/gu, "''")}'!`];
}

/**
 * The invariant a cancelled or failed write must keep: every TierBook marker points at something, every sheet that
 * was not there before carries a sheet marker, and every non-empty column right of the source's original last
 * column has a column marker at its header cell.
 */
export function expectConsistent(fake: FakeExcel, originalSheets: readonly string[], source: string, lastSourceColumn: number, headerRow = 1): void {
  const markers = tierBookMarkers(fake);
  for (const [name, formula] of markers) expect({ name, formula }).toEqual({ name, formula: expect.not.stringContaining('#REF!') });
  const sheetMarkerTargets = [...markers].filter(([n]) => n.startsWith('_TierBook_sheet_')).map(([, f]) => f);
  for (const sheet of fake.sheetNames()) {
    if (originalSheets.includes(sheet)) continue;
    const marked = sheetMarkerTargets.some((f) => quoted(sheet).some((q) => f.startsWith(q)));
    expect({ sheet, marked }).toEqual({ sheet, marked: true });
  }
  const grid = fake.sheet(source).grid();
  const width = Math.max(0, ...grid.map((r) => r.length));
  const columnTargets = [...markers].filter(([n]) => n.startsWith('_TierBook_col_')).map(([, f]) => f);
  for (let c = lastSourceColumn + 1; c < width; c++) {
    if (!grid.some((row) => row[c] !== null && row[c] !== undefined)) continue;
    const cell = `$${columnLetters(c)}$${headerRow}`;
    const marked = columnTargets.some((f) => quoted(source).some((q) => f === `${q}${cell}`));
    expect({ column: columnLetters(c), marked }).toEqual({ column: columnLetters(c), marked: true });
  }
}
