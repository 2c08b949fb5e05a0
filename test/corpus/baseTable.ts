/*
 * The five-client table most cases start from, and small models whose scores can be worked out by hand.
 *
 * Scores of BASE_CLIENTS under the default model, written out from docs/model.md (not from engine code):
 * percentile = 100 × (values strictly below) / (n − 1); minmax = 100 × (v − min) / (max − min);
 * needs 专业投资 100 / 基础理财 30; risk C1..C5 = 0/25/50/75/100; weights 35/20/15/15/15; tiers 80/60/40/0.
 *
 *   K1  assets 100, freq 100, needs 100, risk 100, tenure 10 → 100 ............................ 100   钻石
 *   K2  assets  75, freq  75, needs 100, risk  75, tenure  8 →  80  (2625+1500+1500+1125+1200)  79.5 黄金
 *   K3  assets  50, freq  50, needs  30, risk  50, tenure  5 →  50  (1750+1000+450+750+750)     47   白银
 *   K4  assets  25, freq  25, needs  30, risk  25, tenure  2 →  20  (875+500+450+375+300)       25   普通
 *   K5  assets   0, freq   0, needs  30, risk   0, tenure  0 →   0  (450)                        4.5 普通
 */
import type { CellValue } from '../../src/engine';
import type { ClientExpectation, Grid } from './corpusCase';

export const BASE_HEADER: readonly string[] = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];

/** Column index of each header in BASE_HEADER. */
export const COL = { id: 0, name: 1, assets: 2, frequency: 3, needs: 4, risk: 5, tenure: 6 } as const;

export const BASE_CLIENTS: readonly (readonly CellValue[])[] = [
  ['K1', '张伟', 5_000_000, 200, '专业投资', 'C5', 10],
  ['K2', '王芳', 2_000_000, 150, '专业投资', 'C4', 8],
  ['K3', '李娜', 1_000_000, 100, '基础理财', 'C3', 5],
  ['K4', '刘洋', 500_000, 50, '基础理财', 'C2', 2],
  ['K5', '陈静', 100_000, 10, '基础理财', 'C1', 0],
];

/** Header in row 1, K1..K5 in rows 2..6. */
export function baseGrid(): CellValue[][] {
  return [[...BASE_HEADER], ...BASE_CLIENTS.map((r) => [...r])];
}

/** The hand-worked tiers of BASE_CLIENTS when the header is at `headerRow`. */
export function baseClientTiers(headerRow = 1): ClientExpectation[] {
  const tiers: [string, string, number][] = [['K1', '钻石', 100], ['K2', '黄金', 79.5], ['K3', '白银', 47], ['K4', '普通', 25], ['K5', '普通', 4.5]];
  return tiers.map(([id, tier, score], i) => ({ row: headerRow + 1 + i, id, tier, score }));
}

export const BASE_COUNTS = { 钻石: 1, 黄金: 1, 白银: 1, 普通: 2 } as const;

/** Replaces cells of a grid: `[row, column, value]`, rows and columns 0-based. */
export function withCells(grid: Grid, edits: readonly (readonly [number, number, CellValue])[]): CellValue[][] {
  const out = grid.map((r) => [...r]);
  for (const [r, c, v] of edits) {
    while (out.length <= r) out.push([]);
    while (out[r].length <= c) out[r].push(null);
    out[r][c] = v;
  }
  return out;
}

/** Thresholds easy to read scores against. */
export const ABC_TIERS = [{ name: 'A', minScore: 80 }, { name: 'B', minScore: 40 }, { name: 'C', minScore: 0 }];

/** One factor, 总资产 by min–max: a client's score is 100 × (v − min) / (max − min), nothing else. */
export function assetsOnlyModel(column = '总资产', direction: 'higher' | 'lower' = 'higher'): Record<string, unknown> {
  return {
    name: 'assets only', idColumn: '客户号',
    factors: [{ key: 'assets', column, weight: 1, scale: 'minmax', direction }],
    tiers: ABC_TIERS,
  };
}

/** A grid of id + one value column, header in row 1. */
export function oneColumnGrid(header: string, values: readonly CellValue[]): CellValue[][] {
  return [['客户号', header], ...values.map((v, i) => [`C${String(i + 1).padStart(2, '0')}`, v])];
}

