import { text, type LocalizedText } from '../i18n/locale';
import type { FactorSpec } from '../model/types';

/** Sheet names, headers and notes of the analysis sheets, in both languages. */
export const ANALYSIS_LABELS = {
  sensitivitySheet: text('敏感性分析', 'Sensitivity'),
  sensitivityTitle: text('权重敏感性：某一因子权重变动 ±5、±10 个百分点（其余按比例缩放）时改变等级的客户数', 'Weight sensitivity: clients whose tier changes when one factor\'s weight moves ±5 or ±10 points (the others rescaled to keep their ratios)'),
  factor: text('因子', 'Factor'),
  weightShare: text('权重（%）', 'Weight (%)'),
  notApplicable: text('—', '—'),
  boundaryTitle: (margin: number): LocalizedText => text(`临界客户：综合得分距某一分数线不超过 ${margin} 分`, `Boundary clients: score within ${margin} point${margin === 1 ? '' : 's'} of a cutoff`),
  tier: text('等级', 'Tier'),
  cutoff: text('分数线', 'Cutoff'),
  justBelow: text('线下（可能升级）', 'Just below (could move up)'),
  justAbove: text('线上（可能降级）', 'On or just above (could drop)'),
  clientId: text('客户号', 'Client ID'),
  row: text('行号', 'Row'),
  score: text('综合得分', 'Score'),
  currentTier: text('当前等级', 'Current tier'),
  nearestCutoff: text('最近分数线', 'Nearest cutoff'),
  distance: text('距分数线', 'Distance to cutoff'),
  noTier: text('（无等级）', '(no tier)'),
  upgradeSheet: text('升级潜力', 'Upgrade Potential'),
  upgradeTitle: (points: number, increase: number): LocalizedText => text(
    `升级潜力：距下一等级不超过 ${points} 分，或资产增加不超过 ${Math.round(increase * 100)}% 即可升级的客户，按还差分数从小到大`,
    `Upgrade potential: clients at most ${points} points from the next tier, or at most ${Math.round(increase * 100)}% more assets from it, smallest step first`),
  upgradeNote: text('因子贡献 = 权重占比 × 因子得分；升级所需资产：其他因子与其他客户不变，按本次运行的尺度反算，取 0.01 单位网格上最小的可升级值', 'Contribution = weight share × factor score. Assets needed: the other factors and every other client held, the factor\'s scale of this run inverted; the least value on the 0.01 grid that reaches the next tier'),
  nextTier: text('下一等级', 'Next tier'),
  pointsNeeded: text('还差分数', 'Points needed'),
  contribution: (factor: string): LocalizedText => text(`${factor}贡献`, `${factor} contribution`),
  assets: text('当前资产', 'Assets'),
  assetsTarget: text('升级所需资产', 'Assets for next tier'),
  assetsIncrease: text('资产增加', 'Increase'),
  assetsIncreaseShare: text('增幅', 'Increase (%)'),
  upgradeEmpty: text('没有客户在此范围内', 'No client is within reach'),
  clusterSheet: text('聚类画像', 'Cluster Profiles'),
  clusterTitle: (k: number): LocalizedText => text(`客户聚类（k-means，k = ${k}）`, `Client clusters (k-means, k = ${k})`),
  clusterNote: (m: number, inertia: number, silhouette: number): LocalizedText => text(
    `对 ${m.toLocaleString('en-US')} 位各因子齐全的客户的因子得分聚类（k-means++，固定种子，10 次重启取惯性最小）；惯性 ${inertia.toFixed(1)}；轮廓系数 ${Number.isNaN(silhouette) ? '—' : silhouette.toFixed(3)}（固定抽样不超过 5,000 位）`,
    `Factor scores of the ${m.toLocaleString('en-US')} clients with every factor present (k-means++, fixed seed, 10 restarts, lowest inertia kept); inertia ${inertia.toFixed(1)}; silhouette ${Number.isNaN(silhouette) ? '—' : silhouette.toFixed(3)} (fixed sample of at most 5,000)`),
  cluster: text('群', 'Cluster'),
  clusterColumn: text('聚类', 'Cluster'),
  clients: text('客户数', 'Clients'),
  share: text('占比', 'Share'),
  meanScore: text('平均综合得分', 'Mean score'),
  profile: text('画像', 'Profile'),
  crossTitle: text('群 × 等级（客户数）', 'Clusters × tiers (clients)'),
  total: text('合计', 'Total'),
  cutoffsTitle: text('数据建议的分数线（按当前等级数）', 'Cutoffs suggested by the data (for the current number of tiers)'),
  currentCutoffs: text('当前分数线', 'Current cutoffs'),
  quantileCutoffs: text('分位数（各等级人数相等）', 'Quantiles (equal clients per tier)'),
  naturalBreaks: text('自然断点（Fisher–Jenks，0.01 分网格）', 'Natural breaks (Fisher–Jenks, 0.01-point grid)'),
  naturalBreakCounts: text('自然断点各档客户数', 'Clients per natural-breaks tier'),
  average: text('各项接近平均', 'close to average on every factor'),
} as const;

/** A factor's display name. */
export function factorDisplayName(factor: Pick<FactorSpec, 'key' | 'label'>, locale: 'zh-CN' | 'en-US'): string {
  return factor.label?.[locale] ?? factor.key;
}

/** How far from the overall mean (in points) a cluster's mean factor score must be to name it in the profile. */
const NOTABLE_POINTS = 10;

/**
 * A plain-words profile of a cluster: the (at most two) factors whose mean lies furthest from the overall mean, by at
 * least 10 points, as "资产规模高、交易频率低" / "high asset size, low trading frequency".
 */
export function clusterProfileLabel(profile: readonly number[], overall: readonly number[], factors: readonly Pick<FactorSpec, 'key' | 'label'>[]): LocalizedText {
  const notable = profile
    .map((mean, f) => ({ f, d: mean - overall[f] }))
    .filter((x) => Number.isFinite(x.d) && Math.abs(x.d) >= NOTABLE_POINTS)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.f - b.f)
    .slice(0, 2);
  if (notable.length === 0) return ANALYSIS_LABELS.average;
  return text(
    notable.map((x) => `${factorDisplayName(factors[x.f], 'zh-CN')}${x.d > 0 ? '高' : '低'}`).join('、'),
    notable.map((x) => `${x.d > 0 ? 'high' : 'low'} ${factorDisplayName(factors[x.f], 'en-US').toLowerCase()}`).join(', '),
  );
}
