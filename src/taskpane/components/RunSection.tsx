import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClientTable } from '../../engine';
import type { ClientTableSource } from '../../excel/workbookGateway';
import { formatCount } from '../format';
import { useLocale, useStrings } from '../localeContext';
import type { Notice } from '../state/paneState';
import { NoticeBar } from './NoticeBar';
import { RunButton } from './RunButton';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'flex-start' } });

/** The run: what it will do, the button, and how the last run ended when it did not finish. */
export function RunSection({ source, table, modelValid, busy, notice, onRun, onDismissNotice, onRemoveOutput }: {
  source?: ClientTableSource;
  table?: ClientTable;
  modelValid: boolean;
  busy: boolean;
  notice?: Notice;
  onRun: () => void;
  onDismissNotice: () => void;
  onRemoveOutput?: () => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const status = !source || !table ? s.runNeedsData : !modelValid ? s.runNeedsValidModel : s.runReady(formatCount(table.size, locale), source.sheetName);
  return (
    <section className={styles.root} aria-label={s.tabRun}>
      <Text>{status}</Text>
      <RunButton disabled={!source || !table || !modelValid} busy={busy} onRun={onRun} />
      {notice ? <NoticeBar notice={notice} onDismiss={onDismissNotice} onRemoveOutput={onRemoveOutput} /> : null}
    </section>
  );
}
