import type { CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import type { RunCheckKind } from '../checks/runChecks';
import type { OutputMode } from '../plan/outputPlan';
import { RUN_LOG_COL } from './runLog';
import { findWeightSourceProblems, type WeightSource } from '../model/weightSource';

/** One run as the run log (运行日志) recorded it, read back for the run report. */
export interface RunLogEntry {
  readonly time: string;
  readonly sourceSheet: string;
  readonly rowsRead: number;
  readonly tiered: number;
  readonly notTiered: number;
  readonly issues: number;
  readonly mode?: OutputMode;
  readonly tierCounts: readonly { readonly name: string; readonly count: number }[];
  /** Data problems by code (invalid_number, missing_value, …). */
  readonly issueKinds: readonly { readonly code: string; readonly count: number }[];
  readonly checks: readonly { readonly kind: RunCheckKind; readonly factor: string; readonly count: number; readonly confirmed: boolean }[];
  /** The plan sheets' keys; a host finds each sheet by its `_TierBook_sheet_<key>` marker. */
  readonly sheetKeys: readonly string[];
  /** Where the run's weights came from, when its model recorded it (logs written before issue 12 have none). */
  readonly weightSource?: WeightSource;
}

/** The last run with the one before it on the same sheet, and each tier's change between them. */
export interface RunReport {
  readonly last: RunLogEntry;
  readonly previous?: RunLogEntry;
  /** The last run's tiers in order; `change` is undefined when there is no previous run (or it had no such tier). */
  readonly tiers: readonly { readonly name: string; readonly count: number; readonly change?: number }[];
}

const MODES: readonly string[] = ['values', 'live', 'portable'];
const CHECK_KINDS: readonly string[] = ['text_column', 'unreadable_numbers', 'no_variation', 'outliers'];

/** "a=1; b=2" → pairs; a name may itself hold "=", so the count is after the last one. */
function countPairs(cell: CellValue): { key: string; count: number }[] {
  const raw = cellText(cell ?? '').trim();
  if (raw === '') return [];
  return raw.split('; ').flatMap((part) => {
    const at = part.lastIndexOf('=');
    const count = Number(part.slice(at + 1));
    return at > 0 && Number.isFinite(count) ? [{ key: part.slice(0, at), count }] : [];
  });
}

/** The logged weight source's JSON, or undefined when absent, not JSON, or not a weight source (a hand-edited cell). */
function weightSourceAt(cell: CellValue): WeightSource | undefined {
  const raw = cellText(cell ?? '').trim();
  if (raw === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return findWeightSourceProblems(parsed).length === 0 ? parsed as WeightSource : undefined;
  } catch {
    return undefined;
  }
}

const numberAt = (row: readonly CellValue[], column: number): number => (typeof row[column] === 'number' ? row[column] as number : Number(row[column] ?? NaN));

/**
 * The run log's rows as entries, oldest first. Header rows (a log continued in another language repeats none, but a
 * user may copy one) and rows whose counts are not numbers are skipped; columns added later are read when present.
 */
export function parseRunLog(rows: readonly (readonly CellValue[])[]): RunLogEntry[] {
  const entries: RunLogEntry[] = [];
  for (const row of rows) {
    const rowsRead = numberAt(row, RUN_LOG_COL.rowsRead);
    const tiered = numberAt(row, RUN_LOG_COL.tiered);
    if (!Number.isFinite(rowsRead) || !Number.isFinite(tiered)) continue;
    const mode = cellText(row[RUN_LOG_COL.mode] ?? '').trim();
    entries.push({
      time: cellText(row[RUN_LOG_COL.time] ?? ''),
      sourceSheet: cellText(row[RUN_LOG_COL.sourceSheet] ?? ''),
      rowsRead, tiered,
      notTiered: numberAt(row, RUN_LOG_COL.notTiered) || 0,
      issues: numberAt(row, RUN_LOG_COL.issues) || 0,
      mode: MODES.includes(mode) ? mode as OutputMode : undefined,
      tierCounts: countPairs(row[RUN_LOG_COL.tierCounts] ?? null).map(({ key, count }) => ({ name: key, count })),
      issueKinds: countPairs(row[RUN_LOG_COL.issueKinds] ?? null).map(({ key, count }) => ({ code: key, count })),
      checks: cellText(row[RUN_LOG_COL.checkCodes] ?? '').split('; ').flatMap((code) => {
        const [kind, factor, count, confirmed] = code.trim().split(':');
        return CHECK_KINDS.includes(kind) && factor !== undefined && Number.isFinite(Number(count))
          ? [{ kind: kind as RunCheckKind, factor, count: Number(count), confirmed: confirmed === 'confirmed' }] : [];
      }),
      sheetKeys: cellText(row[RUN_LOG_COL.sheetKeys] ?? '').split('; ').map((k) => k.trim()).filter((k) => k !== ''),
      ...optionalWeightSource(weightSourceAt(row[RUN_LOG_COL.weightSourceJson] ?? null)),
    });
  }
  return entries;
}

const optionalWeightSource = (weightSource: WeightSource | undefined): { weightSource?: WeightSource } => (weightSource ? { weightSource } : {});

/** The report of the log's last run: its tiers, and their change since the previous run on the same sheet. */
export function lastRunReport(entries: readonly RunLogEntry[]): RunReport | undefined {
  const last = entries[entries.length - 1];
  if (!last) return undefined;
  const previous = [...entries.slice(0, -1)].reverse().find((e) => e.sourceSheet === last.sourceSheet);
  const before = new Map(previous?.tierCounts.map((t) => [t.name, t.count]) ?? []);
  return {
    last, previous,
    tiers: last.tierCounts.map((t) => {
      const was = before.get(t.name);
      return was === undefined ? { ...t } : { ...t, change: t.count - was };
    }),
  };
}
