import { Tab, TabList, Title3, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useReducer } from 'react';
import { resolveExtraColumn } from '../../engine/table/extraColumns';
import type { StoredModel } from '../../excel/workbookGateway';
import { paneErrorMessage } from '../errors';
import { useLastValidLive } from '../hooks/useLastValidLive';
import { useLongOperation } from '../hooks/useLongOperation';
import { usePaneToasts } from '../hooks/usePaneToasts';
import { useStoredModel } from '../hooks/useStoredModel';
import { useTemplatesSource } from '../hooks/useTemplatesSource';
import { useTiering } from '../hooks/useTiering';
import { useWhatIfDrill } from '../hooks/useWhatIfDrill';
import { useLocale, useStrings } from '../localeContext';
import { paneActions, type PaneGateway } from '../paneActions';
import type { ProblemCell } from '../pipeline/dataQuality';
import type { TemplatesSource } from '../pipeline/templatesSource';
import { paneReducer } from '../state/paneReducer';
import { initialPaneState, type NoticeArea, type PaneTab } from '../state/paneState';
import { DataSection } from './DataSection';
import { LazyModelSection as ModelSection, LazyOutputSection as OutputSection, LazyRunSection as RunSection, PaneToaster, preloadSections, SectionFallback } from './lazySections';
import { OperationProgress } from './OperationProgress';
import { preloadCharts } from './charts/lazyCharts';

const useStyles = makeStyles({
  // minWidth 0 lets every row shrink to the pane (320 px in Excel) instead of pushing it sideways.
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
});

const PANE_TABS: readonly PaneTab[] = ['data', 'model', 'output', 'run'];
const TAB_LABELS = { data: 'tabData', model: 'tabModel', output: 'tabOutput', run: 'tabRun' } as const;

/** The tab an arrow, Home or End key moves to from `tab` (round the ends), or undefined for other keys. */
function nextTab(tab: PaneTab, key: string): PaneTab | undefined {
  const at = PANE_TABS.indexOf(tab);
  const n = PANE_TABS.length;
  if (key === 'ArrowRight') return PANE_TABS[(at + 1) % n];
  if (key === 'ArrowLeft') return PANE_TABS[(at + n - 1) % n];
  if (key === 'Home') return PANE_TABS[0];
  if (key === 'End') return PANE_TABS[n - 1];
  return undefined;
}

/** The pane itself: state, the four sections, and the progress of whatever is running. */
export function TierBookPane({ gateway, progressDelayMs }: { gateway: PaneGateway; progressDelayMs: number }): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, undefined, initialPaneState);
  const tiering = useTiering(state);
  const shown = useLastValidLive(tiering.live, tiering.table, Boolean(state.source && state.chunks));
  const operation = useLongOperation(progressDelayMs);
  const toasterId = useId('tierbook-toaster');
  const toast = usePaneToasts(toasterId);
  const onStoredRead = useCallback((stored: StoredModel | undefined) => dispatch({ type: 'storedModelRead', stored }), []);
  const onStoredError = useCallback((error: unknown) => dispatch({ type: 'notify', area: 'model', notice: { kind: 'error', message: paneErrorMessage(error) } }), []);
  const refreshStored = useStoredModel(gateway, onStoredRead, onStoredError);
  // The other tabs' chunks load once the first screen is up (see lazySections).
  useEffect(() => {
    const timer = setTimeout(() => { void preloadSections().then(preloadCharts); }, 0);
    return () => clearTimeout(timer);
  }, []);
  const onTemplatesRead = useCallback((templates: TemplatesSource) => dispatch({ type: 'templatesRead', templates }), []);
  useTemplatesSource(gateway, state.tab === 'output', onTemplatesRead);
  const actions = paneActions({ gateway, state, dispatch, tiering, operation, toast, locale, strings: s, refreshStored });
  const dismiss = (area: NoticeArea) => (): void => dispatch({ type: 'notify', area, notice: undefined });
  const goTo = (cell: ProblemCell): void => {
    gateway.selectCell(cell.sheetName, cell.address).catch((error: unknown) => {
      dispatch({ type: 'notify', area: 'data', notice: { kind: 'error', message: paneErrorMessage(error) } });
    });
  };
  const selectCell = (area: NoticeArea) => (sheetName: string, address: string): void => {
    gateway.selectCell(sheetName, address).catch((error: unknown) => {
      dispatch({ type: 'notify', area, notice: { kind: 'error', message: paneErrorMessage(error) } });
    });
  };
  // The run report comes from the run log, so it is there when the workbook is opened again.
  const { readRunLog } = actions;
  useEffect(() => { void readRunLog(); }, []); // once, at start
  const drill = useWhatIfDrill(gateway, state, tiering, dispatch);
  // Stable, so the compare section reads the judgements sheet once per opening, not once per render.
  const loadJudgements = useCallback(() => gateway.readStoredJudgements?.() ?? Promise.resolve(undefined), [gateway]);
  const pin = (): void => {
    if (tiering.live) dispatch({ type: 'pin', scenario: tiering.live.result });
  };
  const canRun = Boolean(state.source && tiering.table && tiering.problems.length === 0);
  const layout = tiering.layout;
  const suitabilityAvailable = Boolean(layout && (layout.extras.investorType || resolveExtraColumn(layout, 'risk', state.model)));
  const run = (): void => {
    dispatch({ type: 'selectTab', tab: 'run' });
    void actions.run();
  };

  return (
    <div className={styles.root}>
      <PaneToaster toasterId={toasterId} />
      <Title3 as="h1">{s.appTitle}</Title3>
      <TabList
        size="small" selectedValue={state.tab} onTabSelect={(_, data) => dispatch({ type: 'selectTab', tab: data.value as PaneTab })}
        // Fluent's arrow-key mover puts focusable aria-hidden guards around the tabs (axe: aria-hidden-focus, serious);
        // an empty tabster attribute drops the mover, and onKeyDown does its job: the ARIA tab pattern's arrows.
        data-tabster="{}" onKeyDown={(event) => {
          const next = nextTab(state.tab, event.key);
          if (!next) return;
          event.preventDefault();
          dispatch({ type: 'selectTab', tab: next });
          const tabs = event.currentTarget.querySelectorAll<HTMLElement>('[role=tab]');
          tabs[PANE_TABS.indexOf(next)]?.focus();
        }}
      >
        {PANE_TABS.map((value) => (
          <Tab key={value} value={value} tabIndex={value === state.tab ? 0 : -1}>{s[TAB_LABELS[value]]}</Tab>
        ))}
      </TabList>
      <OperationProgress operation={operation} />
      {state.tab === 'data' ? (
        <DataSection
          source={state.source} chunks={state.chunks} tiering={tiering} busy={operation.busy} notice={state.notices.data}
          onRead={() => { void actions.readTable(); }}
          onChooseColumn={(key, header) => dispatch({ type: 'overrideColumn', key, header })}
          onGoTo={goTo}
          onDismissNotice={dismiss('data')}
        />
      ) : null}
      <SectionFallback>
      {state.tab === 'model' ? (
        <ModelSection
          model={state.model} tiering={tiering} shown={shown} hasData={Boolean(state.source && state.chunks)} busy={operation.busy} notice={state.notices.model}
          baseline={state.baseline} hasSaved={state.stored !== undefined} hasPinned={state.pinned !== undefined}
          onEdit={(edit) => dispatch({ type: 'editModel', edit })}
          onSave={() => { void actions.saveModel(); }}
          onImport={(file) => { void actions.importModel(file); }}
          onExport={actions.exportModel}
          onLock={(locked, password) => { void actions.lockModelSheet(locked, password); }}
          onSelectBaseline={(baseline) => dispatch({ type: 'selectBaseline', baseline })}
          onPin={pin}
          onDismissNotice={dismiss('model')}
          drill={drill} loadJudgements={loadJudgements}
        />
      ) : null}
      {state.tab === 'output' ? (
        <OutputSection
          choices={state.choices} suitabilityAvailable={suitabilityAvailable} templates={state.templates} canRun={canRun} busy={operation.busy}
          onChange={(choices) => dispatch({ type: 'setChoices', choices })}
          onRun={run}
        />
      ) : null}
      {state.tab === 'run' ? (
        <RunSection
          gateway={gateway} state={state} tiering={tiering} busy={operation.busy}
          onRun={run} onDismissNotice={dismiss('run')}
          onConfirmChecks={(confirmed) => dispatch({ type: 'confirmChecks', confirmed })}
          onSelectCell={selectCell('run')}
          onShowSheet={(sheetName) => { gateway.activateSheet(sheetName).catch((error: unknown) => dispatch({ type: 'notify', area: 'run', notice: { kind: 'error', message: paneErrorMessage(error) } })); }}
          onRemoveOutput={actions.removeOutput ? () => { void actions.removeOutput?.(); } : undefined}
        />
      ) : null}
      </SectionFallback>
    </div>
  );
}
