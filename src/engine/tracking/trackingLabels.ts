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
