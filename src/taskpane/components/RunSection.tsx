import { Divider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { hasBlockingChecks } from '../../engine';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import type { Tiering } from '../hooks/useTiering';
import { useRunPreview } from '../hooks/useRunPreview';
import { useLocale, useStrings } from '../localeContext';
import type { PaneState } from '../state/paneState';
import { NoticeBar } from './NoticeBar';
import { RunButton } from './RunButton';
import { ComplianceOffNote } from './ComplianceOffNote';
import { ComplianceView, TrackingView } from './lazySections';
import { RunReport } from './RunReport';
import { RunSummary } from './RunSummary';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'flex-start', minWidth: 0 } });

/**
 * The run: first what it will do and what blocks it (RunSummary), the button (disabled while blocking data checks are
 * neither fixed nor confirmed), how the last run ended when it did not finish, then the last run's report, read back
 * from the run log.
 */
export function RunSection({ gateway, state, tiering, busy, onRun, onConfirmChecks, onSelectCell, onShowSheet, onDismissNotice, onRemoveOutput }: {
  gateway: WorkbookGateway;
  state: PaneState;
  tiering: Tiering;
  busy: boolean;
  onRun: () => void;
  onConfirmChecks: (confirmed: boolean) => void;
  onSelectCell: (sheetName: string, address: string) => void;
  onShowSheet: (sheetName: string) => void;
  onDismissNotice: () => void;
  onRemoveOutput?: () => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { source } = state;
  const { table } = tiering;
  const modelValid = tiering.problems.length === 0;
  const preview = useRunPreview(gateway, state, tiering, locale);
  const blocked = hasBlockingChecks(preview.checks) && !state.checksConfirmed;
  const notice = state.notices.run;
  return (
    <section className={styles.root} aria-label={s.tabRun}>
      {!source || !table ? <Text>{s.runNeedsData}</Text> : !modelValid ? <Text>{s.runNeedsValidModel}</Text> : (
        <RunSummary
          sheetName={source.sheetName} columnOffset={source.firstColumn} table={table} model={state.model} mode={state.choices.mode}
          preview={preview} confirmed={state.checksConfirmed} onConfirm={onConfirmChecks} onSelectCell={onSelectCell}
        />
      )}
      {source && table ? <ComplianceOffNote layout={tiering.layout} model={state.model} suitabilityColumns={state.choices.suitabilityColumns} /> : null}
      <RunButton disabled={!source || !table || !modelValid || blocked} busy={busy} onRun={onRun} />
      {notice ? <NoticeBar notice={notice} onDismiss={onDismissNotice} onRemoveOutput={onRemoveOutput} /> : null}
      {state.runLog ? (
        <>
          <Divider />
          <RunReport runLog={state.runLog} model={state.model} onShowSheet={onShowSheet} />
          <TrackingView gateway={gateway} runLog={state.runLog} model={state.model} onSelectCell={onSelectCell} />
          <ComplianceView
            gateway={gateway} runLog={state.runLog} source={source} chunks={state.chunks} layout={tiering.layout} model={state.model}
            choices={state.choices} onSelectCell={onSelectCell} onShowSheet={onShowSheet}
          />
        </>
      ) : null}
    </section>
  );
}
