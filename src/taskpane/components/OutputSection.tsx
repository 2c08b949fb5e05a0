import { Checkbox, Field, Label, Radio, RadioGroup, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { OutputMode } from '../../engine';
import type { AddinOutputChoices } from '../../engine/plan/composeOutputPlan';
import { useStrings } from '../localeContext';
import type { TemplatesSource } from '../pipeline/templatesSource';
import { RunButton } from './RunButton';
import { TemplatesNote } from './TemplatesNote';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  checks: { display: 'flex', flexDirection: 'column' },
});

type Flag = 'pivots' | 'chart' | 'strategySheets' | 'runLog' | 'segments' | 'suitabilityColumns' | 'analysisSheets' | 'judgementsSheet';

/** What a run writes: the formulas mode of the core columns, then the optional sheets, pivots and chart. */
export function OutputSection({ choices, suitabilityAvailable, templates, canRun, busy, onChange, onRun }: {
  choices: AddinOutputChoices;
  suitabilityAvailable: boolean;
  /** Where the strategy sheets' playbooks come from; shown while strategy sheets are chosen. */
  templates?: TemplatesSource;
  canRun: boolean;
  busy: boolean;
  onChange: (choices: Partial<AddinOutputChoices>) => void;
  onRun: () => void;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const outputTitleId = useId('output-title');
  const flag = (key: Flag, label: string, disabled = false): JSX.Element => (
    <Checkbox label={label} checked={choices[key] === true && !disabled} disabled={disabled} onChange={(_, data) => onChange({ [key]: data.checked === true })} />
  );
  return (
    <section className={styles.root} aria-label={s.tabOutput}>
      <Field label={s.formulasLabel} hint={s.columnsNote}>
        <RadioGroup value={choices.mode} onChange={(_, data) => onChange({ mode: data.value as OutputMode })}>
          <Radio value="live" label={s.formulasLive} />
          <Radio value="values" label={s.formulasValues} />
          <Radio value="portable" label={s.formulasPortable} />
        </RadioGroup>
      </Field>
      {choices.mode === 'live' ? <Text size={200}>{s.formulasLiveNeeds}</Text> : null}
      {/* A group, not a Field: a Field gives every checkbox inside it the same id, so each label would toggle the first. */}
      <div role="group" aria-labelledby={outputTitleId}>
        <Label id={outputTitleId} weight="semibold">{s.outputTitle}</Label>
        <div className={styles.checks}>
          {flag('pivots', s.choicePivots)}
          {flag('chart', s.choiceChart)}
          {flag('strategySheets', s.choiceStrategySheets)}
          {choices.strategySheets ? <TemplatesNote source={templates} /> : null}
          {flag('runLog', s.choiceRunLog)}
          {flag('segments', s.choiceSegments)}
          {flag('suitabilityColumns', s.choiceSuitability, !suitabilityAvailable)}
          {flag('analysisSheets', s.choiceAnalysisSheets)}
          {suitabilityAvailable ? null : <Text size={200}>{s.suitabilityUnavailable}</Text>}
          {flag('judgementsSheet', s.choiceJudgementsSheet)}
        </div>
      </div>
      <div><RunButton disabled={!canRun} busy={busy} onRun={onRun} /></div>
    </section>
  );
}
