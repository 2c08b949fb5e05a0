import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TierModel, TieringResult } from '../../engine';
import { formatCount, formatShare } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { LiveTiering } from '../pipeline/liveTiering';
import { formatChange, GHOST_COLOUR, tierBarRows } from '../pipeline/tierBars';
import type { BaselineKind } from '../state/paneState';
import { TierBarsChart } from './charts/lazyCharts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  chart: { minHeight: '140px', minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', fontVariantNumeric: 'tabular-nums' },
  swatch: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0, alignSelf: 'center' },
  up: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  same: { color: tokens.colorNeutralForeground3 },
});

/**
 * The live tier distribution: a bar chart in tier colours (with the what-if baseline as ghost bars and the change on
 * each bar), and under it the same figures as a list, one line per tier, which is what screen readers read.
 */
export function DistributionChart({ model, live, baseline, baselineKind }: {
  model: TierModel;
  live: LiveTiering;
  /** The what-if baseline (saved model or pinned scenario), drawn as ghost bars. */
  baseline?: TieringResult;
  baselineKind?: BaselineKind;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const rows = tierBarRows(model, live, locale, baseline);
  const baselineLegend = baselineKind === 'pinned' ? s.comparePinned : s.compareSaved;
  return (
    <div className={styles.root} role="group" aria-label={s.distributionTitle}>
      <div className={styles.chart}>
        <TierBarsChart
          bars={rows.map((row) => ({ name: row.name, count: row.count, colour: row.colour, baselineCount: row.baselineCount }))}
          title={s.distributionTitle} currentLegend={s.chartCurrent} baselineLegend={baselineLegend} ghostColour={GHOST_COLOUR} culture={locale}
        />
      </div>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.key} className={styles.row}>
            <span className={styles.swatch} style={{ backgroundColor: row.colour }} aria-hidden="true" />
            <Text size={200}>{s.distributionRow(row.name, formatCount(row.count, locale), formatShare(row.share, locale))}</Text>
            {row.change !== undefined ? (
              <Text size={200} className={row.change > 0 ? styles.up : row.change < 0 ? styles.down : styles.same}>
                {s.chartChange(formatChange(row.change, locale), baselineLegend)}
              </Text>
            ) : null}
          </li>
        ))}
      </ul>
      {live.notTiered > 0 ? <Text size={200}>{s.distributionNotTiered(formatCount(live.notTiered, locale))}</Text> : null}
      {baseline ? <Text size={200}>{s.chartGhostNote(baselineLegend)}</Text> : null}
    </div>
  );
}
