import { text, type LocalizedText } from '../i18n/locale';
import type { UnplacedReason } from './proposeManagers';

/** Captions of the manager proposal: the client-sheet column and the load sheet. */
export const MANAGER_LOAD_LABELS = {
  proposedColumn: text('建议客户经理', 'Proposed manager'),
  sheetName: text('客户经理负荷', 'Manager Load'),
  title: text('TierBook 客户经理负荷与建议分配', 'TierBook account manager load and proposals'),
  manager: text('客户经理', 'Account manager'),
  branch: text('营业部', 'Branch'),
  onDuty: text('在岗', 'On duty'),
  tier: text('等级', 'Tier'),
  existing: text('现有客户', 'Current clients'),
  proposed: text('建议新增', 'Proposed'),
  total: text('合计', 'Total'),
  capacity: text('容量', 'Capacity'),
  spare: text('剩余', 'Spare'),
  yes: text('是', 'yes'),
  no: text('否', 'no'),
  unplacedTitle: text('未能安排客户经理的客户', 'Clients who could not be given a manager'),
  clientId: text('客户号', 'Client ID'),
  clientName: text('客户姓名', 'Client name'),
  reason: text('原因', 'Reason'),
} as const satisfies Record<string, LocalizedText>;

export const UNPLACED_REASON_TEXT: Readonly<Record<UnplacedReason, LocalizedText>> = {
  noRoster: text('没有客户经理名册（或名册为空）', 'no account manager roster (or it is empty)'),
  noneOnDuty: text('名册中没有在岗的客户经理', 'no manager on the roster is on duty'),
  full: text('在岗客户经理的该等级容量已满', 'every manager on duty is at capacity for this tier'),
};

/** The load sheet's first note: how many needed a manager, how many got a proposal. */
export function proposalNote(needed: number, placed: number): LocalizedText {
  if (needed === 0) return text('须配备专属客户经理的客户都已有在岗的客户经理', 'Every client who needs a dedicated manager has one on duty');
  return text(`须配备专属客户经理而没有（或其经理不在岗）的客户 ${needed} 名，已建议 ${placed} 名；建议写在客户表「建议客户经理」列，不改动客户自己的经理列`,
    `${needed} client${needed === 1 ? '' : 's'} who need a dedicated manager had none on duty; ${placed} got a proposal, in the client sheet's "Proposed manager" column (the client's own manager cell is never changed)`);
}

export function unplacedListedNote(total: number, listed: number): LocalizedText {
  return text(`共 ${total} 名，仅列出前 ${listed} 名`, `${total} in all; only the first ${listed} are listed`);
}

/** The follow-up plan (回访计划): what TierBook writes, and the four columns a manager fills in. */
export const FOLLOW_UP_LABELS = {
  sheetName: text('回访计划', 'Follow-up Plan'),
  title: text('TierBook 回访计划', 'TierBook follow-up plan'),
  help: text(
    '客户经理在右侧四列填写：回访日期、回访方式、满意度（1–5）、备注。下次运行 TierBook 时，先把填写过的行记入「服务记录」表（同一客户、日期、方式只记一次），再生成新的计划；填写的内容不会丢失。',
    'Managers fill in the four columns on the right: contact date, way, satisfaction (1–5) and note. On the next run TierBook first copies every filled row into the Service Log sheet (the same client, date and way once), then writes the new plan; nothing typed here is lost.'),
  clientId: text('客户号', 'Client ID'),
  clientName: text('客户姓名', 'Client name'),
  tier: text('客户等级', 'Tier'),
  manager: text('客户经理', 'Account manager'),
  lastContact: text('上次回访', 'Last contact'),
  due: text('应回访日期', 'Due'),
  priority: text('优先级', 'Priority'),
  reason: text('原因', 'Reason'),
  contactDate: text('回访日期', 'Contact date'),
  way: text('回访方式', 'Way'),
  satisfaction: text('满意度', 'Satisfaction'),
  note: text('备注', 'Note'),
} as const satisfies Record<string, LocalizedText>;

/** The ways of contact the plan's list offers (a typed other way is kept, and reported only by the list's own warning). */
export const CONTACT_WAYS: Readonly<Record<'zh-CN' | 'en-US', readonly string[]>> = {
  'zh-CN': ['电话', '面谈', '企业微信', '短信', '邮件', '视频'],
  'en-US': ['Phone', 'Meeting', 'WeCom', 'SMS', 'Email', 'Video'],
};

export type FollowUpReason = 'watchlist' | 'overdue' | 'tierChange' | 'firstContact' | 'scheduled';

export const FOLLOW_UP_REASON_TEXT: Readonly<Record<FollowUpReason, LocalizedText>> = {
  watchlist: text('流失预警', 'on the watchlist'),
  overdue: text('逾期未回访', 'overdue'),
  tierChange: text('等级变动', 'tier changed'),
  firstContact: text('尚无回访记录', 'no contact on record'),
  scheduled: text('按周期回访', 'scheduled'),
};

/** 1 高, 2 中, 3 低. */
export const PRIORITY_TEXT: Readonly<Record<1 | 2 | 3, LocalizedText>> = {
  1: text('高', 'High'), 2: text('中', 'Medium'), 3: text('低', 'Low'),
};

/** The service log (服务记录): every contact, from the plan or typed in, never rewritten. */
export const SERVICE_LOG_LABELS = {
  sheetName: text('服务记录', 'Service Log'),
  source: text('来源', 'Source'),
  loggedAt: text('记入时间', 'Logged at'),
  fromPlan: text('回访计划', 'follow-up plan'),
} as const satisfies Record<string, LocalizedText>;
