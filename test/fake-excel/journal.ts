/** Undo log: every model mutation made during a sync records how to revert it, so a request that
 * breaks a size limit can be rolled back completely ("applies nothing"). */
export class Journal {
  private entries: Array<() => void> | null = null;

  begin(): void {
    this.entries = [];
  }

  record(undo: () => void): void {
    this.entries?.push(undo);
  }

  rollback(): void {
    const entries = this.entries ?? [];
    this.entries = null;
    for (let i = entries.length - 1; i >= 0; i--) entries[i]();
  }

  commit(): void {
    this.entries = null;
  }

  /** Sets obj[key] and records the previous value. */
  set<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    const previous = obj[key];
    this.record(() => {
      obj[key] = previous;
    });
    obj[key] = value;
  }

  /** Records the current content of a (small) array so it can be restored. */
  saveArray<T>(list: T[]): void {
    const copy = list.slice();
    this.record(() => {
      list.length = 0;
      list.push(...copy);
    });
  }
}
