import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useStrings } from '../localeContext';
import { ModelSheetLock } from './ModelSheetLock';

const useStyles = makeStyles({
  file: { display: 'none' },
  // Menu items wrap rather than widen the popover past the pane.
  popover: { maxWidth: 'calc(100vw - 24px)' },
  item: { whiteSpace: 'normal' },
});

/** One menu for what is done with the model as a file: save to the model sheet, import, export, lock or unlock the sheet. */
export function ModelFileBar({ canSave, busy, onSave, onImport, onExport, onLock }: {
  canSave: boolean;
  busy: boolean;
  onSave: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onLock: (locked: boolean, password?: string) => void;
}): JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [lockOpen, setLockOpen] = useState(false);
  return (
    <div>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton>{s.modelMenu}</MenuButton>
        </MenuTrigger>
        <MenuPopover className={styles.popover}>
          <MenuList>
            <MenuItem className={styles.item} disabled={!canSave || busy} onClick={onSave}>{s.saveModel}</MenuItem>
            <MenuItem className={styles.item} disabled={busy} onClick={() => fileInput.current?.click()}>{s.importModel}</MenuItem>
            <MenuItem className={styles.item} onClick={onExport}>{s.exportModel}</MenuItem>
            <MenuDivider />
            <MenuItem className={styles.item} onClick={() => setLockOpen(true)}>{s.lockMenuItem}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <ModelSheetLock open={lockOpen} busy={busy} onOpenChange={setLockOpen} onApply={onLock} />
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
