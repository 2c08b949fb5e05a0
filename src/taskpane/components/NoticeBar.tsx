import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocale, useStrings } from '../localeContext';
import { writeReportLines } from '../reportLines';
import type { Notice } from '../state/paneState';

/** A notice as a Fluent MessageBar: errors in the pane's language, stopped writes with what they wrote and how to remove it. */
export function NoticeBar({ notice, onDismiss, onRemoveOutput }: { notice: Notice; onDismiss: () => void; onRemoveOutput?: () => void }): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const dismissButton = <Button appearance="transparent" size="small" aria-label={s.dismiss} onClick={onDismiss}>✕</Button>;
  const dismiss = <MessageBarActions containerAction={dismissButton} />;
  if (notice.kind === 'error') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{notice.message[locale]}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (notice.kind === 'readCancelled') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{s.readCancelled}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  const lines = notice.report ? writeReportLines(notice.report, s, locale) : [s.reportUnknown];
  return (
    <MessageBar intent={notice.cancelled ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.cancelled ? s.cancelledTitle : s.failedTitle}</MessageBarTitle>
        {notice.error ? <div>{notice.error[locale]}</div> : null}
        {lines.map((line) => <div key={line}>{line}</div>)}
        <div>{s.removeHint}</div>
      </MessageBarBody>
      <MessageBarActions containerAction={dismissButton}>
        {onRemoveOutput ? <Button size="small" onClick={onRemoveOutput}>{s.removeOutput}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
