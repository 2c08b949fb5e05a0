import { Button, Spinner } from '@fluentui/react-components';
import { useStrings } from '../localeContext';

/** "运行 / Run": disabled until there is a table and a valid model, a spinner while anything runs. */
export function RunButton({ disabled, busy, onRun }: { disabled: boolean; busy: boolean; onRun: () => void }): JSX.Element {
  const s = useStrings();
  return (
    <Button appearance="primary" disabled={disabled || busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={onRun}>
      {s.run}
    </Button>
  );
}
