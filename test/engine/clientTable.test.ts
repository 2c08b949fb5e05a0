import {
  ClientTableBuilder, buildClientTable, isTotalLabel, locateSheetLayout,
  type CellValue, type ClientTable, type NumericColumn, type CategoryColumn, type TierModel,
} from '../../src/engine';

/** One numeric and one category factor, so both column kinds are built. */
function model(): TierModel {
  return {
    idColumn: '客户号',
    factors: [
      { key: 'assets', column: '总资产', weight: 35, scale: 'percentile' },
      { key: 'risk', column: '风险等级', weight: 15, scale: 'category', categories: { C1: 0, C2: 25, C3: 50, C4: 75, C5: 100 } },
    ],
    tiers: [{ name: '钻石', minScore: 80 }, { name: '普通', minScore: 0 }],
    missing: 'zero',
  };
}

function tableOf(grid: CellValue[][]): ClientTable {
  const m = model();
  return buildClientTable(grid, locateSheetLayout(grid, m), m);
}

function numeric(table: ClientTable, f: number): NumericColumn {
  const column = table.factorColumns[f];
  if (column.kind !== 'numeric') throw new Error(`factor ${f} is not numeric`);
  return column;
}

function category(table: ClientTable, f: number): CategoryColumn {
  const column = table.factorColumns[f];
  if (column.kind !== 'category') throw new Error(`factor ${f} is not a category`);
  return column;
}

describe('ClientTable rows', () => {
  // Worksheet rows are the array index + 1.
  const grid: CellValue[][] = [
    ['客户号', '总资产', '风险等级'], // 1: header
    ['A1', 100, 'C1'], // 2: client
    [null, null, null], // 3: blank → skipped
    ['', '  ', null], // 4: whitespace only → blank → skipped
    ['A2', '1.2万', 'c2'], // 5: client, 1.2 × 10⁴ = 12000
    ['合计', 12100, null], // 6: totals row
    [null, 50, 'C3'], // 7: empty id with values → excluded
    ['Total', 1, null], // 8: totals row (English)
    [' 小计 ', 2, null], // 9: subtotal, spaces around
    ['总计', 3, null], // 10: grand total
    [3100, 7, 'C3'], // 11: client, id is the number 3100
    ['3100', 8, 'C4'], // 12: client, id is the text "3100": a duplicate of row 11
    ['A3', 'abc', 'C5'], // 13: client with an unreadable number
    ['A4', '-', 'N/A'], // 14: client with both factors missing
  ];
  const table = tableOf(grid);

  it('keeps clients in sheet order with their worksheet rows', () => {
    expect(table.size).toBe(6);
    expect(table.ids).toEqual(['A1', 'A2', '3100', '3100', 'A3', 'A4']);
    expect(Array.from(table.rowNumbers)).toEqual([2, 5, 11, 12, 13, 14]);
  });

  it('skips fully empty rows without reporting them, and counts every other row read', () => {
    expect(table.excluded.map((e) => e.row)).not.toContain(3);
    expect(table.excluded.map((e) => e.row)).not.toContain(4);
    // rows 2 and 5–14 are non-empty: 11 rows
    expect(table.rowsRead).toBe(11);
  });

  it('excludes totals rows and id-less rows, with reasons and both messages', () => {
    expect(table.excluded.map((e) => [e.row, e.reason])).toEqual([
      [6, 'total_row'], [7, 'empty_id'], [8, 'total_row'], [9, 'total_row'], [10, 'total_row'],
    ]);
    for (const e of table.excluded) {
      expect(e.message['zh-CN']).not.toBe('');
      expect(e.message['en-US']).not.toBe('');
    }
  });

  it('reads numeric factor cells, NaN where missing or unreadable', () => {
    const assets = numeric(table, 0);
    expect(Array.from(assets.values)).toEqual([100, 12000, 7, 8, NaN, NaN]);
    expect(Array.from(assets.fromText)).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('codes category cells by their normalised label, −1 where missing', () => {
    const risk = category(table, 1);
    expect(risk.levels).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(Array.from(risk.codes)).toEqual([0, 1, 2, 3, 4, -1]);
    expect(risk.rawLevels).toEqual(['C1', 'c2', 'C3', 'C4', 'C5']);
  });

  it('reports the number 3100 and the text "3100" as one duplicated id, once per row, and keeps both', () => {
    const duplicates = table.issues.filter((i) => i.problem === 'duplicate_id');
    expect(duplicates.map((i) => [i.row, i.column, i.value, i.client])).toEqual([[11, '客户号', '3100', 2], [12, '客户号', '3100', 3]]);
    expect(duplicates[0].message['en-US']).toContain('12');
    expect(duplicates[1].message['zh-CN']).toContain('11');
  });

  it('reports an unreadable number with its row, column and raw text', () => {
    const invalid = table.issues.filter((i) => i.problem === 'invalid_number');
    expect(invalid.map((i) => [i.row, i.column, i.value, i.client])).toEqual([[13, '总资产', 'abc', 4]]);
    expect(invalid[0].message['zh-CN']).toContain('abc');
    expect(invalid[0].message['en-US']).toContain('abc');
  });

  it('reports missing cells as missing values, not as unreadable ones', () => {
    const missing = table.issues.filter((i) => i.problem === 'missing_value');
    expect(missing.map((i) => [i.row, i.column, i.value])).toEqual([[14, '总资产', '-'], [14, '风险等级', 'N/A']]);
  });

  it('lists issues in row order', () => {
    const rows = table.issues.map((i) => i.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('reports every row of an id shared by three rows', () => {
    const t = tableOf([['客户号', '总资产', '风险等级'], ['X', 1, 'C1'], ['Y', 2, 'C1'], ['X', 3, 'C1'], [' X ', 4, 'C1']]);
    const duplicates = t.issues.filter((i) => i.problem === 'duplicate_id');
    expect(duplicates.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(t.size).toBe(4);
  });

  it('reports interleaved duplicates in row order, full-width digits and spaces read as one id', () => {
    const t = tableOf([['客户号', '总资产', '风险等级'], ['A', 1, 'C1'], ['B', 2, 'C1'], ['B', 3, 'C1'], ['A', 4, 'C1'], ['３１００', 5, 'C1'], [' 3100', 6, 'C1'], ['C', 7, 'C1']]);
    const duplicates = t.issues.filter((i) => i.problem === 'duplicate_id');
    expect(duplicates.map((i) => [i.row, i.value])).toEqual([[2, 'A'], [3, 'B'], [4, 'B'], [5, 'A'], [6, '3100'], [7, '3100']]);
    expect(duplicates[0].message['en-US']).toBe('client id A is duplicated (also row 5)');
    expect(duplicates[5].message['en-US']).toBe('client id 3100 is duplicated (also row 6)');
  });
});

describe('isTotalLabel', () => {
  it.each(['合计', '总计', '小计', 'Total', 'TOTAL', ' total ', '合计：', 'Grand Total', 'Subtotal'])('%j is a totals label', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });
  it.each(['C001', '合计客户', 'Totally', '', 3100, null])('%j is not a totals label', (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

/** A deterministic mix of every kind of row: clients, blanks, totals, id-less rows, messy numbers, duplicates. */
function messyRows(count: number): CellValue[][] {
  const assets: CellValue[] = [1000, '1.2万', '¥3,400', '-', 'abc', null, '７８', '5%', 0, -12];
  const risks: CellValue[] = ['C1', 'c2', 'Ｃ３', ' C4 ', 'C5', null, 'X9', '-'];
  const rows: CellValue[][] = [];
  for (let r = 0; r < count; r++) {
    if (r % 17 === 5) rows.push([null, null, null]);
    else if (r % 23 === 7) rows.push(['合计', 99, null]);
    else if (r % 29 === 11) rows.push([null, 5, 'C1']);
    else rows.push([r % 31 === 3 ? 'DUP' : `K${r}`, assets[(r * 7) % assets.length], risks[(r * 5) % risks.length]]);
  }
  return rows;
}

describe('ClientTableBuilder.appendRows in chunks', () => {
  it('gives the same table from several chunks as from one, across buffer growth', () => {
    const header: CellValue[] = ['客户号', '总资产', '风险等级'];
    const data = messyRows(2500); // more than the 1024-row initial capacity
    const grid = [['客户资产明细', null, null], header, ...data];
    const m = model();
    const layout = locateSheetLayout(grid, m);
    expect(layout.headerRow).toBe(2);

    const whole = new ClientTableBuilder(layout, m);
    whole.appendRows(data, 3);
    const oneChunk = whole.finish();

    const chunked = new ClientTableBuilder(layout, m);
    const cuts = [0, 1, 2, 700, 1024, 1025, 2100, 2500];
    for (let c = 0; c + 1 < cuts.length; c++) chunked.appendRows(data.slice(cuts[c], cuts[c + 1]), 3 + cuts[c]);
    const inChunks = chunked.finish();

    expect(inChunks.size).toBe(oneChunk.size);
    expect(inChunks.ids).toEqual(oneChunk.ids);
    expect(Array.from(inChunks.rowNumbers)).toEqual(Array.from(oneChunk.rowNumbers));
    expect(Array.from(numeric(inChunks, 0).values)).toEqual(Array.from(numeric(oneChunk, 0).values));
    expect(Array.from(numeric(inChunks, 0).fromText)).toEqual(Array.from(numeric(oneChunk, 0).fromText));
    expect(Array.from(category(inChunks, 1).codes)).toEqual(Array.from(category(oneChunk, 1).codes));
    expect(category(inChunks, 1).levels).toEqual(category(oneChunk, 1).levels);
    expect(inChunks.issues).toEqual(oneChunk.issues);
    expect(inChunks.excluded).toEqual(oneChunk.excluded);
    expect(inChunks.rowsRead).toBe(oneChunk.rowsRead);
    // buildClientTable on the whole grid is the one-chunk case too
    expect(buildClientTable(grid, layout, m).ids).toEqual(oneChunk.ids);
  });

  it('numbers the rows of each chunk from its first worksheet row', () => {
    const m = model();
    const layout = locateSheetLayout([['客户号', '总资产', '风险等级']], m);
    const builder = new ClientTableBuilder(layout, m);
    builder.appendRows([['A', 1, 'C1'], [null, null, null]], 2); // rows 2–3
    builder.appendRows([['B', 2, 'C2']], 4); // row 4
    builder.appendRows([['合计', 3, null], ['C', 3, 'C3']], 100); // rows 100–101
    const table = builder.finish();
    expect(Array.from(table.rowNumbers)).toEqual([2, 4, 101]);
    expect(table.excluded.map((e) => e.row)).toEqual([100]);
  });
});

describe('ClientTableBuilder.noteHiddenRows', () => {
  // Worksheet rows are the array index + 1.
  const grid: CellValue[][] = [
    ['客户资产明细', null, null], // 1: title
    ['客户号', '总资产', '风险等级'], // 2: header
    ['A1', 100, 'C1'], // 3: client
    ['A2', '-', 'C2'], // 4: client with a missing value
    [null, null, null], // 5: blank
    ['A3', 300, 'C3'], // 6: client
    ['合计', 400, null], // 7: totals row
    ['A1', 500, 'C4'], // 8: client, id shared with row 3
  ];
  const m = model();
  const layout = locateSheetLayout(grid, m);

  function build(note: (builder: ClientTableBuilder) => void): ClientTable {
    const builder = new ClientTableBuilder(layout, m, '客户清单');
    note(builder);
    builder.appendRows(grid.slice(layout.headerRow), layout.headerRow + 1);
    return builder.finish();
  }

  it('gives each hidden client row one hidden_row notice, whole-row, in both languages, and counts them', () => {
    const table = build((b) => b.noteHiddenRows([8, 4]));
    const hidden = table.issues.filter((i) => i.problem === 'hidden_row');
    expect(hidden.map((i) => [i.row, i.column, i.value, i.client])).toEqual([[4, '', '', 1], [8, '', '', 3]]);
    expect(hidden[0].message['zh-CN']).toBe('第 4 行已隐藏或被筛选掉，仍照常参与分级');
    expect(hidden[0].message['en-US']).toBe('row 4 is hidden or filtered out; it is tiered like any other row');
    expect(table.hiddenRows).toBe(2);
    // Hidden rows stay clients, with their other issues, and the issues stay in row order.
    expect(table.size).toBe(4);
    expect(table.issues.filter((i) => i.row === 4).map((i) => i.problem)).toEqual(['missing_value', 'hidden_row']);
    const rows = table.issues.map((i) => i.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('gives hidden title, header, blank and totals rows nothing, and does not exclude anything more', () => {
    const plain = build(() => undefined);
    const table = build((b) => b.noteHiddenRows([1, 2, 5, 7]));
    expect(table.hiddenRows).toBe(0);
    expect(table.issues).toEqual(plain.issues);
    expect(table.excluded).toEqual(plain.excluded);
    expect(table.excluded.map((e) => [e.row, e.reason])).toEqual([[7, 'total_row']]);
  });

  it('takes rows across calls, in any order, before or after the rows, from any iterable; repeats count once', () => {
    const builder = new ClientTableBuilder(layout, m);
    builder.noteHiddenRows(new Set([6]));
    builder.appendRows(grid.slice(layout.headerRow, 5), layout.headerRow + 1);
    builder.noteHiddenRows([3, 6, 3]);
    builder.appendRows(grid.slice(5), 6);
    builder.noteHiddenRows((function* rows() { yield 8; yield 6; })());
    const table = builder.finish();
    expect(table.issues.filter((i) => i.problem === 'hidden_row').map((i) => i.row)).toEqual([3, 6, 8]);
    expect(table.hiddenRows).toBe(3);
  });

  it('ignores row numbers that cannot be worksheet rows', () => {
    const table = build((b) => b.noteHiddenRows([0, -3, 3.5, Number.NaN, 6]));
    expect(table.issues.filter((i) => i.problem === 'hidden_row').map((i) => i.row)).toEqual([6]);
  });

  it('counts no hidden rows when none were noted', () => {
    const table = build(() => undefined);
    expect(table.hiddenRows).toBe(0);
    expect(table.issues.some((i) => i.problem === 'hidden_row')).toBe(false);
  });
});
