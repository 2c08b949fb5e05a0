/**
 * Worksheet onChanged events. Registration (`onChanged.add`) takes effect at the next sync, like
 * office.js. Handlers run asynchronously after the change: `fake.fireChanged(...)` simulates a user
 * edit, and API writes fire too (real Excel raises onChanged for add-in writes) unless disabled via
 * the `apiWritesFireEvents` option or `context.runtime.enableEvents = false`.
 */
import type { ContextInternals, FakeObject } from './proxy';

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

interface Registration {
  scope: string | null; // sheet id, or null for workbook-wide (worksheets.onChanged)
  handler: ChangeHandler;
}

export class EventRegistry {
  private registrations: Registration[] = [];
  private pending = new Set<Promise<void>>();
  readonly handlerErrors: unknown[] = [];

  register(scope: string | null, handler: ChangeHandler): void {
    this.registrations.push({ scope, handler });
  }

  unregister(scope: string | null, handler: ChangeHandler): void {
    this.registrations = this.registrations.filter((r) => !(r.scope === scope && r.handler === handler));
  }

  handlerCount(): number {
    return this.registrations.length;
  }

  /** Invokes matching handlers after a macrotask, as Excel delivers events asynchronously. */
  dispatch(sheetId: string, makeArgs: () => Excel.WorksheetChangedEventArgs): Promise<void> {
    const targets = this.registrations.filter((r) => r.scope === null || r.scope === sheetId);
    const done = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => Promise.all(targets.map(async (r) => {
        try {
          await r.handler(makeArgs());
        } catch (error) {
          this.handlerErrors.push(error);
        }
      })))
      .then(() => undefined);
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
    return done;
  }

  /** Waits until no handler is running; rejects with the first handler error, if any. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const error = this.handlerErrors.shift();
    if (error !== undefined) throw error;
  }
}

/** `OfficeExtension.EventHandlers` for one object; `scopeOf` maps its entity to a registration scope. */
export class FakeEventHandlers<E> implements Pick<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>, 'add' | 'remove'> {
  constructor(
    private readonly owner: FakeObject<E>,
    private readonly member: string,
    private readonly registry: EventRegistry,
    private readonly scopeOf: (entity: E) => string | null,
  ) {}

  add(handler: ChangeHandler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    this.owner._act(this.member, [], (entity, env) => env.commits.push(() => this.registry.register(this.scopeOf(entity), handler)));
    const ctx: ContextInternals = this.owner._ctx;
    const result = { context: ctx.asRequestContext(), remove: (): void => this.remove(handler) };
    return result as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  }

  /**
   * After the batch ended, office.js code removes handlers with Excel.run(result.context, ...), which an
   * ExcelHost cannot express; the fake then applies the removal immediately.
   */
  remove(handler: ChangeHandler): void {
    const entity = this.owner._entity;
    if (this.owner._ctx.isClosed && entity !== undefined) {
      this.registry.unregister(this.scopeOf(entity), handler);
      return;
    }
    this.owner._act(this.member, [], (entity, env) => env.commits.push(() => this.registry.unregister(this.scopeOf(entity), handler)));
  }
}
