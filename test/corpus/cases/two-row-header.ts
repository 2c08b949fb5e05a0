import { BASE_CLIENTS, BASE_COUNTS, baseClientTiers } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * A merged group header over the real one: 客户号 and 客户姓名 merged down over rows 1–2, 资产与交易 merged across
 * C1:D1 and 客户画像 across E1:G1 with their sub-headers in row 2. The two rows combine into one header.
 * (The last source column has its own sub-header: the add-in's PivotTables take the run of non-blank headers that
 * ends there, see src/excel/pivotSource.ts.)
 */
export const corpusCase: CorpusCase = {
  id: 'two-row-header',
  title: 'a two-row header under merged group headers',
  grid: [
    ['客户号', '客户姓名', '资产与交易', null, '客户画像', null, null],
    [null, null, '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'],
    ...BASE_CLIENTS.map((r) => [...r]),
  ],
  xlsx: {
    decorate: (sheet) => {
      for (const range of ['A1:A2', 'B1:B2', 'C1:D1', 'E1:G1']) sheet.mergeCells(range);
    },
  },
  fake: { select: 'A4' },
  expect: { kind: 'result', headerRow: 2, tierCounts: BASE_COUNTS, clients: baseClientTiers(2) },
};
