/*
 * Gives the task pane's main thread back between pieces of a long synchronous loop (building a 4 MB request's rows
 * takes longer than the 200 ms a pane may block, issue 10). Time-based, so small writes never pay for a yield and
 * what is sent, and in which requests, does not change.
 */

/** Longest stretch of work before the loop lets the browser paint and handle input. */
export const TASK_SLICE_MS = 40;

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** A new task (setTimeout 0): not a microtask, which would not let the browser paint. */
const newTask = (): Promise<void> => new Promise((resolve) => { setTimeout(resolve, 0); });

export interface TaskYield {
  /** True once the current stretch of work is longer than the slice. */
  due(): boolean;
  /** Waits for a new task and starts a new stretch. */
  yieldNow(): Promise<void>;
  /** Starts a new stretch without waiting: the caller has just come back from a task of its own (a sync). */
  restart(): void;
}

export function taskYield(sliceMs = TASK_SLICE_MS, clock: () => number = now, wait: () => Promise<void> = newTask): TaskYield {
  let since = clock();
  return {
    due: () => clock() - since >= sliceMs,
    yieldNow: async () => {
      await wait();
      since = clock();
    },
    restart: () => { since = clock(); },
  };
}
