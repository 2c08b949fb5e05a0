import { text, type LocalizedText } from '../i18n/locale';

/** The first cell that identifies a strategy templates sheet, whatever the sheet is called. */
export const STRATEGY_TEMPLATES_MARKER = 'TIERBOOK-STRATEGIES';
export const STRATEGY_TEMPLATES_FORMAT = 1;

/** What one row of the templates sheet holds; the Item column names it in either language (or by this key). */
export type TemplateField = 'title' | 'audience' | 'action' | 'channel' | 'cadence' | 'followUpDays' | 'dedicatedManager' | 'product' | 'kpi';

export const TEMPLATE_FIELDS: readonly TemplateField[] = ['title', 'audience', 'action', 'channel', 'cadence', 'followUpDays', 'dedicatedManager', 'product', 'kpi'];

export const TEMPLATE_FIELD_LABELS: Readonly<Record<TemplateField, LocalizedText>> = {
  title: text('标题', 'Title'),
  audience: text('适用对象', 'Audience'),
  action: text('服务动作', 'Action'),
  channel: text('服务渠道', 'Channel'),
  cadence: text('联系频率', 'Cadence'),
  followUpDays: text('回访周期', 'Follow-up every'),
  dedicatedManager: text('专属客户经理', 'Dedicated manager'),
  product: text('推荐产品', 'Product'),
  kpi: text('考核指标', 'KPI'),
};

export const TEMPLATE_LABELS = {
  sheetName: text('策略模板', 'Strategy Templates'),
  title: text('TierBook 服务策略模板', 'TierBook service strategy templates'),
  help: text(
    '每行一项，策略键相同的行组成一个策略。项目：标题、适用对象、服务动作、服务渠道、联系频率、推荐产品、考核指标。' +
      '适用对象的规则写在 E 列：tier:钻石|Diamond（按等级名）、rank:top / middle / bottom（模板未列出的等级按位置）、factor:assets>=80（按因子分）；C、D 列的说明由 TierBook 生成。推荐产品须在 E 列填写风险等级 R1–R5。' +
      '回访周期在 E 列填天数（如 30，回访计划按它排期）；专属客户经理在 E 列填 是 / 否（是：该等级客户须有客户经理，无人时 TierBook 建议一位）。',
    'One item per row; rows with the same key make one playbook. Items: Title, Audience, Action, Channel, Cadence, Product, KPI. ' +
      'An audience rule goes in column E: tier:钻石|Diamond (by tier name), rank:top / middle / bottom (tiers no template names, by position), factor:assets>=80 (by factor score); TierBook writes the description in C and D. A product needs its risk rating R1–R5 in column E. ' +
      'Follow-up every: the number of days in column E (e.g. 30; the follow-up plan schedules by it). Dedicated manager: 是/yes or 否/no in column E (yes: the tier\'s clients must have an account manager, and TierBook proposes one when none is set).'),
} as const satisfies Record<string, LocalizedText>;

export const TEMPLATE_HEADERS = [
  text('策略键', 'Key'), text('项目', 'Item'), text('中文', 'Chinese (zh-CN)'), text('英文', 'English (en-US)'), text('规则 / 风险等级', 'Rule / risk rating'),
] as const;

/** Column offsets of the templates table. */
export const TEMPLATE_COL = { key: 0, field: 1, zh: 2, en: 3, extra: 4 } as const;

export const STRATEGY_LABELS = {
  overviewSheetName: text('服务策略', 'Service Strategies'),
  overviewTitle: text('TierBook 服务策略总览', 'TierBook service strategy overview'),
  tierSheetPrefix: text('策略-', 'Strategy-'),
  tier: text('等级', 'Tier'),
  clients: text('客户数', 'Clients'),
  playbook: text('服务策略', 'Playbook'),
  matchedBy: text('匹配依据', 'Matched by'),
  audience: text('适用对象', 'Audience'),
  actions: text('服务动作', 'Actions'),
  cadence: text('联系频率', 'Cadence'),
  channels: text('服务渠道', 'Channels'),
  products: text('推荐产品', 'Suggested products'),
  riskRating: text('产品风险等级', 'Risk rating'),
  kpis: text('考核指标', 'KPIs'),
  viaTier: text('按等级名', 'by tier name'),
  viaRank: text('按等级位置（模板未列出该等级）', 'by tier position (no template names this tier)'),
  noPlaybook: text('（无匹配策略：请在策略模板中添加）', '(no matching playbook: add one in the strategy templates)'),
  suitabilityNote: text(
    '推荐产品仅为类别建议：向客户推荐前须确认产品风险等级（R1–R5）不高于客户风险承受等级（C1–C5），并完成风险揭示。',
    'Suggested products are categories only: before offering one, make sure its risk rating (R1–R5) does not exceed the client\'s risk level (C1–C5), and give the risk disclosure.'),
  clientId: text('客户号', 'Client ID'),
  score: text('综合分', 'Score'),
  matchedPlaybooks: text('适用的因子策略', 'Factor playbooks that apply'),
  suitableShelf: text('可推介产品（适当性）', 'Products to offer (suitable)'),
} as const satisfies Record<string, LocalizedText>;

/** What TierBook writes in C and D of a follow-up row; only column E (the days) is read back. */
export function followUpDaysText(days: number): LocalizedText {
  return text(`每 ${days} 天回访一次`, `A follow-up call every ${days} day${days === 1 ? '' : 's'}`);
}

/** What TierBook writes in C and D of a dedicated-manager row; only column E (是 / 否) is read back. */
export function dedicatedManagerText(required: boolean): LocalizedText {
  return required ? text('须配备专属客户经理', 'A dedicated account manager is required') : text('无须专属客户经理', 'No dedicated account manager is required');
}

export function untieredNote(count: number): LocalizedText {
  return text(`另有 ${count} 名客户未分级（原因见数据问题与日志）`, `${count} more client${count === 1 ? ' has' : 's have'} no tier (see the data issues and the log)`);
}

export function tierClientsNote(total: number, listed: number): LocalizedText {
  if (total === 0) return text('本等级暂无客户', 'No clients in this tier');
  if (listed < total) {
    return text(`本等级共 ${total} 名客户，已达每表上限，仅按综合分从高到低列出前 ${listed} 名；完整名单请在客户表中按等级筛选`,
      `This tier has ${total} clients; only the top ${listed} by score are listed (the per-sheet limit). Filter the client sheet by tier for the full list`);
  }
  return text(`本等级共 ${total} 名客户，按综合分从高到低排列`, `This tier has ${total} client${total === 1 ? '' : 's'}, listed by score, highest first`);
}

export function tierSheetTitle(tierName: string): LocalizedText {
  return text(`${tierName} — 服务策略与客户名单`, `${tierName}: service playbook and clients`);
}
