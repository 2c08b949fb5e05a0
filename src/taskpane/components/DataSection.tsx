import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClientTableSource } from '../../excel/workbookGateway';
import { formatCount } from '../format';
import type { Tiering } from '../hooks/useTiering';
import { useLocale, useStrings } from '../localeContext';
import type { ProblemCell } from '../pipeline/dataQuality';
import { cachedRowCount, type RowChunk } from '../pipeline/rowChunks';
import type { Notice } from '../state/paneState';
// Shown only once a table is read: separate chunks (lazySections).
import { ColumnMappingTable, DataQualityPanel } from './lazySections';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface DataSectionProps {
  source?: ClientTableSource;
  chunks?: readonly RowChunk[];
  tiering: Tiering;
  busy: boolean;
  notice?: Notice;
  onRead: () => void;
  onChooseColumn: (key: string, header: string) => void;
  onGoTo: (cell: ProblemCell) => void;
  onDismissNotice: () => void;
}

/** Detect the client table, show how its columns map to the model, and what is wrong with the data. */
export function DataSection(props: DataSectionProps): JSX.Element {
  const { source, chunks, tiering, busy, notice } = props;
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={s.tabData}>
      <div className={styles.actions}>
        <Button appearance={source ? 'secondary' : 'primary'} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={props.onRead}>
          {source ? s.readAgain : s.readTable}
        </Button>
        <Text>{source && chunks ? s.sourceSummary(source.sheetName, source.address, formatCount(cachedRowCount(chunks), locale)) : s.readHint}</Text>
      </div>
      {notice ? <NoticeBar notice={notice} onDismiss={props.onDismissNotice} /> : null}
      {tiering.layoutError ? (
        <MessageBar intent="error" layout="multiline"><MessageBarBody>{tiering.layoutError[locale]}</MessageBarBody></MessageBar>
      ) : null}
      {source && tiering.mapping.length > 0 ? (
        <div>
          <Subtitle2 as="h2">{s.mappingTitle}</Subtitle2>
          {tiering.layout ? <Text block size={200}>{s.headerRowNote(String(tiering.layout.headerRow))}</Text> : null}
          <ColumnMappingTable rows={tiering.mapping} headers={tiering.headerCells} onChoose={props.onChooseColumn} />
        </div>
      ) : null}
      {tiering.quality ? (
        <div>
          <Subtitle2 as="h2">{s.qualityTitle}</Subtitle2>
          <DataQualityPanel quality={tiering.quality} notTiered={tiering.live?.notTiered} onGoTo={props.onGoTo} />
        </div>
      ) : null}
    </section>
  );
}
