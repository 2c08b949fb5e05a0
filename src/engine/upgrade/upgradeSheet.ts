import { ANALYSIS_LABELS as L, factorDisplayName } from '../analysis/analysisLabels';
import type { Locale } from '../i18n/locale';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { tierName } from '../sensitivity/sensitivitySheet';
import { assetFactorIndex, upgradePotential, type UpgradeOptions } from './upgradePotential';

export const UPGRADE_SHEET_KEY = 'upgrade';

/** Defaults of the 升级潜力 list: within 5 points, or within 20% more assets. */
export const DEFAULT_UPGRADE_OPTIONS: Required<UpgradeOptions> = { maxPoints: 5, maxAssetIncrease: 0.2 };

/**
 * 升级潜力: the clients within reach of the next tier, smallest step first, for relationship managers: points needed,
 * each factor's contribution, and (with an asset factor) the assets that reach the next tier.
 */
export function buildUpgradeSheet(result: TieringResult, locale: Locale, options: Required<UpgradeOptions>): PlanSheet {
  const { model } = result;
  const steps = upgradePotential(result, options);
  const withAssets = assetFactorIndex(result) >= 0;
  const factors = model.factors.map((f) => factorDisplayName(f, locale));
  const header: PlanCell[] = [
    L.clientId[locale], L.row[locale], L.currentTier[locale], L.score[locale], L.nextTier[locale], L.cutoff[locale], L.pointsNeeded[locale],
    ...factors.map((f) => L.contribution(f)[locale]),
  ];
  if (withAssets) header.push(L.assets[locale], L.assetsTarget[locale], L.assetsIncrease[locale], L.assetsIncreaseShare[locale]);
  const rows: PlanCell[][] = [[L.upgradeTitle(options.maxPoints, options.maxAssetIncrease)[locale]], [L.upgradeNote[locale]], header];
  for (const s of steps) {
    const i = s.client;
    const row: PlanCell[] = [
      result.table.ids[i] ?? '', result.table.rowNumbers[i], tierName(result, s.tier, locale), s.score, tierName(result, s.nextTier, locale), s.cutoff,
      s.pointsNeeded, ...s.contributions,
    ];
    if (withAssets) {
      const target = s.assetsTarget;
      row.push(s.assets ?? null, target ?? null, target !== undefined && s.assets !== undefined ? target - s.assets : null,
        target !== undefined && s.assets ? target / s.assets - 1 : null);
    }
    rows.push(row);
  }
  if (steps.length === 0) rows.push([L.upgradeEmpty[locale]]);
  const F = factors.length;
  const numberFormats: Record<number, string> = { 3: '0.00', 5: '0.00', 6: '0.00' };
  for (let f = 0; f < F; f++) numberFormats[7 + f] = '0.00';
  if (withAssets) Object.assign(numberFormats, { [7 + F]: '#,##0.00', [8 + F]: '#,##0.00', [9 + F]: '#,##0.00', [10 + F]: '0.0%' });
  return {
    key: UPGRADE_SHEET_KEY, role: 'analysis', preferredName: L.upgradeSheet[locale], rows, headerRows: [0, 2], freezeRows: 3,
    columnWidths: [14, 8, 10, 10, 10, 10, 10, ...factors.map(() => 12), ...(withAssets ? [16, 16, 14, 10] : [])], numberFormats,
  };
}
