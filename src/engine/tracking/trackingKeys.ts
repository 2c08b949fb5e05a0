// Plan keys of the tracking sheets, in a module without imports so the marker scheme can name them without a cycle.

/** 客户经理名册: the user's input, written once with an example, then only read. */
export const MANAGER_ROSTER_SHEET_KEY = 'managerRoster';
/** 回访计划: rewritten by each run, after its filled rows were copied to the service log. */
export const FOLLOW_UP_SHEET_KEY = 'followUpPlan';
/** 服务记录: append-only, never rewritten, reordered or removed. */
export const SERVICE_LOG_SHEET_KEY = 'serviceLog';
/** 流失预警: rewritten by each run. */
export const WATCHLIST_SHEET_KEY = 'watchlist';
