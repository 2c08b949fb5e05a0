/*
 * The follow-up loop's three-run scenario (docs/tracking.md), shared by the runner's test (test/cli/trackingLoop.test.ts)
 * and the add-in's cross-host test (test/excel/trackingLoop.test.ts): one min-max factor over 0…100 so a client's
 * score is its assets; 钻石 ≥ 75, 黄金 ≥ 50, 普通 below. The edits between runs are written here once, host-neutrally.
 */
import { text, type TierModel } from '../../src/engine';

export const TRACKING_MODEL: TierModel = {
  idColumn: '客户号',
  factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'minmax' }], // every run has 0 and 100, so score = assets
  tiers: [{ name: '钻石', minScore: 75, label: text('钻石', 'Diamond') }, { name: '黄金', minScore: 50 }, { name: '普通', minScore: 0 }],
  missing: 'exclude',
};
export const TRACKING_HEADERS = ['客户号', '客户姓名', '总资产', '营业部', '客户经理'];
export const TRACKING_RUN1: (string | number | null)[][] = [
  ['K01', '甲', 100, '上海', null], ['K02', '乙', 90, '北京', '王芳'], ['K03', '丙', 80, '上海', null], ['K04', '丁', 60, '上海', null], ['K05', '戊', 0, '北京', null],
];
export const TRACKING_RUN_DATES = ['2026-06-30', '2026-07-10', '2026-07-20'] as const;

/** A typed cell: text or a number as typed, or a real date cell (an Excel serial in the add-in, a date in a file). */
export type TypedCell = string | number | null | { readonly date: string };

/** Cells typed from a cell rightwards: at an A1 address, or on a client's follow-up plan row from a 0-based column. */
export interface TrackingEdit {
  readonly sheet: string;
  readonly at: string | { readonly client: string; readonly column: number };
  readonly cells: readonly TypedCell[];
}

/** The follow-up plan's first client row (1-based): rows 1–5 are the title, marker, help, blank and header. */
export const PLAN_FIRST_ROW = 6;

/** Between runs 1 and 2: the team fills the roster (with mistakes) and two plan rows; the data changes. */
export const EDITS_AFTER_RUN1: readonly TrackingEdit[] = [
  { sheet: '客户经理名册', at: 'A6', cells: ['李雷', '上海', '是', 1, 5, 5] },
  { sheet: '客户经理名册', at: 'A7', cells: ['王芳', '北京', '是', 2, 5, 5] },
  { sheet: '客户经理名册', at: 'A8', cells: ['王芳', '北京', '是', 1, 1, 1] },
  { sheet: '客户经理名册', at: 'A9', cells: ['张伟', null, '是', 'x', 1, 1] },
  { sheet: '回访计划', at: { client: 'K01', column: 8 }, cells: [{ date: '2026-06-28' }, '电话', 5] },
  { sheet: '回访计划', at: { client: 'K02', column: 8 }, cells: ['2026/6/29', '面谈', 4] },
  { sheet: '客户清单', at: 'C4', cells: [40] }, // K03 falls to 普通
  { sheet: '客户清单', at: 'C5', cells: [85] }, // K04 rises to 钻石
];

/** Between runs 2 and 3: more entries, bad ones included, one already logged; a manager types two rows into the log. */
export const EDITS_AFTER_RUN2: readonly TrackingEdit[] = [
  { sheet: '回访计划', at: { client: 'K04', column: 8 }, cells: ['2026年7月8日', '电话', 2] },
  { sheet: '回访计划', at: { client: 'K03', column: 8 }, cells: ['2026-07-09', '电话', 7] },
  { sheet: '回访计划', at: { client: 'K05', column: 8 }, cells: ['2026-08-01', '面谈', 2] },
  { sheet: '回访计划', at: { client: 'K01', column: 8 }, cells: [{ date: '2026-06-28' }, '电话', 5] },
  { sheet: '服务记录', at: 'A4', cells: ['K02', null, null, null, '2026/7/15', '电话', 5, '经理手填'] },
  { sheet: '服务记录', at: 'A5', cells: ['X99', null, null, null, '2026-07-01', '电话', 4] },
];

/** The sheets of the loop that both hosts write. */
/** The loop's sheets whose filled entries and rows the data-safety tests guard. */
export const LOOP_SHEET_NAMES = ['客户经理名册', '回访计划', '服务记录', '流失预警', '客户经理负荷'] as const;
/** Every tracking sheet both hosts write, compared cell for cell: the loop's and the effect evaluation's. */
export const TRACKING_SHEET_NAMES = [...LOOP_SHEET_NAMES, '效果历史', '客户快照', '效果评估'] as const;
