import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine/cell/cellValue';
import { EDGE_CASE_NAMES, HEADER_SCAN_ROWS, STANDARD_HEADERS, edgeCaseGrid, writeEdgeCaseXlsx } from '../fixtures/grids';
import {
  type ClientRow, type ExcludedRow, type ExpectedNumber, type MessyRowExpectation, MESSY_EXPORT_HEADERS, messyExportExpected, messyExportGrid, writeMessyExportXlsx,
} from '../fixtures/messyExport';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';

// These tests keep the hand-written fixtures honest: the grid and its expectations must describe the same sheet.

/** The missing markers of the numeric-text rules, spelled out again here on purpose. */
const MISSING_TEXT = new Set(['', '-', '--', '—', 'N/A', '#N/A']);

const expected = messyExportExpected;
const clientExpectations = expected.rows.filter((r): r is ClientRow => r.kind === 'client');

function hasValues(r: MessyRowExpectation): r is ClientRow | ExcludedRow {
  return r.kind === 'client' || r.kind === 'excluded';
}

function cellAt(grid: CellValue[][], row: number, column: number): CellValue {
  return grid[row - 1][column - 1];
}

function sumOfNumbers(values: ExpectedNumber[]): number {
  return values.reduce<number>((sum, v) => (typeof v === 'number' ? sum + v : sum), 0);
}

describe('messyExport fixture', () => {
  const grid = messyExportGrid();

  it('is a rectangular 37 × 7 grid with the variant headers on row 4', () => {
    expect(grid).toHaveLength(expected.lastRow);
    for (const row of grid) expect(row).toHaveLength(expected.columnCount);
    expect(grid[expected.headerRow - 1]).toEqual(MESSY_EXPORT_HEADERS);
    expect(cellAt(grid, 1, 1)).toBe('XX证券 客户资产明细表');
    expect(cellAt(grid, 2, 1)).toBe('导出时间：2026-06-30  单位：元');
    expect(grid[2].every((c) => c === null)).toBe(true);
  });

  it('has one expectation per worksheet row, in order', () => {
    expect(expected.rows.map((r) => r.row)).toEqual(Array.from({ length: expected.lastRow }, (_, i) => i + 1));
  });

  it('agrees with the grid on every client id and name', () => {
    for (const c of clientExpectations) {
      expect(cellAt(grid, c.row, expected.columns.id)).toBe(c.id);
      expect(cellAt(grid, c.row, expected.columns.name)).toBe(c.name);
      expect(cellAt(grid, c.row, expected.columns.needs)).toBe(c.needs);
      expect(cellAt(grid, c.row, expected.columns.loyalty)).toBe(c.tenure);
    }
  });

  it('marks missing only marker cells, invalid only non-marker text, and keeps number cells as they are', () => {
    for (const r of expected.rows.filter(hasValues)) {
      const pairs: [ExpectedNumber, CellValue][] = [
        [r.assets, cellAt(grid, r.row, expected.columns.assets)],
        [r.trades, cellAt(grid, r.row, expected.columns.frequency)],
      ];
      for (const [want, raw] of pairs) {
        if (want === null) expect(raw === null || (typeof raw === 'string' && MISSING_TEXT.has(raw))).toBe(true);
        else if (want === 'invalid') expect(typeof raw === 'string' && !MISSING_TEXT.has(raw)).toBe(true);
        else if (typeof raw === 'number') expect(raw).toBe(want);
        else expect(typeof raw).toBe('string');
      }
    }
  });

  it('lists client rows, exclusions, duplicates and invalid cells consistently with the row expectations', () => {
    expect([...expected.clientRows]).toEqual(clientExpectations.map((c) => c.row));
    const excluded = expected.rows.flatMap((r) => (r.kind === 'excluded' ? [{ row: r.row, reason: r.reason }] : []));
    expect(excluded).toEqual(expected.excludedRows);
    expect(cellAt(grid, 28, expected.columns.id)).toBe('');
    expect(grid[16].every((c) => c === null)).toBe(true);

    const rowsById = new Map<string, number[]>();
    for (const c of clientExpectations) rowsById.set(c.id, [...(rowsById.get(c.id) ?? []), c.row]);
    const duplicates = Object.fromEntries([...rowsById].filter(([, rows]) => rows.length > 1));
    expect(duplicates).toEqual(expected.duplicateIds);
    expect(rowsById.size).toBe(expected.distinctClientIds);

    const invalid = clientExpectations.flatMap((c) => [
      ...(c.assets === 'invalid' ? [{ row: c.row, id: c.id, column: 'assets', text: cellAt(grid, c.row, expected.columns.assets) }] : []),
      ...(c.trades === 'invalid' ? [{ row: c.row, id: c.id, column: 'frequency', text: cellAt(grid, c.row, expected.columns.frequency) }] : []),
    ]);
    expect(invalid).toEqual(expected.invalidCells);
    expect(clientExpectations.filter((c) => c.riskLevel === 'unknown').map((c) => c.row)).toEqual(expected.unknownRiskLabels.map((u) => u.row));
  });

  it('has a 合计 row whose values are the sums of the hand-parsed numbers above it', () => {
    const dataRows = expected.rows.filter(hasValues).filter((r) => r.row < expected.totals.row);
    const assets = dataRows.map((r) => r.assets);
    const trades = dataRows.map((r) => r.trades);
    expect(sumOfNumbers(assets)).toBeCloseTo(expected.totals.assets, 4);
    expect(sumOfNumbers(trades)).toBe(expected.totals.trades);
    expect(cellAt(grid, expected.totals.row, expected.columns.id)).toBe('合计');
    expect(cellAt(grid, expected.totals.row, expected.columns.assets)).toBe(expected.totals.assets);
    expect(cellAt(grid, expected.totals.row, expected.columns.frequency)).toBe(expected.totals.trades);
  });

  it('uses every risk-label spelling the brief asks for', () => {
    const labels = new Set(grid.map((row) => row[expected.columns.risk - 1]));
    for (const spelling of ['C3', 'c3', 'Ｃ３', ' C3 ', '稳健型', 'C9']) expect(labels.has(spelling)).toBe(true);
  });

  it('returns a fresh copy on every call', () => {
    const first = messyExportGrid();
    first[4][0] = 'changed';
    expect(messyExportGrid()[4][0]).toBe('310000000001');
  });

  it('writes an .xlsx that ExcelJS reads back cell for cell, with #N/A as a real error cell', async () => {
    const dir = makeTempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await writeMessyExportXlsx(dir));
      const sheet = workbook.getWorksheet(expected.sheetName) as ExcelJS.Worksheet;
      expect(sheet.getCell('A1').value).toBe('XX证券 客户资产明细表');
      expect(sheet.getCell('D4').value).toBe('年交易次数 ');
      expect(sheet.getCell('C6').value).toBe('1.2万');
      expect(sheet.getCell('C5').value).toBe(152340.5);
      expect(sheet.getCell('D18').value).toEqual({ error: '#N/A' });
      expect(sheet.getCell('C20').value).toEqual({ error: '#N/A' });
      expect(sheet.getCell('A17').value).toBeNull();
      expect(sheet.getCell('B28').value).toBe('梁静');
      expect(sheet.getCell('A37').value).toBe('合计');
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('edge-case grids', () => {
  it.each(EDGE_CASE_NAMES)('%s: rectangular, header where it says, ids match the id column', (name) => {
    const edge = edgeCaseGrid(name);
    expect(edge.name).toBe(name);
    const width = edge.grid[0].length;
    for (const row of edge.grid) expect(row).toHaveLength(width);
    expect(edge.grid[edge.headerRow - 1]).toEqual(STANDARD_HEADERS);
    expect(edge.headerWithinScan).toBe(edge.headerRow <= HEADER_SCAN_ROWS);

    const excluded = new Set(edge.excludedRows.map((e) => e.row));
    const ids = edge.grid
      .map((row, i) => ({ row: i + 1, id: row[0] }))
      .filter((r) => r.row > edge.headerRow && !excluded.has(r.row))
      .map((r) => String(r.id));
    expect(ids).toEqual(edge.clientIds);
    const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    expect(repeated).toEqual(edge.duplicateIds);
  });

  it('puts the header on row 31 (outside the scan) and on row 30 (the last scanned row)', () => {
    expect(edgeCaseGrid('headerBeyondScan').headerRow).toBe(HEADER_SCAN_ROWS + 1);
    expect(edgeCaseGrid('headerAtLastScannedRow').headerRow).toBe(HEADER_SCAN_ROWS);
    const beyond = edgeCaseGrid('headerBeyondScan').grid.slice(0, HEADER_SCAN_ROWS);
    expect(beyond.some((row) => row.includes('客户号'))).toBe(false);
  });

  it('blankFactor: every 年交易次数 cell is blank', () => {
    const edge = edgeCaseGrid('blankFactor');
    const column = STANDARD_HEADERS.indexOf('年交易次数');
    const cells = edge.grid.slice(edge.headerRow).map((row) => row[column]);
    expect(cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))).toBe(true);
  });

  it('totalsRows: the totals rows are labelled 小计, 总计 and Total', () => {
    const edge = edgeCaseGrid('totalsRows');
    const labels = edge.excludedRows.filter((e) => e.reason === 'total row').map((e) => edge.grid[e.row - 1][0]);
    expect(labels).toEqual(['小计', '小计', '总计', 'Total']);
  });

  it('mixedIdTypes: one id is a number cell, the rest are text', () => {
    const ids = edgeCaseGrid('mixedIdTypes').grid.slice(1).map((row) => typeof row[0]);
    expect(ids).toEqual(['number', 'string', 'string']);
  });

  it('returns a fresh copy on every call', () => {
    edgeCaseGrid('singleClient').grid[1][0] = 'changed';
    expect(edgeCaseGrid('singleClient').grid[1][0]).toBe('310000000001');
  });

  it('writes an edge case to .xlsx', async () => {
    const dir = makeTempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await writeEdgeCaseXlsx('mixedIdTypes', dir));
      const sheet = workbook.getWorksheet('客户清单') as ExcelJS.Worksheet;
      expect(sheet.getCell('A2').value).toBe(310000000001);
      expect(sheet.getCell('A3').value).toBe('310000000002');
    } finally {
      removeTempDir(dir);
    }
  });
});
