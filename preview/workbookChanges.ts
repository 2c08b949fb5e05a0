import type { ExcelHost } from '../src/excel/host';

/** A version number that moves whenever the fake workbook may have changed, for useSyncExternalStore. */
export class WorkbookChanges {
  private current = 0;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  readonly version = (): number => this.current;

  notify(): void {
    this.current++;
    for (const listener of this.listeners) listener();
  }
}

/** The host the gateway gets: the fake's, announcing a change after every batch (reads included, which is harmless). */
export function notifyingHost(host: ExcelHost, changes: WorkbookChanges): ExcelHost {
  return {
    run: async <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      try {
        return await host.run(batch);
      } finally {
        changes.notify();
      }
    },
    isSetSupported: (set, version) => host.isSetSupported(set, version),
  };
}
