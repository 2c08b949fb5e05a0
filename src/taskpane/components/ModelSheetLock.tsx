import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../localeContext';

const useStyles = makeStyles({
  // Excel's task pane is the dialog's whole world: it fits 320 px with room for the pane's margins.
  surface: { maxWidth: 'calc(100% - 24px)', boxSizing: 'border-box', padding: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, justifyContent: 'flex-end' },
});

export interface ModelSheetLockProps {
  open: boolean;
  busy: boolean;
  onOpenChange: (open: boolean) => void;
  onApply: (locked: boolean, password?: string) => void;
}

/** Locks or unlocks the model sheet with an optional password, in a dialog; the hint says it guards against accidents only. */
export function ModelSheetLock({ open, busy, onOpenChange, onApply }: ModelSheetLockProps): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [password, setPassword] = useState('');
  const apply = (locked: boolean): void => {
    onApply(locked, password);
    onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{s.lockTitle}</DialogTitle>
          <DialogContent>
            <Field label={s.lockPassword} hint={s.lockHint}>
              <Input type="password" value={password} onChange={(_, data) => setPassword(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => apply(true)}>{s.lockApply}</Button>
            <Button disabled={busy} onClick={() => apply(false)}>{s.unlockApply}</Button>
            <Button appearance="subtle" onClick={() => onOpenChange(false)}>{s.lockDialogClose}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
