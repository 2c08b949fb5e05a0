import { cellAddress, cellText } from '../engine';
import type { ExcelHost } from './host';
import type { PendingMarkers } from './prepareOutput';

/**
 * After a prepare request failed: Excel applies the statements before a failing one, so a new sheet or a header may
 * exist without its marker. Each one that does gets its marker now, so a re-run or "remove TierBook output" finds it.
 * Best effort: returns what it marked, and never throws (the original failure is what the user must see).
 */
export async function repairMarkers(host: ExcelHost, pending: PendingMarkers): Promise<string[]> {
  if (pending.sheets.length === 0 && pending.columns.length === 0) return [];
  try {
    return await host.run(async (context) => {
      const { worksheets, names } = context.workbook;
      const markers = pending.sheets.map((s) => ({ ...s, name: names.getItemOrNullObject(s.marker), sheet: worksheets.getItemOrNullObject(s.sheetName) }));
      const sourceSheets = new Map(pending.columns.map((c) => [c.cell.sheet, worksheets.getItemOrNullObject(c.cell.sheet)]));
      await context.sync();
      const headers = pending.columns.map((c) => {
        const sheet = sourceSheets.get(c.cell.sheet);
        return { ...c, name: names.getItemOrNullObject(c.marker), range: sheet && !sheet.isNullObject ? sheet.getRange(cellAddress(c.cell.row, c.cell.column)).load('values') : undefined };
      });
      await context.sync();
      const repaired: string[] = [];
      for (const m of markers) {
        if (m.name.isNullObject && !m.sheet.isNullObject) {
          names.add(m.marker, m.sheet.getRange('A1'));
          repaired.push(m.marker);
        }
      }
      for (const h of headers) {
        const value = h.range?.values[0]?.[0] ?? null;
        if (h.name.isNullObject && h.range && cellText(value as string | number | boolean | null) === h.header) {
          names.add(h.marker, h.range);
          repaired.push(h.marker);
        }
      }
      if (repaired.length > 0) await context.sync();
      return repaired;
    });
  } catch {
    return [];
  }
}
