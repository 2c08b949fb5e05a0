import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../localeContext';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  password: { flexGrow: 1 },
});

export interface ModelSheetLockProps {
  busy: boolean;
  onApply: (locked: boolean, password?: string) => void;
}

/** Locks or unlocks the model sheet with an optional password; the hint says it guards against accidents only. */
export function ModelSheetLock({ busy, onApply }: ModelSheetLockProps): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [password, setPassword] = useState('');
  return (
    <Field label={s.lockTitle} hint={s.lockHint}>
      <div className={styles.row}>
        <Input className={styles.password} type="password" aria-label={s.lockPassword} placeholder={s.lockPassword} value={password}
          onChange={(_, data) => setPassword(data.value)} />
        <Button disabled={busy} onClick={() => onApply(true, password)}>{s.lockApply}</Button>
        <Button disabled={busy} onClick={() => onApply(false, password)}>{s.unlockApply}</Button>
      </div>
    </Field>
  );
}
