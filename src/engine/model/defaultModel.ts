import { text } from '../i18n/locale';
import type { TierModel } from './types';

/** C1–C5 and the CSRC labels that stand for them; 最低类别 is below C1 and scores like it. */
export const RISK_LEVEL_SCORES: Readonly<Record<string, number>> = {
  C1: 0, C2: 25, C3: 50, C4: 75, C5: 100,
  保守型: 0, 谨慎型: 25, 稳健型: 50, 积极型: 75, 激进型: 100,
  最低类别: 0,
};

/** Professional needs are worth more service than basic wealth management. */
export const NEEDS_SCORES: Readonly<Record<string, number>> = {
  专业投资: 100, 基础理财: 30, professional: 100, basic: 30,
};

/** The five-factor model TierBook starts from: 资产规模, 交易频率, 客户需求, 风险偏好, 忠诚度. */
export function createDefaultModel(): TierModel {
  return {
    name: 'TierBook default',
    version: '1',
    idColumn: '客户号',
    factors: [
      { key: 'assets', column: '总资产', weight: 35, scale: 'percentile', label: text('资产规模', 'Asset size') },
      { key: 'frequency', column: '年交易次数', weight: 20, scale: 'percentile', label: text('交易频率', 'Trading frequency') },
      { key: 'needs', column: '客户需求', weight: 15, scale: 'category', categories: { ...NEEDS_SCORES }, label: text('客户需求', 'Needs') },
      { key: 'risk', column: '风险等级', weight: 15, scale: 'category', categories: { ...RISK_LEVEL_SCORES }, label: text('风险偏好', 'Risk preference') },
      { key: 'loyalty', column: '开户年限', weight: 15, scale: 'minmax', label: text('忠诚度', 'Loyalty') },
    ],
    tiers: [
      { name: '钻石', minScore: 80, label: text('钻石', 'Diamond') },
      { name: '黄金', minScore: 60, label: text('黄金', 'Gold') },
      { name: '白银', minScore: 40, label: text('白银', 'Silver') },
      { name: '普通', minScore: 0, label: text('普通', 'Standard') },
    ],
    missing: 'zero',
  };
}
