import { Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TierModel } from '../../engine';
import { formatCount, formatShare } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { LiveTiering } from '../pipeline/liveTiering';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS } });

/** The live tier distribution: one labelled bar per tier, its length the tier's share of the tiered clients. */
export function DistributionChart({ model, live }: { model: TierModel; live: LiveTiering }): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={s.distributionTitle}>
      {live.summary.map((row, k) => {
        const tier = model.tiers[k];
        const name = tier?.label?.[locale] ?? row.tier;
        return (
          <Field key={`${k}:${row.tier}`} label={s.distributionRow(name, formatCount(row.count, locale), formatShare(row.share, locale))}>
            <ProgressBar value={row.share} max={1} thickness="large" aria-label={name} />
          </Field>
        );
      })}
      {live.notTiered > 0 ? <Text size={200}>{s.distributionNotTiered(formatCount(live.notTiered, locale))}</Text> : null}
    </div>
  );
}
