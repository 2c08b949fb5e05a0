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
  /** The PATH LibreOffice is looked for on (legacy formats); process.env.PATH when absent. */
  readonly pathValue?: string;
  /**
   * Calls `cleanup` and ends the process when it is stopped by SIGINT or SIGTERM (exit 130 / 143, as shells
   * report it); returns the function that stops listening. Absent in-process (tests), where nothing is signalled.
   */
  readonly onInterrupt?: (cleanup: () => void) => () => void;
}

function osUser(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined; // some containers have no passwd entry for the uid
  }
}

/**
 * A reader that stops early (`tierbook --json | head`) closes the pipe; that is not TierBook's failure, so the run
 * ends quietly as Unix tools do instead of dying on an unhandled EPIPE with a stack trace. Other stream errors are
 * reported on one line.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`tierbook: cannot write the output stream: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** The run's temporary files go with it when the user presses Ctrl-C or a supervisor stops it. */
function exitCleanlyOnSignals(cleanup: () => void): () => void {
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = (): void => {
      cleanup();
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => { for (const [signal, handler] of handlers) process.removeListener(signal, handler); };
}

/** The real process: its streams, its working directory, the clock and the OS user. */
export function processIO(): CliIO {
  endQuietlyOnClosedPipe(process.stdout);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    now: () => new Date(),
    user: osUser(),
    pathValue: process.env.PATH,
    onInterrupt: exitCleanlyOnSignals,
  };
}
