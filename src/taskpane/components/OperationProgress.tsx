import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { LongOperation } from '../hooks/useLongOperation';
import { useLocale, useStrings } from '../localeContext';
import { formatCount } from '../format';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

/** The running read or write, once it has taken over the delay: a ProgressBar with Cancel. */
export function OperationProgress({ operation }: { operation: LongOperation }): JSX.Element | null {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  if (!operation.busy || !operation.showProgress) return null;
  const { progress } = operation;
  const done = formatCount(progress?.done ?? 0, locale);
  const total = formatCount(progress?.total ?? 0, locale);
  const label = progress?.message?.[locale]
    ?? (progress ? (progress.phase === 'read' ? s.progressRead(done, total) : s.progressWrite(done, total)) : s.working);
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.root}>
      <Field className={styles.bar} label={label}>
        <ProgressBar value={value} max={1} />
      </Field>
      <Button onClick={operation.cancel}>{s.cancel}</Button>
    </div>
  );
}
