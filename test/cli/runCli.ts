import { createHash } from 'crypto';
import * as fs from 'fs';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/cliIo';

/** What one in-process run of `tierbook` printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly stderrIsTTY?: boolean;
  readonly now?: () => Date;
  /** The PATH the runner looks for LibreOffice on (legacy formats); the test process's PATH when absent. */
  readonly pathValue?: string;
  /**
   * Default true: run as with --confirm-data-checks. The runner's fixtures are messy on purpose (unreadable cells, one
   * client, identical values) to test the writing; the data checks themselves, and the refusal without the flag, are
   * tested in dataChecks.test.ts with `confirmDataChecks: false`.
   */
  readonly confirmDataChecks?: boolean;
}

/** Runs main(argv) with captured streams, as the binary would run but without spawning node. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    now: options.now ?? (() => new Date('2026-06-30T09:30:00Z')),
    user: 'tester',
    pathValue: options.pathValue,
  };
  const confirm = options.confirmDataChecks ?? true;
  // First, so an argv that ends its options with -- still gets it as an option.
  const code = await main(confirm && !argv.includes('--confirm-data-checks') ? ['--confirm-data-checks', ...argv] : argv, io);
  return { code, stdout, stderr };
}

export function sha256(filePath: string): string {
  return createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

/** The --json document, typed as the CLI promises it. */
export interface CliJson {
  sheet: string;
  rows: number;
  clients: { row: number; id: string; score: number | null; tier: string | null }[];
  tiers: { name: string; count: number }[];
  excluded: { row: number; reason: string; code: string }[];
  issues: { row: number; column: string; value: string; problem: string; code: string }[];
}

/** Parses stdout, failing the test if it holds anything but one JSON object. */
export function parseJsonOutput(stdout: string): CliJson {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd().includes('\n')).toBe(false);
  const parsed: unknown = JSON.parse(stdout);
  expect(typeof parsed).toBe('object');
  return parsed as CliJson;
}
