import { throwIfAborted } from './abort';
import type { RequestBudget } from './requestBudget';
import { taskYield } from './taskYield';

export interface PackerHooks {
  readonly signal?: AbortSignal;
  /** Called after each successful sync, before progress: what was queued now exists. */
  readonly onFlushed?: () => void;
  /** Called after each successful sync with the work units it completed. */
  readonly onSynced?: (units: number) => void;
  /** Called before the first command of each request, e.g. to suspend calculation until that request's sync. */
  readonly onRequestStart?: () => void;
}

/**
 * Packs queued writes into requests that stay under the budget, syncing when the next piece would not fit: fewer,
 * fuller requests than one sync per column or sheet. Cancellation is honoured after each sync, never inside one.
 */
export class RequestPacker {
  private bytes = 0;
  private cells = 0;
  private units = 0;
  private started = false;
  private readonly pace = taskYield();

  constructor(private readonly context: Excel.RequestContext, readonly budget: RequestBudget, private readonly hooks: PackerHooks = {}) {}

  /** Bytes and cells still free in the current request. */
  room(): { bytes: number; cells: number } {
    return { bytes: this.budget.bytes - this.bytes, cells: this.budget.cells - this.cells };
  }

  get isEmpty(): boolean {
    return this.bytes === 0 && this.cells === 0;
  }

  /** Call before queuing commands: starts a request (hooks) when none is open. */
  begin(): void {
    if (this.started) return;
    this.started = true;
    this.hooks.onRequestStart?.();
  }

  /**
   * Called between rows while a request is being built: gives the pane's main thread back once this task has run for
   * a slice (a 4 MB request's rows take longer than the 200 ms a pane may block). Changes nothing that is sent.
   */
  async breathe(): Promise<void> {
    if (this.pace.due()) await this.pace.yieldNow();
  }

  /** Records commands just queued. */
  add(bytes: number, cells: number, units = 0): void {
    this.begin();
    this.bytes += bytes;
    this.cells += cells;
    this.units += units;
  }

  /** Counts finished work that needed no command (e.g. skipped empty rows). */
  addUnits(units: number): void {
    this.units += units;
  }

  /** Syncs first if `bytes`/`cells` more would not fit. */
  async ensureRoom(bytes: number, cells = 0): Promise<void> {
    if (this.isEmpty) return;
    const room = this.room();
    if (bytes > room.bytes || cells > room.cells) await this.flush();
  }

  /** Sends what is queued, reports progress, then stops if the user cancelled. */
  async flush(): Promise<void> {
    if (this.started || this.units > 0) {
      if (this.started) {
        await this.context.sync();
        this.pace.restart();
        this.hooks.onFlushed?.();
      }
      const units = this.units;
      this.bytes = 0;
      this.cells = 0;
      this.units = 0;
      this.started = false;
      if (units > 0) this.hooks.onSynced?.(units);
    }
    throwIfAborted(this.hooks.signal);
  }
}
