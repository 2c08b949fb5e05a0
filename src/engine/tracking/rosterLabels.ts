import { text, type LocalizedText } from '../i18n/locale';

/** The first cell that identifies a manager roster sheet, whatever the sheet is called. */
export const MANAGER_ROSTER_MARKER = 'TIERBOOK-MANAGERS';
export const MANAGER_ROSTER_FORMAT = 1;

export { MANAGER_ROSTER_SHEET_KEY } from './trackingKeys';

/** 0-based row of the table header in a written roster (title, marker, help, blank, header). */
export const ROSTER_HEADER_ROW = 4;

/** Column offsets of the roster; capacity columns follow, one per tier, headed by the tier's name. */
export const ROSTER_COL = { manager: 0, branch: 1, onDuty: 2, firstCapacity: 3 } as const;

export const ROSTER_LABELS = {
  sheetName: text('客户经理名册', 'Account Managers'),
  title: text('TierBook 客户经理名册', 'TierBook account manager roster'),
  help: text(
    '每行一位客户经理：姓名、营业部、在岗（是 / 否），D 列起每列一个等级（表头为等级名），填该经理最多可服务的该等级客户数（整数；空白为 0）。' +
      '第一行是示例（在岗为「否」，不会分配客户），请改成真实名单。TierBook 只读取本表、从不改写；删除本表后下次运行重新写出示例。',
    'One account manager per row: name, branch (营业部), on duty (是/yes or 否/no), then one column per tier (headed by the tier\'s name) with how many clients of that tier the manager can serve (a whole number; blank is 0). ' +
      'The first row is an example (not on duty, so it gets no clients): replace it with your team. TierBook only reads this sheet and never rewrites it; delete it to get the example back on the next run.'),
  manager: text('客户经理', 'Account manager'),
  branch: text('营业部', 'Branch'),
  onDuty: text('在岗', 'On duty'),
  exampleName: text('示例经理', 'Example Manager'),
  exampleBranch: text('示例营业部', 'Example branch'),
  no: text('否', 'no'),
} as const satisfies Record<string, LocalizedText>;
