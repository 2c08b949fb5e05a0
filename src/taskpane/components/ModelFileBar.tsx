import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStrings } from '../localeContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  file: { display: 'none' },
});

/** Save to the model sheet, import a model JSON file, export the model as JSON. */
export function ModelFileBar({ canSave, busy, onSave, onImport, onExport }: {
  canSave: boolean;
  busy: boolean;
  onSave: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={!canSave || busy} onClick={onSave}>{s.saveModel}</Button>
      <Button disabled={busy} onClick={() => fileInput.current?.click()}>{s.importModel}</Button>
      <Button onClick={onExport}>{s.exportModel}</Button>
      <input
        ref={fileInput}
        className={styles.file}
        type="file"
        accept=".json,application/json"
        aria-label={s.importModel}
        data-testid="model-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // so that choosing the same file again imports it again
          if (file) onImport(file);
        }}
      />
    </div>
  );
}
