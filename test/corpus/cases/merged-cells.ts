import { BASE_CLIENTS, BASE_HEADER } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import type { CellValue } from '../../../src/engine';

/**
 * A title merged across A1:G1, a header 备注 merged across H2:I2, and data merges: 客户需求 E5:E7 (基础理财 for K3–K5)
 * and 风险等级 F5:F6 (C3 for K3–K4). A merge's value counts once, at its top-left cell (as Office.js and ExcelJS
 * report it), so K4 and K5 lack what the merge showed: reported as missing, scored 0, never guessed.
 * K4 875+500+0+0+300 → 16.75, K5 0 → both 普通 as before.
 */
const rows: CellValue[][] = BASE_CLIENTS.map((r) => [...r, null, null]);
rows[3][4] = null; rows[4][4] = null; rows[3][5] = null;
export const corpusCase: CorpusCase = {
  id: 'merged-cells',
  title: 'merged cells across the title, the header and the data',
  grid: [['营业部客户清单（2026-06）', null, null, null, null, null, null, null, null], [...BASE_HEADER, '备注', null], ...rows],
  xlsx: {
    decorate: (sheet) => {
      sheet.mergeCells('A1:G1');
      sheet.mergeCells('H2:I2');
      sheet.mergeCells('E5:E7');
      sheet.mergeCells('F5:F6');
    },
  },
  fake: { select: 'C4' },
  expect: {
    kind: 'result', headerRow: 2, tierCounts: { 钻石: 1, 黄金: 1, 白银: 1, 普通: 2 },
    clients: [
      { row: 3, tier: '钻石', score: 100 }, { row: 4, tier: '黄金', score: 79.5 }, { row: 5, tier: '白银', score: 47 },
      { row: 6, tier: '普通', score: 16.75 }, { row: 7, tier: '普通', score: 0 },
    ],
    issues: [
      { row: 6, column: '客户需求', problem: 'missing_value' }, { row: 6, column: '风险等级', problem: 'missing_value' },
      { row: 7, column: '客户需求', problem: 'missing_value' },
    ],
  },
};
