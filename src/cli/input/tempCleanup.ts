import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Everything a run leaves on disk until it ends (converted inputs, a staged output, the `.tmp` beside the output),
 * removed when the run ends however it ends: done, failed, or stopped by SIGINT/SIGTERM (main wires the signals).
 */
export class TempCleanup {
  private readonly actions: (() => void)[] = [];

  /** A private folder (mode 0700, so other users cannot read a client list converted into it) removed at the end. */
  privateDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.chmodSync(dir, 0o700);
    this.add(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  /** A file that may or may not come to exist (a temporary output), removed at the end if it does. */
  file(filePath: string): void {
    this.add(() => fs.rmSync(filePath, { force: true }));
  }

  /** Anything else to undo, such as killing a converter still running. */
  add(action: () => void): void {
    this.actions.push(action);
  }

  /** Runs every action once, newest first; synchronous so it also works inside a signal handler before exit. */
  runAll(): void {
    while (this.actions.length > 0) {
      const action = this.actions.pop();
      try {
        action?.();
      } catch {
        // cleaning up must never hide the run's own outcome
      }
    }
  }
}
