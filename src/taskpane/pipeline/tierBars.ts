/*
 * The distribution chart's figures: per tier its name in the pane's language, count, share, colour, and against the
 * what-if baseline (saved model or pinned scenario) the baseline's count of the same tier name and the change.
 */
import type { Locale, TierModel, TieringResult } from '../../engine';
import type { LiveTiering } from './liveTiering';

/**
 * Tier colours, highest tier first: Fluent's shared palette (purple, blue, gold, green, …) at shades that keep 3:1
 * against both the light and the dark pane background (WCAG 1.4.11 for graphics).
 */
export const TIER_COLOURS = ['#8764b8', '#2886de', '#c19c00', '#13a10e', '#da3b01', '#00b7c3', '#e3008c', '#8a8886'] as const;
/** The baseline's "ghost" bars: neutral and pale, so the tier colours stay what the eye reads first. */
export const GHOST_COLOUR = '#a19f9d';

export interface TierBarRow {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly share: number;
  readonly colour: string;
  readonly baselineCount?: number;
  readonly change?: number;
}

export function tierBarRows(model: TierModel, live: LiveTiering, locale: Locale, baseline?: TieringResult): TierBarRow[] {
  const baselineCounts = new Map<string, number>();
  baseline?.model.tiers.forEach((tier, k) => baselineCounts.set(tier.name, baseline.tierCounts[k] ?? 0));
  return live.summary.map((row, k) => {
    const tier = model.tiers[k];
    const baselineCount = baseline ? baselineCounts.get(row.tier) ?? 0 : undefined;
    return {
      key: `${k}:${row.tier}`,
      name: tier?.label?.[locale] ?? row.tier,
      count: row.count,
      share: row.share,
      colour: TIER_COLOURS[k % TIER_COLOURS.length],
      baselineCount,
      change: baselineCount !== undefined ? row.count - baselineCount : undefined,
    };
  });
}

/** "+12", "−3" (a real minus sign), "±0", grouped by thousands. */
export function formatChange(change: number, locale: Locale): string {
  if (change === 0) return '±0';
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(change));
  return `${change > 0 ? '+' : '−'}${digits}`;
}
