import fc from 'fast-check';
import { absoluteCellReference, absoluteRangeReference, freeSheetName, parseCellReference, rangeAddress } from '../../src/engine';
import { characterWidthToPoints } from '../../src/excel/columnWidth';
import { jsonCellBytes, jsonGridBytes, jsonRowBytes } from '../../src/excel/jsonBytes';
import { initialBytesPerRow, rowsPerChunk } from '../../src/excel/readChunkRows';
import { DEFAULT_REQUEST_BUDGET } from '../../src/excel/requestBudget';

const cell = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('JSON byte counts', () => {
  it('equal Buffer.byteLength(JSON.stringify(x)) for cells, rows and grids', () => {
    fc.assert(fc.property(cell, (c) => jsonCellBytes(c) === Buffer.byteLength(JSON.stringify(c))));
    fc.assert(fc.property(fc.array(cell), (row) => jsonRowBytes(row) === Buffer.byteLength(JSON.stringify(row))));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1 }), (grid) => jsonGridBytes(grid) === Buffer.byteLength(JSON.stringify(grid))));
    expect(jsonCellBytes('客户')).toBe(8);
    expect(jsonCellBytes('a"b\\c\n')).toBe(Buffer.byteLength(JSON.stringify('a"b\\c\n')));
  });
});

describe('read chunk sizing', () => {
  it('takes floor(min(budget / bytes per row, 5,000,000 cells / columns)) rows, at least one', () => {
    expect(rowsPerChunk(100, 12, DEFAULT_REQUEST_BUDGET)).toBe(Math.floor((4_000_000 - 256) / 100));
    expect(rowsPerChunk(1, 100, DEFAULT_REQUEST_BUDGET)).toBe(50_000);
    expect(rowsPerChunk(10_000_000, 1, DEFAULT_REQUEST_BUDGET)).toBe(1);
  });

  it('sizes the first chunk from the header-search rows with headroom', () => {
    const top = [['客户号', '资产'], ['001', 12.5], ['002', 1234567.25]];
    expect(initialBytesPerRow(top, 2)).toBe((jsonRowBytes(['002', 1234567.25]) + 1) * 1.25);
    expect(initialBytesPerRow([], 3)).toBe(75);
  });
});

describe('sheet names and references, one module for both hosts', () => {
  it('picks free sheet names as src/cli does', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 35 }), { maxLength: 5 }), (preferred, taken) => {
      const name = freeSheetName(preferred, taken);
      return name.length <= 31 && !taken.some((t) => t.toLowerCase() === name.toLowerCase());
    }));
    expect(freeSheetName('分级汇总', ['分级汇总'])).toBe('分级汇总 (2)');
    expect(freeSheetName('History', [])).toBe('History_');
  });

  it('reads the references the CLI, Excel and the fake write, and writes ones the CLI reads', () => {
    expect(parseCellReference("'Client''s book'!$J$2")).toEqual({ sheet: "Client's book", row: 1, column: 9 });
    expect(parseCellReference('=客户清单!$O$1')).toEqual({ sheet: '客户清单', row: 0, column: 14 });
    expect(parseCellReference("='分级模型'!$A$1:$H$80")).toEqual({ sheet: '分级模型', row: 0, column: 0 });
    expect(parseCellReference('=#REF!$A$1')).toBeUndefined();
    expect(parseCellReference('#REF!')).toBeUndefined();
    const written = absoluteCellReference({ sheet: "It's", row: 0, column: 27 });
    expect(written).toBe("'It''s'!$AB$1");
    expect(parseCellReference(written)).toEqual({ sheet: "It's", row: 0, column: 27 });
    expect(parseCellReference(`=${written}`)).toEqual({ sheet: "It's", row: 0, column: 27 });
    expect(absoluteRangeReference('分级模型', 'A1:H80')).toBe("'分级模型'!$A$1:$H$80");
    expect(absoluteRangeReference('分级模型', 'B7')).toBe("'分级模型'!$B$7");
    expect(rangeAddress(0, 26, 3, 2)).toBe('AA1:AB3');
    expect(rangeAddress(4, 1, 1, 1)).toBe('B5');
  });

  it('converts character widths to points as Excel does for Calibri 11', () => {
    expect(characterWidthToPoints(8.43)).toBeCloseTo(48, 0);
    expect(characterWidthToPoints(16)).toBe(87.75);
  });
});
