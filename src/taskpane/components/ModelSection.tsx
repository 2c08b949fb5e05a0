import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TierModel } from '../../engine';
import { formatCount } from '../format';
import type { Tiering } from '../hooks/useTiering';
import { useLocale, useStrings } from '../localeContext';
import { unplacedProblems } from '../pipeline/modelProblems';
import type { ModelEdit } from '../state/modelEdits';
import type { BaselineKind, Notice } from '../state/paneState';
import { DistributionChart } from './DistributionChart';
import { FactorEditor } from './FactorEditor';
import { ModelFileBar } from './ModelFileBar';
import { ModelSheetLock } from './ModelSheetLock';
import { NoticeBar } from './NoticeBar';
import { TierEditor } from './TierEditor';
import { WhatIfView, type WhatIfDrill } from './WhatIfView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // The distribution stays in view while the sliders below it scroll.
  live: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, position: 'sticky', top: 0, zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ModelSectionProps {
  model: TierModel;
  tiering: Tiering;
  hasData: boolean;
  busy: boolean;
  notice?: Notice;
  baseline: BaselineKind;
  hasSaved: boolean;
  hasPinned: boolean;
  onEdit: (edit: ModelEdit) => void;
  onSave: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onLock: (locked: boolean, password?: string) => void;
  onSelectBaseline: (baseline: BaselineKind) => void;
  onPin: () => void;
  onDismissNotice: () => void;
  /** Lists a what-if cell's clients and selects one in the sheet. */
  drill?: WhatIfDrill;
}

/** Weights, scales and tiers, with the live distribution and the what-if comparison right under them. */
export function ModelSection(props: ModelSectionProps): JSX.Element {
  const { model, tiering, notice } = props;
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const totalWeight = model.factors.reduce((a, f) => a + (Number.isFinite(f.weight) ? f.weight : 0), 0);
  const general = unplacedProblems(tiering.problems);
  return (
    <section className={styles.root} aria-label={s.tabModel}>
      <ModelFileBar canSave={tiering.problems.length === 0} busy={props.busy} onSave={props.onSave} onImport={props.onImport} onExport={props.onExport} />
      <ModelSheetLock busy={props.busy} onApply={props.onLock} />
      {notice ? <NoticeBar notice={notice} onDismiss={props.onDismissNotice} /> : null}
      {general.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.modelProblemsTitle}</MessageBarTitle>
            {general.map((p) => <div key={`${p.path}:${p.message['en-US']}`}>{p.message[locale]}</div>)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.live}>
        <Subtitle2 as="h2">{s.distributionTitle}</Subtitle2>
        {tiering.live ? <DistributionChart model={model} live={tiering.live} baseline={tiering.baseline} baselineKind={props.baseline} />
          : <Text>{props.hasData ? s.distributionNeedsValidModel : s.distributionNeedsData}</Text>}
        {tiering.comparison ? (
          <Text weight="semibold" role="status">
            {s.whatIfMoved(formatCount(tiering.comparison.moved, locale), formatCount(tiering.table?.size ?? 0, locale))}
          </Text>
        ) : null}
      </div>
      <div className={styles.group}>
        <Subtitle2 as="h2">{s.weightsTitle}</Subtitle2>
        {model.factors.map((factor, i) => (
          <FactorEditor key={`${i}:${factor.key}`} factor={factor} index={i} totalWeight={totalWeight} problems={tiering.problems} onEdit={props.onEdit} />
        ))}
      </div>
      {props.hasData ? (
        <div className={styles.group}>
          <Subtitle2 as="h2">{s.whatIfTitle}</Subtitle2>
          <WhatIfView
            comparison={tiering.comparison}
            baseline={props.baseline}
            hasSaved={props.hasSaved}
            hasPinned={props.hasPinned}
            baselineError={tiering.baselineError}
            canPin={tiering.live !== undefined}
            onSelectBaseline={props.onSelectBaseline}
            onPin={props.onPin}
            drill={props.drill}
          />
        </div>
      ) : null}
      <div className={styles.group}>
        <Subtitle2 as="h2">{s.tiersTitle}</Subtitle2>
        <TierEditor model={model} live={tiering.live} problems={tiering.problems} onEdit={props.onEdit} />
      </div>
    </section>
  );
}
