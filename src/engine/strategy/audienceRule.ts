import { text, type LocalizedText } from '../i18n/locale';
import { createDefaultModel } from '../model/defaultModel';
import type { FactorSpec } from '../model/types';
import type { AudienceRule, TierRank } from './playbook';

/*
 * The one-cell text form of an audience rule, as the templates sheet shows it:
 *   tier:钻石|Diamond      rank:top | middle | bottom      factor:assets>=80   factor:risk<=25   factor:assets>=30<=70
 * Chinese keywords are accepted too (等级 / 位置 / 因子, 最高 / 中间 / 最低); the writer uses the English ones.
 */

const KIND_WORDS: Readonly<Record<string, AudienceRule['kind']>> = { tier: 'tier', 等级: 'tier', rank: 'rank', 位置: 'rank', factor: 'factor', 因子: 'factor' };
const RANK_WORDS: Readonly<Record<string, TierRank>> = { top: 'top', 最高: 'top', middle: 'middle', 中间: 'middle', bottom: 'bottom', 最低: 'bottom' };
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const FACTOR_RULE = new RegExp(String.raw`^([^<>=\s]+)\s*(?:>=\s*(${NUMBER}))?\s*(?:<=\s*(${NUMBER}))?$`, 'u');

export function formatAudienceRule(rule: AudienceRule): string {
  switch (rule.kind) {
    case 'tier': return `tier:${rule.names.join('|')}`;
    case 'rank': return `rank:${rule.rank}`;
    case 'factor': return `factor:${rule.factor}${rule.min !== undefined ? `>=${rule.min}` : ''}${rule.max !== undefined ? `<=${rule.max}` : ''}`;
  }
}

/** The rule a cell's text stands for, or why it stands for none. */
export function parseAudienceRule(raw: string): { rule: AudienceRule } | { error: LocalizedText } {
  const source = raw.normalize('NFKC').trim();
  const colon = source.indexOf(':');
  const kind = colon < 0 ? undefined : KIND_WORDS[source.slice(0, colon).trim().toLowerCase()];
  if (kind === undefined) {
    return { error: text(`无法识别适用对象规则「${raw}」：应为 tier:等级名、rank:top|middle|bottom 或 factor:因子键>=分数`,
      `cannot read the audience rule "${raw}": expected tier:<tier name>, rank:top|middle|bottom or factor:<factor key>>=<score>`) };
  }
  const body = source.slice(colon + 1).trim();
  if (kind === 'tier') {
    const names = body.split('|').map((n) => n.trim()).filter((n) => n !== '');
    return names.length > 0 ? { rule: { kind, names } }
      : { error: text(`规则「${raw}」没有等级名`, `the rule "${raw}" names no tier`) };
  }
  if (kind === 'rank') {
    const rank = RANK_WORDS[body.toLowerCase()];
    return rank ? { rule: { kind, rank } }
      : { error: text(`规则「${raw}」的等级位置应为 top、middle 或 bottom`, `the rule "${raw}" needs a rank of top, middle or bottom`) };
  }
  return parseFactorRule(body, raw);
}

function parseFactorRule(body: string, raw: string): { rule: AudienceRule } | { error: LocalizedText } {
  const m = FACTOR_RULE.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return { error: text(`规则「${raw}」应写成 factor:因子键>=分数、factor:因子键<=分数 或 factor:因子键>=分数<=分数`,
      `the rule "${raw}" should read factor:<key>>=<score>, factor:<key><=<score> or factor:<key>>=<score><=<score>`) };
  }
  const min = m[2] === undefined ? undefined : Number(m[2]);
  const max = m[3] === undefined ? undefined : Number(m[3]);
  for (const bound of [min, max]) {
    if (bound !== undefined && (bound < 0 || bound > 100)) {
      return { error: text(`规则「${raw}」的分数 ${bound} 不在 0–100 之间`, `the score ${bound} in the rule "${raw}" is not between 0 and 100`) };
    }
  }
  if (min !== undefined && max !== undefined && min > max) {
    return { error: text(`规则「${raw}」的下限 ${min} 大于上限 ${max}`, `the rule "${raw}" has its lower bound ${min} above its upper bound ${max}`) };
  }
  const rule: { kind: 'factor'; factor: string; min?: number; max?: number } = { kind: 'factor', factor: m[1] };
  if (min !== undefined) rule.min = min;
  if (max !== undefined) rule.max = max;
  return { rule };
}

const RANK_TEXT: Readonly<Record<TierRank, LocalizedText>> = {
  top: text('最高等级（没有策略写明该等级名时）', 'the top tier (when no playbook names the tier)'),
  middle: text('中间等级（没有策略写明该等级名时）', 'a middle tier (when no playbook names the tier)'),
  bottom: text('最低等级（没有策略写明该等级名时）', 'the bottom tier (when no playbook names the tier)'),
};

/** A rule in words, naming factors by their labels in `factors` (the default model's when not given). */
export function describeAudienceRule(rule: AudienceRule, factors: readonly FactorSpec[] = createDefaultModel().factors): LocalizedText {
  switch (rule.kind) {
    case 'tier': return text(`等级为 ${rule.names.join(' / ')}`, `tier is ${rule.names.join(' or ')}`);
    case 'rank': return RANK_TEXT[rule.rank];
    case 'factor': {
      const label = factors.find((f) => f.key === rule.factor)?.label ?? text(rule.factor, rule.factor);
      const range = rule.max === undefined && rule.min !== undefined ? `≥ ${rule.min}`
        : rule.min === undefined && rule.max !== undefined ? `≤ ${rule.max}` : `${rule.min ?? 0}–${rule.max ?? 100}`;
      return text(`${label['zh-CN']}因子分 ${range}`, `${label['en-US']} factor score ${range}`);
    }
  }
}
