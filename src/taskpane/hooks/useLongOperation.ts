/*
 * One long gateway call at a time (read or write), with an AbortController for Cancel and a progress bar that only
 * appears once the call has taken longer than `progressDelayMs` (a quick call just shows a spinner).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LongOperationOptions, ProgressUpdate } from '../../excel/workbookGateway';

export interface LongOperation {
  readonly busy: boolean;
  /** True once the running call has passed the delay: show the ProgressBar and Cancel. */
  readonly showProgress: boolean;
  readonly progress?: ProgressUpdate;
  start<T>(work: (options: LongOperationOptions) => Promise<T>): Promise<T>;
  cancel(): void;
}

/**
 * A call that announces this many rows or more shows its bar at once, without waiting for the delay: it will outlast
 * the delay anyway, and the timer can only fire between the call's own pieces (seen at 270–440 ms for 50,000 clients).
 */
export const PROGRESS_AT_ONCE_ROWS = 5_000;

export function useLongOperation(progressDelayMs: number): LongOperation {
  const [busy, setBusy] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const [progress, setProgress] = useState<ProgressUpdate | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stopTimer = (): void => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => () => { stopTimer(); controller.current?.abort(); }, []);

  const start = useCallback(async <T>(work: (options: LongOperationOptions) => Promise<T>): Promise<T> => {
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setProgress(undefined);
    setShowProgress(progressDelayMs <= 0);
    stopTimer();
    if (progressDelayMs > 0) timer.current = setTimeout(() => setShowProgress(true), progressDelayMs);
    try {
      return await work({
        signal: abort.signal,
        onProgress: (update) => {
          if (abort.signal.aborted) return;
          setProgress(update);
          if (update.total >= PROGRESS_AT_ONCE_ROWS) setShowProgress(true);
        },
      });
    } finally {
      stopTimer();
      if (controller.current === abort) controller.current = undefined;
      setBusy(false);
      setShowProgress(false);
      setProgress(undefined);
    }
  }, [progressDelayMs]);

  const cancel = useCallback(() => { controller.current?.abort(); }, []);

  return { busy, showProgress, progress, start, cancel };
}
