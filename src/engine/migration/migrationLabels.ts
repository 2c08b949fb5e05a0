import { text, type LocalizedText } from '../i18n/locale';
import type { ChangeMark } from './tierMigration';

/** What the change-mark column shows. */
export const CHANGE_MARK_TEXT: Readonly<Record<ChangeMark, LocalizedText>> = {
  up: text('↑', '↑'),
  down: text('↓', '↓'),
  same: text('=', '='),
  new: text('新增', 'new'),
  unranked: text('?', '?'),
};

export const MIGRATION_LABELS = {
  sheet: text('等级迁移', 'Tier Migration'),
  title: text('客户等级迁移矩阵（行：上次等级；列：本次等级）', 'Tier migration matrix (rows: previous tier; columns: this tier)'),
  corner: text('上次 \\ 本次', 'Previous \\ Now'),
  newRow: text('新增客户', 'New clients'),
  goneColumn: text('流失客户', 'Gone clients'),
  untiered: text('未分级', 'Untiered'),
  total: text('合计', 'Total'),
  changeColumn: text('等级变动', 'Tier change'),
  previousTierColumn: text('上次等级', 'Previous tier'),
  legend: text('↑ 升级　↓ 降级　= 不变　新增：上次没有该客户　?：无法比较（本次未分级，或上次等级为空或不在当前模型中）',
    '↑ moved up   ↓ moved down   = unchanged   new: not in the previous run   ?: cannot compare (untiered now, or the previous tier is blank or not in this model)'),
} as const;

/** "上调 12，下调 5，不变 80，新增 3，流失 2，无法比较 1". */
export function migrationCountsText(c: { up: number; down: number; same: number; new: number; gone: number; unranked: number }): LocalizedText {
  return text(`上调 ↑ ${c.up}，下调 ↓ ${c.down}，不变 = ${c.same}，新增 ${c.new}，流失 ${c.gone}，无法比较 ? ${c.unranked}`,
    `up ↑ ${c.up}, down ↓ ${c.down}, unchanged = ${c.same}, new ${c.new}, gone ${c.gone}, cannot compare ? ${c.unranked}`);
}
