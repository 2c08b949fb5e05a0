import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, SpinButton, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { describeWeightSource, type AhpResult, type Locale, type TieringResult, type WeightSource } from '../../engine';
import type { StoredJudgements } from '../../excel/readStoredJudgements';
import { judgementsAhp } from '../pipeline/judgementsAhp';
import { formatCount } from '../format';
import type { Strings } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import { DEFAULT_BLEND_ALPHA, weightCandidates, wholePointWeights, type WeightCandidate } from '../pipeline/weightCandidates';
import type { ModelEdit } from '../state/modelEdits';
import { factorName } from './FactorEditor';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0, margin: 0, padding: 0, listStyleType: 'none' },
  // One card per candidate; every line wraps, so nothing widens the pane at 320 px.
  card: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere',
    paddingBlock: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  moved: { fontVariantNumeric: 'tabular-nums' },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  // A factor or tier stays on one line with its figure; the list breaks between items.
  item: { whiteSpace: 'nowrap' },
  // Fluent's SpinButton sizes itself to a 20-character input; α needs five.
  alpha: { maxWidth: '9em' },
  alphaInput: { width: '100%', minWidth: 0 },
});

/** "name figure · name figure …", each pair kept whole with the dot after it, so no line starts with a dot. */
function Items({ items, className }: { items: readonly string[]; className: string }): JSX.Element {
  const last = items.length - 1;
  return <>{items.map((item, i) => <span key={i}><span className={className}>{i < last ? `${item} ·` : item}</span>{i < last ? ' ' : null}</span>)}</>;
}

const one = (x: number): string => x.toFixed(1);

function candidateName(c: WeightCandidate, s: Strings, hasAhp: boolean): string {
  switch (c.kind) {
    case 'current': return s.candidateCurrent;
    case 'ahp': return s.candidateAhp;
    case 'entropy': return s.candidateEntropy;
    case 'critic': return s.candidateCritic;
    case 'blend': return s.candidateBlend(String(c.alpha ?? ''), hasAhp ? s.candidateAhp : s.candidateCurrent);
  }
}

const three = (x: number): string => x.toFixed(3);

/** AHP's consistency figures and, when not consistent, the judgement to revisit (issue 12's pinned semantics). */
function AhpFigures({ ahp, sheetName, className }: { ahp: AhpResult; sheetName?: string; className: string }): JSX.Element {
  const s = useStrings();
  const { suggestion } = ahp;
  return (
    <>
      {sheetName ? <Text size={200}>{s.candidateAhpSheet(sheetName)}</Text> : null}
      <Text size={200}>{s.candidateAhpStats(three(ahp.lambdaMax), three(ahp.ci), String(ahp.ri), three(ahp.cr))}</Text>
      {suggestion
        ? <Text size={200} className={className}>{s.candidateAhpSuggestion(ahp.keys[suggestion.row], ahp.keys[suggestion.column], three(suggestion.value))}</Text>
        : <Text size={200}>{s.candidateAhpConsistent}</Text>}
    </>
  );
}

/** One candidate: its weights, its tier distribution, the clients it would move, and the button that adopts it. */
function CandidateCard({ c, live, hasAhp, locale, onAdopt, ahp, sheetName }: {
  c: WeightCandidate; live: TieringResult; hasAhp: boolean; locale: Locale; onAdopt: (c: WeightCandidate) => void; ahp?: AhpResult; sheetName?: string;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const name = candidateName(c, s, hasAhp);
  const { model } = live;
  return (
    <li className={styles.card} aria-label={name}>
      <div className={styles.head}>
        <Text weight="semibold">{name}</Text>
        {c.kind !== 'current' && c.weights ? (
          <Button size="small" aria-label={s.candidateAdoptLabel(name)} onClick={() => onAdopt(c)}>{s.candidateAdopt}</Button>
        ) : null}
      </div>
      {c.kind === 'current' && model.weightSource ? <Text size={200}>{s.candidateSource(describeWeightSource(model.weightSource, locale))}</Text> : null}
      {c.kind === 'ahp' && ahp ? <AhpFigures ahp={ahp} sheetName={sheetName} className={styles.changed} /> : null}
      {c.kind === 'ahp' && !ahp && sheetName ? <Text size={200}>{s.candidateAhpSheet(sheetName)}</Text> : null}
      {c.error ? <Text size={200} className={styles.error}>{c.error[locale]}</Text> : null}
      {c.clients !== undefined ? <Text size={200}>{s.candidateClients(formatCount(c.clients, locale))}</Text> : null}
      {c.weights ? (
        <Text size={200}>{s.candidateWeights}<Items className={styles.item} items={model.factors.map((f, j) => `${factorName(f, locale)} ${one(c.weights?.[j] ?? 0)}`)} /></Text>
      ) : null}
      {c.tierCounts ? (
        <Text size={200}>{s.candidateTiers}<Items className={styles.item} items={model.tiers.map((t, k) => `${t.label?.[locale] ?? t.name} ${formatCount(c.tierCounts?.[k] ?? 0, locale)}`)} /></Text>
      ) : null}
      {c.moved !== undefined && c.kind !== 'current' ? (
        <Text size={200} className={c.moved > 0 ? styles.changed : styles.moved}>{s.candidateMoved(formatCount(c.moved, locale))}</Text>
      ) : null}
    </li>
  );
}

/** The candidates, computed only while the section is open (four re-weighings and what-ifs over every client). */
function CandidateList({ live, ahp: given, onEdit, loadJudgements }: {
  live: TieringResult; ahp?: AhpResult; onEdit: (edit: ModelEdit) => void; loadJudgements?: () => Promise<StoredJudgements | undefined>;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const locale = useLocale();
  const [alpha, setAlpha] = useState(DEFAULT_BLEND_ALPHA);
  const [stored, setStored] = useState<StoredJudgements | { error: string } | undefined>();
  // The workbook's judgements sheet, read once each time the section opens (the user edits it between openings).
  useEffect(() => {
    let live = true;
    loadJudgements?.().then((j) => { if (live) setStored(j); }, (e: unknown) => { if (live) setStored({ error: e instanceof Error ? e.message : String(e) }); });
    return () => { live = false; };
  }, [loadJudgements]);
  const fromSheet = useMemo(() => (stored && 'judgements' in stored ? judgementsAhp(stored.judgements, live.model) : undefined), [stored, live.model]);
  const ahp = given ?? (fromSheet && 'ahp' in fromSheet ? fromSheet.ahp : undefined);
  const sheetError = stored && 'error' in stored ? { 'zh-CN': stored.error, 'en-US': stored.error } : fromSheet && 'error' in fromSheet ? fromSheet.error : undefined;
  const candidates = useMemo(() => {
    const list = weightCandidates(live, ahp, alpha);
    return sheetError && !ahp ? [list[0], { kind: 'ahp' as const, error: sheetError }, ...list.slice(1)] : list;
  }, [live, ahp, alpha, sheetError]);
  const sheetName = stored && 'sheetName' in stored ? stored.sheetName : undefined;
  // One edit for all weights, so the model records where they came from (its weightSource) along with them.
  const adopt = (c: WeightCandidate): void => {
    const weights = wholePointWeights(c.weights ?? []);
    const source: WeightSource = c.source ?? { method: 'manual' };
    onEdit({ kind: 'adoptWeights', weights, source });
  };
  return (
    <>
      <Field label={s.blendAlphaLabel} hint={s.blendAlphaHint}>
        <SpinButton
          className={styles.alpha} input={{ className: styles.alphaInput }} min={0} max={1} step={0.05} precision={2} value={alpha}
          incrementButton={{ 'aria-label': s.spinIncrement }} decrementButton={{ 'aria-label': s.spinDecrement }}
          onChange={(_, data) => {
            const v = typeof data.value === 'number' ? data.value : Number.parseFloat(data.displayValue ?? '');
            if (Number.isFinite(v)) setAlpha(Math.min(1, Math.max(0, v)));
          }}
        />
      </Field>
      <ul className={styles.list}>
        {candidates.map((c) => <CandidateCard key={c.kind} c={c} live={live} hasAhp={ahp !== undefined} locale={locale} onAdopt={adopt} ahp={ahp} sheetName={given ? undefined : sheetName} />)}
      </ul>
    </>
  );
}

/**
 * Compare weightings (issue 12): each candidate's tier distribution and how many clients it would move against the
 * current weights, by the pane's what-if machinery; one click adopts a candidate (whole-point weights summing to 100).
 */
export function WeightCandidates({ live, ahp, onEdit, loadJudgements }: {
  live: TieringResult; ahp?: AhpResult; onEdit: (edit: ModelEdit) => void; loadJudgements?: () => Promise<StoredJudgements | undefined>;
}): JSX.Element {
  const s = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="candidates">
        <AccordionHeader size="small">{s.weightsCompareTitle}</AccordionHeader>
        <AccordionPanel>
          <Text size={200} as="p">{s.weightsCompareHelp}</Text>
          <CandidateList live={live} ahp={ahp} onEdit={onEdit} loadJudgements={loadJudgements} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
