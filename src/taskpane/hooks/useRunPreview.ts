/*
 * What the Run step shows before a run: the data checks (runChecks) and the outline of the very plan a run would
 * write. The plan needs the previous tiers and the templates sheet, which are read from the workbook once per table.
 */
import { useEffect, useMemo, useState } from 'react';
import { createDefaultPlaybooks, planOutline, runChecks, type LocalizedText, type PlanOutline, type RunCheck } from '../../engine';
import type { StoredTemplates, WorkbookGateway } from '../../excel/workbookGateway';
import { paneErrorMessage } from '../errors';
import type { Tiering } from './useTiering';
import { runInTasks } from '../pipeline/runInTasks';
import { composeRunPlan, composeRunPlanSteps, type RunPlanInput } from '../pipeline/runPlan';
import type { PaneState } from '../state/paneState';
import type { Locale, TrackingSheets } from '../../engine';

export interface RunPreview {
  readonly checks: readonly RunCheck[];
  readonly outline?: PlanOutline;
  readonly error?: LocalizedText;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText)['zh-CN'] === 'string' && typeof (value as LocalizedText)['en-US'] === 'string';
}

/**
 * Up to this many clients the outline is composed during render (well under 200 ms); above it, in pieces after the
 * render (runInTasks), so that opening the Run step or finishing a run at 50,000 clients never blocks the pane.
 */
export const SYNC_PREVIEW_CLIENTS = 10_000;

type Outline = { outline?: PlanOutline; error?: LocalizedText };

interface WorkbookFacts {
  readonly previousTiers?: ReadonlyMap<string, string>;
  readonly templates?: StoredTemplates;
  readonly judgementsFound?: boolean;
  /** The tracking sheets the run will read (whether the roster exists decides whether one is written). */
  readonly tracking?: TrackingSheets;
}

export function useRunPreview(gateway: WorkbookGateway, state: PaneState, tiering: Tiering, locale: Locale): RunPreview {
  const { source, chunks, model, choices } = state;
  const { layout, table } = tiering;
  const [facts, setFacts] = useState<WorkbookFacts | { error: LocalizedText }>();
  // The templates as the Output tab last read them; read here only when it has not been opened yet.
  const known = state.templates;
  useEffect(() => {
    if (!source) return undefined;
    let live = true;
    void (async () => {
      try {
        const previousTiers = await gateway.readPreviousTiers(source);
        if (known?.kind === 'error') throw known.message;
        // The outline depends on whether a templates sheet exists, not on its playbooks (those fill the rows).
        const templates = known ? (known.kind === 'sheet' ? { playbooks: createDefaultPlaybooks(), sheetName: known.sheetName } : undefined)
          : await gateway.readStoredTemplates();
        const judgementsFound = choices.judgementsSheet === true && (await gateway.readStoredJudgements?.()) !== undefined;
        // As the run reads them (paneActions.run), so the outline lists the roster only when the workbook has none.
        const tracking = choices.strategySheets ? await gateway.readTrackingSheets?.() : undefined;
        if (live) setFacts({ previousTiers, templates, judgementsFound, tracking });
      } catch (error) {
        if (live) setFacts({ error: isLocalizedText(error) ? error : paneErrorMessage(error) });
      }
    })();
    return () => { live = false; };
  }, [gateway, source, state.runLog, known, choices.judgementsSheet, choices.strategySheets]);
  const checks = useMemo(() => (table && source ? runChecks(table, model, source.sheetName) : []), [table, model, source]);
  const planned = useMemo((): { input: RunPlanInput } | Outline => {
    if (!source || !chunks || !layout || !table || tiering.problems.length > 0 || !facts) return {};
    if ('error' in facts) return { error: facts.error };
    // Confirmed for the preview only: the outline shows what a confirmed run would write.
    return { input: { source, chunks, layout, table, model, choices, locale, ...facts, confirmedChecks: true, timestamp: '' } };
  }, [source, chunks, layout, table, model, choices, locale, facts, tiering.problems.length]);
  const inRender = !('input' in planned) || planned.input.table.size <= SYNC_PREVIEW_CLIENTS;
  const now = useMemo((): Outline => {
    if (!('input' in planned) || !inRender) return 'input' in planned ? {} : planned;
    try {
      return { outline: planOutline(composeRunPlan(planned.input)) };
    } catch (error) {
      return { error: paneErrorMessage(error) };
    }
  }, [planned, inRender]);
  const [later, setLater] = useState<{ readonly of: typeof planned; readonly outline: Outline }>();
  useEffect(() => {
    if (inRender || !('input' in planned)) return undefined;
    const abort = new AbortController();
    runInTasks(composeRunPlanSteps(planned.input), abort.signal).then(
      (plan) => { if (!abort.signal.aborted) setLater({ of: planned, outline: { outline: planOutline(plan) } }); },
      (error: unknown) => { if (!abort.signal.aborted) setLater({ of: planned, outline: { error: paneErrorMessage(error) } }); },
    );
    return () => abort.abort();
  }, [planned, inRender]);
  const outline = inRender ? now : later?.of === planned ? later.outline : {};
  return { checks, ...outline };
}
