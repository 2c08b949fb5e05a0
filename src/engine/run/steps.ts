/*
 * Long computations written as generators that pause (`yield`) between pieces of a few tens of ms, so that a host
 * with a UI thread (the task pane) can give the thread back between them (issue 10), while every other caller runs
 * them straight through. The engine never waits itself: it has no timers and no idea of a thread.
 */

/** A computation of T that pauses between pieces. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Clients (or rows) per piece of a per-client loop: a few ms on a quiet machine, still under the host's slice when the
 * machine is loaded. A pause costs one generator resume; the host decides whether to give the thread back there.
 */
export const CLIENTS_PER_STEP = 500;

/** Runs the computation to its end without pausing, as a plain function call would. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
