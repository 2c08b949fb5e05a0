// Plan keys of the tracking sheets, in a module without imports so the marker scheme can name them without a cycle.

/** 客户经理名册: the user's input, written once with an example, then only read. */
export const MANAGER_ROSTER_SHEET_KEY = 'managerRoster';
/** 回访计划: rewritten by each run, after its filled rows were copied to the service log. */
export const FOLLOW_UP_SHEET_KEY = 'followUpPlan';
/** 服务记录: append-only, never rewritten, reordered or removed. */
export const SERVICE_LOG_SHEET_KEY = 'serviceLog';
/** 流失预警: rewritten by each run. */
export const WATCHLIST_SHEET_KEY = 'watchlist';
/** 效果历史: append-only, one row per run and tier; kept, so the effect evaluation sees the runs before. */
export const EFFECT_HISTORY_SHEET_KEY = 'effectHistory';
/** 客户快照: each client's tier and assets at the last run; rewritten by each run after it was read; kept. */
export const CLIENT_SNAPSHOT_SHEET_KEY = 'clientSnapshot';
/** 效果评估: the last 12 runs per tier and this period per manager; rewritten by each run. */
export const EFFECT_SHEET_KEY = 'effect';
