import * as os from 'os';

/** Something text can be written to: process.stdout, or a buffer in tests. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** Everything the runner touches outside the files it is given, so tests can run it in-process. */
export interface CliIO {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Progress lines are drawn only on a terminal; redirected output stays clean. */
  readonly stderrIsTTY: boolean;
  /** Relative paths are resolved against this. */
  readonly cwd: string;
  readonly now: () => Date;
  /** Who runs TierBook, for the run log; undefined when the OS will not say. */
  readonly user?: string;
}

function osUser(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined; // some containers have no passwd entry for the uid
  }
}

/** The real process: its streams, its working directory, the clock and the OS user. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    now: () => new Date(),
    user: osUser(),
  };
}
