import { Toast, ToastBody, ToastTitle, useToastController, type ToastIntent } from '@fluentui/react-components';
import { useCallback } from 'react';

export type ShowToast = (intent: ToastIntent, title: string, lines?: readonly string[]) => void;

/** Short confirmations (written, saved, imported) as Fluent toasts in the pane's Toaster. */
export function usePaneToasts(toasterId: string): ShowToast {
  const { dispatchToast } = useToastController(toasterId);
  return useCallback<ShowToast>((intent, title, lines = []) => {
    dispatchToast(
      <Toast>
        <ToastTitle>{title}</ToastTitle>
        {lines.length > 0 ? <ToastBody>{lines.map((line) => <div key={line}>{line}</div>)}</ToastBody> : null}
      </Toast>,
      { intent, timeout: 8000 },
    );
  }, [dispatchToast]);
}
