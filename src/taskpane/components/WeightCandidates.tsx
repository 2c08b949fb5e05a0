import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AhpResult, Locale, TieringResult } from '../../engine';
import { formatCount } from '../format';
import type { Strings } from '../i18n';
import { useLocale, useStrings } from '../localeContext';
import { weightCandidates, wholePointWeights, type WeightCandidate } from '../pipeline/weightCandidates';
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

/** One candidate: its weights, its tier distribution, the clients it would move, and the button that adopts it. */
function CandidateCard({ c, live, hasAhp, locale, onAdopt }: {
  c: WeightCandidate; live: TieringResult; hasAhp: boolean; locale: Locale; onAdopt: (weights: readonly number[]) => void;
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
          <Button size="small" aria-label={s.candidateAdoptLabel(name)} onClick={() => onAdopt(c.weights ?? [])}>{s.candidateAdopt}</Button>
        ) : null}
      </div>
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
function CandidateList({ live, ahp, onEdit }: { live: TieringResult; ahp?: AhpResult; onEdit: (edit: ModelEdit) => void }): JSX.Element {
  const styles = useStyles();
  const locale = useLocale();
  const candidates = useMemo(() => weightCandidates(live, ahp), [live, ahp]);
  const adopt = (weights: readonly number[]): void => {
    wholePointWeights(weights).forEach((weight, factor) => onEdit({ kind: 'weight', factor, weight }));
  };
  return (
    <ul className={styles.list}>
      {candidates.map((c) => <CandidateCard key={c.kind} c={c} live={live} hasAhp={ahp !== undefined} locale={locale} onAdopt={adopt} />)}
    </ul>
  );
}

/**
 * Compare weightings (issue 12): each candidate's tier distribution and how many clients it would move against the
 * current weights, by the pane's what-if machinery; one click adopts a candidate (whole-point weights summing to 100).
 */
export function WeightCandidates({ live, ahp, onEdit }: { live: TieringResult; ahp?: AhpResult; onEdit: (edit: ModelEdit) => void }): JSX.Element {
  const s = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="candidates">
        <AccordionHeader size="small">{s.weightsCompareTitle}</AccordionHeader>
        <AccordionPanel>
          <Text size={200} as="p">{s.weightsCompareHelp}</Text>
          <CandidateList live={live} ahp={ahp} onEdit={onEdit} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
