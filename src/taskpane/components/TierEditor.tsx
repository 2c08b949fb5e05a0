import { Button, Field, Input, Radio, RadioGroup, SpinButton, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isThresholdTier, type ModelProblem, type TierModel } from '../../engine';
import { formatShare } from '../format';
import { useLocale, useStrings } from '../localeContext';
import { fieldId, problemMessage } from '../pipeline/modelProblems';
import { displayName } from '../pipeline/problemWords';
import { quotaSeeds, thresholdSeeds } from '../pipeline/tierModeSeeds';
import type { LiveTiering } from '../pipeline/liveTiering';
import { tierModeOf, type ModelEdit, type TierMode } from '../state/modelEdits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Name, number, ✕ on one line down to 320 px: the name takes what is left, the number a fixed 7.5 em.
  tier: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 7.5em) auto', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  remove: { marginTop: '22px' },
  grow: { minWidth: 0 },
  // Fluent's Input and SpinButton size themselves to their <input>'s default 20 characters; here they fill their cell.
  control: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  controlInput: { width: '100%', minWidth: 0 },
});

/** A number the user typed into a SpinButton: the committed value, else the text being typed. */
function spunValue(data: { value?: number | null; displayValue?: string }): number {
  if (typeof data.value === 'number') return data.value;
  return data.displayValue !== undefined ? Number.parseFloat(data.displayValue) : NaN;
}

function freeTierName(model: TierModel, make: (n: string) => string): string {
  const names = new Set(model.tiers.map((t) => t.name));
  let n = model.tiers.length + 1;
  while (names.has(make(String(n)))) n++;
  return make(String(n));
}

const topShareOf = (tier: TierModel['tiers'][number] | undefined): number | undefined =>
  tier && 'topShare' in tier && typeof tier.topShare === 'number' ? tier.topShare : undefined;

/** Tier cutoffs as score thresholds or as each tier's own share (with the cumulative share shown), with add and remove. */
export function TierEditor({ model, live, problems, onEdit }: {
  model: TierModel;
  live?: LiveTiering;
  problems: readonly ModelProblem[];
  onEdit: (edit: ModelEdit) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const mode = tierModeOf(model);
  const count = model.tiers.length;
  const spinLabels = { incrementButton: { 'aria-label': s.spinIncrement }, decrementButton: { 'aria-label': s.spinDecrement } };
  const switchMode = (next: TierMode): void => {
    if (next === mode) return;
    // Start the new mode where the current tiers split the clients, so that every client keeps their tier.
    const seeds = next === 'quotas'
      ? quotaSeeds(live?.reweighing.tierCounts, count)
      : thresholdSeeds(live?.reweighing.tierCutoffs, count);
    onEdit({ kind: 'tierMode', mode: next, seeds });
  };
  const message = (path: string): string | undefined => problemMessage(problems, path, model, s, locale);
  return (
    <div className={styles.root}>
      <Field label={s.tierModeLabel}>
        <RadioGroup id={fieldId('tiers.mode')} value={mode} onChange={(_, data) => switchMode(data.value as TierMode)}>
          <Radio value="thresholds" label={s.tierModeThresholds} />
          <Radio value="quotas" label={s.tierModeQuotas} />
        </RadioGroup>
      </Field>
      {model.tiers.map((tier, k) => {
        const path = `tiers[${k}]`;
        const last = k === count - 1;
        const name = displayName(tier as unknown as Record<string, unknown>, s.tierNumbered(String(k + 1)), locale);
        const above = k === 0 ? 0 : topShareOf(model.tiers[k - 1]);
        const own = topShareOf(tier);
        return (
          <div className={styles.tier} key={k}>
            <Field className={styles.grow} label={{ children: s.tierName, htmlFor: fieldId(`${path}.name`) }} validationMessage={message(`${path}.name`)}>
              {/* The name in the pane's language where the model has one; typing renames the tier (and drops its labels). */}
              <Input id={fieldId(`${path}.name`)} className={styles.control} input={{ className: styles.controlInput }} aria-label={s.control(s.tierNumbered(String(k + 1)), s.tierName)} value={tier.label?.[locale] ?? tier.name}
                onChange={(_, data) => onEdit({ kind: 'tierName', tier: k, name: data.value })} />
            </Field>
            {isThresholdTier(tier) || mode === 'thresholds' ? (
              <Field className={styles.grow} label={{ children: s.tierMinScore, htmlFor: fieldId(`${path}.minScore`) }} validationMessage={message(`${path}.minScore`)}>
                <SpinButton
                  id={fieldId(`${path}.minScore`)} className={styles.control} input={{ className: styles.controlInput }} aria-label={s.control(name, s.tierMinScore)} {...spinLabels}
                  min={0} max={100} step={1} precision={1}
                  value={isThresholdTier(tier) ? tier.minScore : null}
                  onChange={(_, data) => { const v = spunValue(data); if (Number.isFinite(v)) onEdit({ kind: 'tierMinScore', tier: k, minScore: v }); }}
                />
              </Field>
            ) : last ? (
              <Field className={styles.grow} label={s.tierOwnShare}>
                <Text>{above !== undefined && above < 1 ? s.tierRestShare(formatShare(1 - above, locale)) : s.tierRest}</Text>
              </Field>
            ) : (
              <Field
                className={styles.grow} label={{ children: s.tierOwnShare, htmlFor: fieldId(`${path}.topShare`) }} validationMessage={message(`${path}.topShare`)}
                hint={own !== undefined ? s.tierCumulative(formatShare(own, locale)) : undefined}
              >
                <SpinButton
                  id={fieldId(`${path}.topShare`)} className={styles.control} input={{ className: styles.controlInput }} aria-label={s.control(name, s.tierOwnShare)} {...spinLabels}
                  min={0} max={100} step={1} precision={1}
                  value={own !== undefined && above !== undefined ? Math.round((own - above) * 1000) / 10 : null}
                  onChange={(_, data) => { const v = spunValue(data); if (Number.isFinite(v)) onEdit({ kind: 'tierOwnShare', tier: k, share: v / 100 }); }}
                />
              </Field>
            )}
            <Button
              className={styles.remove} appearance="subtle" icon={<span aria-hidden="true">✕</span>}
              aria-label={s.removeTierOf(name)} disabled={count <= 1} onClick={() => onEdit({ kind: 'removeTier', tier: k })}
            />
          </div>
        );
      })}
      <div><Button onClick={() => onEdit({ kind: 'addTier', name: freeTierName(model, s.newTierName) })}>{s.addTier}</Button></div>
    </div>
  );
}
