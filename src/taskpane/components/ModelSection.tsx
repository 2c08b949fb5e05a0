import {
  Link, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { TierModel } from '../../engine';
import { formatCount } from '../format';
import type { ShownLive } from '../hooks/useLastValidLive';
import { useStickyScrollPadding } from '../hooks/useStickyScrollPadding';
import type { Tiering } from '../hooks/useTiering';
import { useLocale, useStrings } from '../localeContext';
import { fieldId, problemField, sectionFactor } from '../pipeline/modelProblems';
import { problemInWords } from '../pipeline/problemWords';
import type { ModelEdit } from '../state/modelEdits';
import type { BaselineKind, Notice } from '../state/paneState';
import { DistributionChart } from './DistributionChart';
import { FactorWeight } from './FactorEditor';
import { SensitivityPanel } from './lazySections';
import { NoticeBar } from './NoticeBar';
import { TierEditor } from './TierEditor';
import { WhatIfView, type WhatIfDrill } from './WhatIfView';
import type { StoredJudgements } from '../../excel/readStoredJudgements';

// The menu and the lock dialog load on first use of the Model tab, off the pane's first screen (its initial JS budget).
const ModelFileBar = lazy(() => import('./ModelFileBar').then((m) => ({ default: m.ModelFileBar })));
// So do the collapsed scale sections below the fold.
const FactorSections = lazy(() => import('./FactorSections').then((m) => ({ default: m.FactorSections })));
// And the comparison of weightings (entropy, CRITIC, blend), computed only when opened.
const WeightCandidates = lazy(() => import(/* webpackChunkName: "weight-candidates" */ './WeightCandidates').then((m) => ({ default: m.WeightCandidates })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // The distribution stays in view while the controls below it scroll; the pane's scroll padding keeps a focused
  // control out from under it (useStickyScrollPadding).
  live: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, position: 'sticky', top: 0, zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1, paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stale: { opacity: 0.45, filter: 'grayscale(1)' },
  staleNote: { color: tokens.colorPaletteDarkOrangeForeground1 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // The matrix as wide as its words (Fluent's table is fixed-width and lets them overflow), scrolling if need be.
  scrollX: { overflowX: 'auto', minWidth: 0, '& table': { tableLayout: 'auto', width: 'max-content', minWidth: '100%' } },
});

export interface ModelSectionProps {
  model: TierModel;
  tiering: Tiering;
  /** The distribution to draw: the live one, or the last valid one while the model has a problem. */
  shown: ShownLive;
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
  /** Reads the workbook's AHP judgements sheet for the AHP candidate (issue 12). */
  loadJudgements?: () => Promise<StoredJudgements | undefined>;
}

/** Focuses the control for `field` (a radio group: its checked radio) and brings it to the middle of the pane. */
function focusField(field: string): boolean {
  const el = document.getElementById(fieldId(field));
  if (!el) return false;
  const target = el.matches('input,button,select,textarea,[tabindex]') ? el : el.querySelector<HTMLElement>('input:checked, input, button') ?? el;
  target.focus({ preventScroll: true });
  // jsdom (the unit tests) has no scrollIntoView.
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * In the order a user works: problems, the distribution (sticky), weights, tiers, the what-if, then each factor's
 * scale and category map in collapsed sections, and last the menu of file actions and the lock.
 */
export function ModelSection(props: ModelSectionProps): JSX.Element {
  const { model, tiering, notice, shown } = props;
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const stickyRef = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(stickyRef);
  const [openFactors, setOpenFactors] = useState<string[]>([]);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (pendingFocus === undefined) return;
    focusField(pendingFocus);
    setPendingFocus(undefined);
  }, [pendingFocus]);
  const goTo = (field: string): void => {
    const factor = sectionFactor(field);
    if (factor !== undefined && !openFactors.includes(String(factor))) setOpenFactors([...openFactors, String(factor)]);
    setPendingFocus(field);
  };
  const totalWeight = model.factors.reduce((a, f) => a + (Number.isFinite(f.weight) ? f.weight : 0), 0);
  const problems = tiering.problems.map((p) => problemInWords(p, model, s, locale));
  return (
    <section className={styles.root} aria-label={s.tabModel}>
      {notice ? <NoticeBar notice={notice} onDismiss={props.onDismissNotice} /> : null}
      {problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.modelProblemsTitle}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((p, i) => {
                const field = problemField(p.path);
                return (
                  <li key={`${p.path}:${i}`}>
                    {field && p.where ? <><Link as="button" onClick={() => goTo(field)}>{p.where}</Link>{s.control('', p.what)}</> : <>{p.where ? s.control(p.where, p.what) : p.what}</>}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.live} ref={stickyRef}>
        <Subtitle2 as="h2">{s.distributionTitle}</Subtitle2>
        {shown.live ? (
          <div className={shown.stale ? styles.stale : undefined}>
            <DistributionChart model={shown.live.result.model} live={shown.live} baseline={tiering.baseline} baselineKind={props.baseline} />
          </div>
        ) : <Text>{props.hasData ? s.distributionNeedsValidModel : s.distributionNeedsData}</Text>}
        {shown.stale ? <Text size={200} weight="semibold" className={styles.staleNote}>{s.staleDistribution}</Text> : null}
        {tiering.comparison && !shown.stale ? (
          <Text weight="semibold" role="status">
            {s.whatIfMoved(formatCount(tiering.comparison.moved, locale), formatCount(tiering.table?.size ?? 0, locale))}
          </Text>
        ) : null}
      </div>
      <div className={styles.group}>
        <Subtitle2 as="h2">{s.weightsTitle}</Subtitle2>
        {model.factors.map((factor, i) => (
          <FactorWeight key={`${i}:${factor.key}`} factor={factor} index={i} model={model} totalWeight={totalWeight} problems={tiering.problems} onEdit={props.onEdit} />
        ))}
      </div>
      {shown.live && !shown.stale ? (
        <Suspense fallback={null}>
          <WeightCandidates live={shown.live.result} onEdit={props.onEdit} loadJudgements={props.loadJudgements} />
        </Suspense>
      ) : null}
      <div className={styles.group}>
        <Subtitle2 as="h2">{s.tiersTitle}</Subtitle2>
        <TierEditor model={model} live={tiering.live} problems={tiering.problems} onEdit={props.onEdit} />
      </div>
      {props.hasData ? (
        <div className={styles.group}>
          <Subtitle2 as="h2">{s.whatIfTitle}</Subtitle2>
          {/* With many tiers the from × to matrix is wider than 320 px: it scrolls within its own region, not the pane. */}
          <div className={styles.scrollX} role="region" aria-label={s.whatIfTitle} tabIndex={0}>
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
            tierLabel={(name) => model.tiers.find((t) => t.name === name)?.label?.[locale] ?? name}
          />
          </div>
        </div>
      ) : null}
      {props.hasData && tiering.live && !shown.stale ? <SensitivityPanel result={tiering.live.result} /> : null}
      <div className={styles.group}>
        <Subtitle2 as="h2">{s.scalesTitle}</Subtitle2>
        <Suspense fallback={null}>
          <FactorSections model={model} problems={tiering.problems} openFactors={openFactors} onOpenFactors={setOpenFactors} onEdit={props.onEdit} />
        </Suspense>
      </div>
      <Suspense fallback={null}>
        <ModelFileBar canSave={tiering.problems.length === 0} busy={props.busy} onSave={props.onSave} onImport={props.onImport} onExport={props.onExport} onLock={props.onLock} />
      </Suspense>
    </section>
  );
}
