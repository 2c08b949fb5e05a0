/*
 * Rows handed on in slices, in tasks of their own. A read brings up to 4 MB of rows in one chunk (tens of thousands
 * of clients), and appending such a chunk to the table at once would block the pane for longer than 200 ms (issue 10);
 * the slices are taken in a new task, and further ones in the same task until it has run for a slice of time (40 ms),
 * so the browser paints and handles Cancel in between without a task per slice.
 */
import { CLIENTS_PER_STEP } from '../../engine/run/steps';
import { throwIfAborted } from '../../excel/abort';
import { taskYield, type TaskYield } from '../../excel/taskYield';
import type { RowChunk } from './rowChunks';

/** Rows per slice: the engine's step (a few ms of appending on a quiet machine). */
export const SLICE_ROWS = CLIENTS_PER_STEP;

/** A new task: the browser paints and handles input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => { setTimeout(resolve, 0); });

/** The chunk cut into slices of at most `size` rows, each with its own first row number. */
export function slicesOf(chunk: RowChunk, size: number): RowChunk[] {
  if (chunk.rows.length <= size) return [chunk];
  const slices: RowChunk[] = [];
  for (let i = 0; i < chunk.rows.length; i += size) slices.push({ firstRowNumber: chunk.firstRowNumber + i, rows: chunk.rows.slice(i, i + size) });
  return slices;
}

/**
 * Takes chunks as the gateway reads them (synchronously, from its callback) and gives them to `take` a slice per
 * task. `done()` waits for every slice and rethrows the first error `take` threw; an aborted signal stops the feed.
 */
export class SlicedFeed {
  private readonly queue: RowChunk[] = [];
  private next = 0;
  private running: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly take: (slice: RowChunk) => void,
    private readonly signal?: AbortSignal,
    private readonly sliceRows = SLICE_ROWS,
    private readonly pace: TaskYield = taskYield(),
  ) {}

  push(chunk: RowChunk): void {
    this.queue.push(...slicesOf(chunk, this.sliceRows));
    this.running ??= this.drain();
  }

  /** Resolves when every pushed row was taken; rejects with take's error, or as cancelled after a cancel. */
  async done(): Promise<void> {
    while (this.running) await this.running;
    if (this.failure) throw this.failure.error;
    throwIfAborted(this.signal);
  }

  private async drain(): Promise<void> {
    // Never inside the gateway's callback: the first slice waits for a task of its own.
    await this.pace.yieldNow();
    while (this.next < this.queue.length && !this.failure && !this.signal?.aborted) {
      if (this.pace.due()) await this.pace.yieldNow();
      const slice = this.queue[this.next];
      // Released as soon as taken: the caller keeps the whole chunks it needs.
      this.queue[this.next++] = EMPTY;
      try {
        this.take(slice);
      } catch (error) {
        this.failure = { error };
      }
    }
    this.running = undefined;
  }
}

const EMPTY: RowChunk = { firstRowNumber: 0, rows: [] };
