import * as v8 from 'v8';

/** How far V8 lets the heap grow past what a full collection left live, in percent (its default grows it 2–4×). */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Keeps the runner's heap near what it really holds. Why: V8 sizes the next full collection from the last one's
 * survivors, and a run's survivors peak while the plan is composed; it then let the writer's short-lived garbage pile
 * up to twice that before collecting, so at 1,048,575 clients about 450 MB live became a peak of 1.1–1.5 GB. At 20% the
 * peak follows the live heap (939 MB there, 185 MB at 100,000 clients against 245 MB) for 5–10% more CPU in
 * collections. A V8 flag, so process-wide: `tierbook` is a batch run in its own process. Unlike the young generation's
 * size, V8 reads this flag each time it sizes the heap, so it takes effect when set here (docs/performance.md).
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
