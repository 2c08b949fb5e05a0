/**
 * How much one request to Excel may carry. Excel on the web caps a request and its response at 5 MB each and a read
 * at 5,000,000 cells (docs: "Resource limits and performance optimization for Office Add-ins"); TierBook aims at
 * 4,000,000 bytes so that Office's own envelope and our estimate's error never reach the cap.
 */
export interface RequestBudget {
  readonly bytes: number;
  readonly cells: number;
}

export const DEFAULT_REQUEST_BUDGET: RequestBudget = { bytes: 4_000_000, cells: 5_000_000 };

/** Room kept in every request for the command envelopes (object paths, method names) around the data. */
export const COMMAND_OVERHEAD_BYTES = 256;
