import { Card, Dropdown, Field, Option, Slider, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { FactorScale, FactorSpec, ModelProblem } from '../../engine';
import { formatNumber, formatShare } from '../format';
import type { TextKey } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import { problemMessage } from '../pipeline/modelProblems';
import type { ModelEdit } from '../state/modelEdits';
import { CategoryMapEditor } from './CategoryMapEditor';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalL },
});

const SCALES: readonly { value: FactorScale; label: TextKey }[] = [
  { value: 'percentile', label: 'scalePercentile' }, { value: 'minmax', label: 'scaleMinmax' },
  { value: 'log', label: 'scaleLog' }, { value: 'category', label: 'scaleCategory' },
];

/** One factor: its weight slider (with its share of all weights), scale, direction and category map. */
export function FactorEditor({ factor, index, totalWeight, problems, onEdit }: {
  factor: FactorSpec;
  index: number;
  totalWeight: number;
  problems: readonly ModelProblem[];
  onEdit: (edit: ModelEdit) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const path = `factors[${index}]`;
  const name = factor.label?.[locale] ?? factor.key;
  const share = totalWeight > 0 ? factor.weight / totalWeight : 0;
  const scaleLabel = SCALES.find((o) => o.value === factor.scale)?.label;
  return (
    <Card className={styles.card} size="small">
      <Field
        label={name}
        hint={s.weightShare(formatNumber(factor.weight, locale), formatShare(share, locale))}
        validationMessage={problemMessage(problems, `${path}.weight`, locale)}
      >
        <Slider
          min={0}
          max={Math.max(100, Math.ceil(factor.weight))}
          step={1}
          value={factor.weight}
          onChange={(_, data) => onEdit({ kind: 'weight', factor: index, weight: data.value })}
        />
      </Field>
      <div className={styles.settings}>
        <Field label={s.scaleLabel} validationMessage={problemMessage(problems, `${path}.scale`, locale)}>
          <Dropdown
            aria-label={`${name} ${s.scaleLabel}`}
            value={scaleLabel ? s[scaleLabel] : String(factor.scale)}
            selectedOptions={[factor.scale]}
            onOptionSelect={(_, data) => { if (data.optionValue) onEdit({ kind: 'scale', factor: index, scale: data.optionValue as FactorScale }); }}
          >
            {SCALES.map((o) => <Option key={o.value} value={o.value}>{s[o.label]}</Option>)}
          </Dropdown>
        </Field>
        <Field validationMessage={problemMessage(problems, `${path}.direction`, locale)}>
          <Switch
            label={s.lowerIsBetter}
            checked={factor.direction === 'lower'}
            onChange={(_, data) => onEdit({ kind: 'direction', factor: index, direction: data.checked ? 'lower' : 'higher' })}
          />
        </Field>
      </div>
      {factor.scale === 'category' ? (
        <CategoryMapEditor
          categories={factor.categories ?? {}}
          problem={problemMessage(problems, `${path}.categories`, locale, true)}
          onChange={(categories) => onEdit({ kind: 'categories', factor: index, categories })}
        />
      ) : null}
    </Card>
  );
}
