/**
 * The fake `Excel.RequestContext`: queues commands, and at `sync()` measures the request, executes the
 * commands in order against the model, measures the response, and commits or rolls back.
 *
 * Limits, from OfficeDev/office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md
 * ("Excel add-ins"): "Excel on the web has a payload size limit for requests and responses of 5MB" and
 * "A range is limited to 5,000,000 cells for read operations". The error codes
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded ("This error occurs only in Excel on
 * the web") and RangeExceedsLimit ("The cell count in the range has exceeded the maximum supported
 * number") come from the Excel error-code table of the same docs (excel-add-ins-error-handling.md).
 */
import { FakeOfficeError, officeError } from './errors';
import { EventRegistry } from './events';
import { jsonByteLength } from './jsonSize';
import { drawPendingPivots } from './pivotObjects';
import { Command, ContextInternals, ExecEnv, FakeObject, LoadArg } from './proxy';
import { CellChange, WorkbookModel } from './workbookModel';

/** performance.measure name of each sync the fake executes in the preview (syncYield 'task'); read by the responsiveness bench. */
export const FAKE_EXCEL_SYNC_MEASURE = 'tierbook:fake-excel-sync';

export interface FakeMetrics {
  /** Every sync() call, including failed ones and the implicit final sync of run(). */
  syncCount: number;
  failedSyncCount: number;
  /** Sum of measured request+response bytes over all syncs (a rejected request counts what was measured). */
  totalPayloadBytes: number;
  /** Largest single request+response measured. */
  largestRequestBytes: number;
  /** Cells covered by cell-data loads (values, formulas, text, numberFormat, valueTypes), per property. */
  cellsRead: number;
  /** Cells covered by values/formulas/numberFormat writes, per property. */
  cellsWritten: number;
}

export function emptyMetrics(): FakeMetrics {
  return { syncCount: 0, failedSyncCount: 0, totalPayloadBytes: 0, largestRequestBytes: 0, cellsRead: 0, cellsWritten: 0 };
}

export interface PayloadSettings {
  payloadLimitBytes: number;
  /** 'combined' (default): request + response together must fit; 'separate': each must fit. */
  payloadAccounting: 'combined' | 'separate';
  maxCellsPerRead: number;
}

export interface FakeRuntime {
  readonly model: WorkbookModel;
  readonly payload: PayloadSettings;
  readonly metrics: FakeMetrics;
  readonly events: EventRegistry;
  readonly syncYield: 'microtask' | 'task';
  supportsApi(typeName: string, member: string): boolean;
  requireApi(typeName: string, member: string): void;
  /** Returns the injected failure for this (1-based, never reset) sync number, if any. */
  injectedFailure(): FakeOfficeError | null;
  createWorkbook(ctx: FakeContext): FakeObject<WorkbookModel>;
  createRuntimeObject(ctx: FakeContext): FakeObject<WorkbookModel>;
  afterSync(changes: CellChange[]): void;
}

function isLimitError(error: unknown): boolean {
  return error instanceof FakeOfficeError &&
    ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit'].includes(error.code);
}

export class FakeContext implements ContextInternals {
  executing: ExecEnv | null = null;
  private queue: Command[] = [];
  private objectIds = 0;
  private closed = false;
  private workbookObject: FakeObject<WorkbookModel> | null = null;
  private runtimeObject: FakeObject<WorkbookModel> | null = null;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(private readonly fake: FakeRuntime) {}

  get workbook(): Excel.Workbook {
    this.workbookObject ??= this.fake.createWorkbook(this);
    return this.workbookObject as unknown as Excel.Workbook;
  }

  get application(): Excel.Application {
    return this.workbook.application;
  }

  get runtime(): Excel.Runtime {
    this.fake.requireApi('Runtime', 'runtime');
    this.runtimeObject ??= this.fake.createRuntimeObject(this);
    return this.runtimeObject as unknown as Excel.Runtime;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get events(): EventRegistry {
    return this.fake.events;
  }

  asRequestContext(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  nextObjectId(): number {
    return ++this.objectIds;
  }

  requireApi(typeName: string, member: string): void {
    this.fake.requireApi(typeName, member);
  }

  supportsApi(typeName: string, member: string): boolean {
    return this.fake.supportsApi(typeName, member);
  }

  enqueue(command: Command): void {
    if (this.closed) {
      throw officeError('InvalidObjectPath', 'the object is used after its Excel.run batch finished');
    }
    this.queue.push(command);
  }

  hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  load(object: { load(option?: LoadArg): unknown }, option?: LoadArg): void {
    object.load(option);
  }

  trace(message: string): void {
    this.enqueue({ descriptor: { trace: message }, run: () => undefined });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    const metrics = this.fake.metrics;
    metrics.syncCount++;
    const failure = this.fake.injectedFailure();
    // A real sync is always asynchronous; a round trip to Excel also lets the browser run other tasks meanwhile.
    if (this.fake.syncYield === 'task') await new Promise((resolve) => setTimeout(resolve, 0));
    else await Promise.resolve();
    try {
      if (failure) throw failure;
      const started = performance.now();
      this.execute(commands);
      // In the preview, the bench tells the pane's own work from this, which real Excel does in its own process.
      if (this.fake.syncYield === 'task') performance.measure(FAKE_EXCEL_SYNC_MEASURE, { start: started, end: performance.now() });
      return passThroughValue as T;
    } catch (error) {
      metrics.failedSyncCount++;
      throw error;
    }
  }

  private measure(bytes: number): void {
    const metrics = this.fake.metrics;
    metrics.totalPayloadBytes += bytes;
    metrics.largestRequestBytes = Math.max(metrics.largestRequestBytes, bytes);
  }

  private execute(commands: Command[]): void {
    const { model, payload } = this.fake;
    const requestBytes = jsonByteLength(commands.map((c) => c.descriptor));
    if (requestBytes > payload.payloadLimitBytes) {
      this.measure(requestBytes);
      throw officeError('RequestPayloadSizeLimitExceeded', `request is ${requestBytes} bytes, limit ${payload.payloadLimitBytes}`);
    }
    const env: ExecEnv = { model, maxCellsPerRead: payload.maxCellsPerRead, cellsRead: 0, cellsWritten: 0, commits: [], responses: [], pivotRenders: new Set() };
    model.journal.begin();
    model.changes.length = 0;
    this.executing = env;
    try {
      for (const command of commands) {
        // PivotTables are drawn once after a run of layout commands, before anything that could see their cells.
        if (command.pivotLayout !== true) drawPendingPivots(env);
        command.run(env);
      }
      drawPendingPivots(env);
    } catch (error) {
      // Office applies the statements that ran before a failing one; only limit errors reject the whole request.
      if (isLimitError(error)) model.journal.rollback();
      else {
        drawPendingPivots(env); // the layout changes that ran before the failing statement stand, drawn
        model.journal.commit();
      }
      this.measure(requestBytes);
      if (!isLimitError(error)) this.fake.afterSync(model.changes.splice(0));
      throw error;
    } finally {
      this.executing = null;
    }
    const responseBytes = jsonByteLength(env.responses);
    this.measure(requestBytes + responseBytes);
    const over = payload.payloadAccounting === 'combined'
      ? requestBytes + responseBytes > payload.payloadLimitBytes
      : responseBytes > payload.payloadLimitBytes;
    if (over) {
      model.journal.rollback();
      throw officeError('ResponsePayloadSizeLimitExceeded',
        `request ${requestBytes} + response ${responseBytes} bytes exceed ${payload.payloadLimitBytes}`);
    }
    model.journal.commit();
    env.commits.forEach((commit) => commit());
    this.fake.metrics.cellsRead += env.cellsRead;
    this.fake.metrics.cellsWritten += env.cellsWritten;
    this.fake.afterSync(model.changes.splice(0));
  }
}
