import { Button, Field, Input, Radio, RadioGroup, SpinButton, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isThresholdTier, type ModelProblem, type TierModel } from '../../engine';
import { useLocale, useStrings } from '../localeContext';
import { problemMessage } from '../pipeline/modelProblems';
import { quotaSeeds, thresholdSeeds } from '../pipeline/tierModeSeeds';
import type { LiveTiering } from '../pipeline/liveTiering';
import { tierModeOf, type ModelEdit, type TierMode } from '../state/modelEdits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  tier: { display: 'grid', gridTemplateColumns: 'minmax(80px, 1fr) 130px auto', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
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

/** Tier cutoffs as score thresholds or as quotas, one row per tier, with add and remove. */
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
  const switchMode = (next: TierMode): void => {
    if (next === mode) return;
    // Start the new mode where the current tiers split the clients.
    const seeds = next === 'quotas'
      ? quotaSeeds(live?.reweighing.tierCounts, count)
      : thresholdSeeds(live?.reweighing.tierCutoffs, count);
    onEdit({ kind: 'tierMode', mode: next, seeds });
  };
  return (
    <div className={styles.root}>
      <Field label={s.tierModeLabel}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, data) => switchMode(data.value as TierMode)}>
          <Radio value="thresholds" label={s.tierModeThresholds} />
          <Radio value="quotas" label={s.tierModeQuotas} />
        </RadioGroup>
      </Field>
      {model.tiers.map((tier, k) => {
        const path = `tiers[${k}]`;
        const last = k === count - 1;
        return (
          <div className={styles.tier} key={k}>
            <Field label={s.tierName} validationMessage={problemMessage(problems, `${path}.name`, locale)}>
              <Input value={tier.name} onChange={(_, data) => onEdit({ kind: 'tierName', tier: k, name: data.value })} />
            </Field>
            {isThresholdTier(tier) || mode === 'thresholds' ? (
              <Field label={s.tierMinScore} validationMessage={problemMessage(problems, `${path}.minScore`, locale)}>
                <SpinButton
                  min={0} max={100} step={1} precision={1}
                  value={isThresholdTier(tier) ? tier.minScore : null}
                  onChange={(_, data) => { const v = spunValue(data); if (Number.isFinite(v)) onEdit({ kind: 'tierMinScore', tier: k, minScore: v }); }}
                />
              </Field>
            ) : last ? (
              <Field label={s.tierTopShare}><Text>{s.tierRest}</Text></Field>
            ) : (
              <Field label={s.tierTopShare} validationMessage={problemMessage(problems, `${path}.topShare`, locale)}>
                <SpinButton
                  min={0} max={100} step={1} precision={1}
                  value={'topShare' in tier && typeof tier.topShare === 'number' ? Math.round(tier.topShare * 1000) / 10 : null}
                  onChange={(_, data) => { const v = spunValue(data); if (Number.isFinite(v)) onEdit({ kind: 'tierTopShare', tier: k, topShare: v / 100 }); }}
                />
              </Field>
            )}
            <Button appearance="subtle" aria-label={s.removeTier} disabled={count <= 1} onClick={() => onEdit({ kind: 'removeTier', tier: k })}>✕</Button>
          </div>
        );
      })}
      <div><Button onClick={() => onEdit({ kind: 'addTier', name: freeTierName(model, s.newTierName) })}>{s.addTier}</Button></div>
    </div>
  );
}
