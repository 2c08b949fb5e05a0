import { TierBookError, type LocalizedText } from '../engine';
import type { WriteReport } from './workbookGateway';

/** What a write has done so far; becomes the WriteReport. */
export class WriteProgress {
  readonly columns: string[] = [];
  readonly sheets: string[] = [];
  readonly pivots: string[] = [];
  readonly charts: string[] = [];
  readonly warnings: LocalizedText[] = [];
  private readonly queued: { list: string[]; name: string }[] = [];

  /** Something sent in the current request: listed once that request's sync succeeded. */
  queue(list: 'sheets' | 'pivots' | 'charts', name: string): void {
    this.queued.push({ list: this[list], name });
  }

  confirmQueued(): void {
    for (const { list, name } of this.queued.splice(0)) list.push(name);
  }

  report(incomplete: boolean): WriteReport {
    return {
      columns: [...this.columns], sheets: [...new Set(this.sheets)], pivots: [...this.pivots], charts: [...this.charts],
      warnings: [...this.warnings], incomplete,
    };
  }
}

/** A write that failed: the reason, and what had been written (every piece of it carries TierBook's marker). */
export class WritePlanError extends TierBookError {
  readonly report: WriteReport;

  constructor(cause: TierBookError, report: WriteReport) {
    super(cause.code, cause.messages, cause.location, cause.details);
    this.name = 'WritePlanError';
    this.report = report;
  }
}

/** The report a failed writePlan carries, for the pane's "what was written" notice. */
export function writeReportOf(error: unknown): WriteReport | undefined {
  return error instanceof WritePlanError ? error.report : undefined;
}
