import { Dropdown, Field, Option, Slider, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { FactorScale, FactorSpec, ModelProblem, TierModel } from '../../engine';
import { formatNumber, formatShare } from '../format';
import type { TextKey } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import { fieldId, problemMessage } from '../pipeline/modelProblems';
import type { ModelEdit } from '../state/modelEdits';
import { CategoryMapEditor } from './CategoryMapEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  slider: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  dropdown: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
});

export const SCALES: readonly { value: FactorScale; label: TextKey }[] = [
  { value: 'percentile', label: 'scalePercentile' }, { value: 'minmax', label: 'scaleMinmax' },
  { value: 'log', label: 'scaleLog' }, { value: 'category', label: 'scaleCategory' },
];

/** The factor's name in the pane's language. */
export function factorName(factor: FactorSpec, locale: 'zh-CN' | 'en-US'): string {
  return factor.label?.[locale] ?? factor.key;
}

/** One factor's weight slider, with its share of all weights. */
export function FactorWeight({ factor, index, model, totalWeight, problems, onEdit }: {
  factor: FactorSpec;
  index: number;
  model: TierModel;
  totalWeight: number;
  problems: readonly ModelProblem[];
  onEdit: (edit: ModelEdit) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const path = `factors[${index}]`;
  const share = totalWeight > 0 ? factor.weight / totalWeight : 0;
  return (
    <Field
      label={{ children: factorName(factor, locale), htmlFor: fieldId(`${path}.weight`) }}
      hint={s.weightShare(formatNumber(factor.weight, locale), formatShare(share, locale))}
      validationMessage={problemMessage(problems, `${path}.weight`, model, s, locale)}
    >
      <Slider
        id={fieldId(`${path}.weight`)}
        className={styles.slider}
        min={0}
        max={Math.max(100, Math.ceil(factor.weight))}
        step={1}
        value={factor.weight}
        onChange={(_, data) => onEdit({ kind: 'weight', factor: index, weight: data.value })}
      />
    </Field>
  );
}

/** One factor's scale, direction and category map (in the factor's collapsed section). */
export function FactorScaleEditor({ factor, index, model, problems, onEdit }: {
  factor: FactorSpec;
  index: number;
  model: TierModel;
  problems: readonly ModelProblem[];
  onEdit: (edit: ModelEdit) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const path = `factors[${index}]`;
  const name = factorName(factor, locale);
  const scaleLabel = SCALES.find((o) => o.value === factor.scale)?.label;
  const message = (p: string, prefix = false): string | undefined => problemMessage(problems, p, model, s, locale, prefix);
  return (
    <div className={styles.root}>
      <Field label={{ children: s.scaleLabel, htmlFor: fieldId(`${path}.scale`) }} validationMessage={message(`${path}.scale`)}>
        <Dropdown
          id={fieldId(`${path}.scale`)}
          className={styles.dropdown}
          aria-label={s.control(name, s.scaleLabel)}
          value={scaleLabel ? s[scaleLabel] : String(factor.scale)}
          selectedOptions={[factor.scale]}
          onOptionSelect={(_, data) => { if (data.optionValue) onEdit({ kind: 'scale', factor: index, scale: data.optionValue as FactorScale }); }}
        >
          {SCALES.map((o) => <Option key={o.value} value={o.value}>{s[o.label]}</Option>)}
        </Dropdown>
      </Field>
      <Field validationMessage={message(`${path}.direction`)}>
        <Switch
          id={fieldId(`${path}.direction`)}
          label={s.lowerIsBetter}
          aria-label={s.control(name, s.lowerIsBetter)}
          checked={factor.direction === 'lower'}
          onChange={(_, data) => onEdit({ kind: 'direction', factor: index, direction: data.checked ? 'lower' : 'higher' })}
        />
      </Field>
      {factor.scale === 'category' ? (
        <CategoryMapEditor
          factorName={name}
          path={`${path}.categories`}
          categories={factor.categories ?? {}}
          problems={problems}
          model={model}
          onChange={(categories) => onEdit({ kind: 'categories', factor: index, categories })}
        />
      ) : null}
    </div>
  );
}
