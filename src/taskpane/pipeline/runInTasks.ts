/*
 * Runs an engine computation written as steps (src/engine/run/steps) on the pane's main thread, giving the thread
 * back whenever a piece of work has run for a slice (40 ms): composing a run's plan at 50,000 clients takes about a
 * second, and the pane may block for at most 200 ms at a time (issue 10). Cancel is honoured at each give-back.
 */
import type { Steps } from '../../engine/run/steps';
import { throwIfAborted } from '../../excel/abort';
import { taskYield, type TaskYield } from '../../excel/taskYield';

export async function runInTasks<T>(steps: Steps<T>, signal?: AbortSignal, pace: TaskYield = taskYield()): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (pace.due()) {
      await pace.yieldNow();
      throwIfAborted(signal);
    }
  }
}
