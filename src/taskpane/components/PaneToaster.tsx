import { Toaster } from '@fluentui/react-components';

/** The pane's Toaster, in a chunk of its own (see lazySections): the first screen shows no toast. */
export function PaneToaster({ toasterId }: { toasterId: string }): JSX.Element {
  return <Toaster toasterId={toasterId} position="top-end" />;
}
